"""A fact's pronoun subject (and a "him", "his" or "her" before any name, a
surname two people share) resolved in square brackets, the journalist's
convention: "[Dana Roe] voted ...", "[Dana Roe's] campaign spent ...".

The pronoun stands for the one person of its gender the sentence before
(or the words before it) names; when that sentence names no one, the
person the sentence before was resolved to; when that sentence's own
subject is a pronoun of the gender ("He said that Roe ..."), that person
alone. Where that is not one person known with confidence (another of the
gender may be meant: "Roe called him ...", a quoted main subject), the fact
is not offered. The span still points at the source's own words; only the
cited form carries the brackets.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from app.core.extract.abbreviations import ABBREVIATIONS
from app.core.extract.fact_described import PERSON_PRONOUNS
from app.core.extract.fact_names import (
    BROKEN_CUT,
    HONORIFICS,
    Edit,
    broken,
    given_names,
    per_text,
    shares_surname,
    surname_genders,
)
from app.core.extract.fact_subjects import Opening
from app.core.extract.fact_unnamed_before import unnamed_subject
from app.core.extract.given_names import given_gender, is_given_name
from app.core.extract.lexicon import NOT_NAMES
from app.core.extract.name_runs import name_pieces
from app.core.extract.names import gender_of, parsed_name

_POSSESSIVE = frozenset(("his", "her"))
# Words that open a question or a clause and are capitalized at a
# sentence's start, never a given name.
_NOT_GIVEN = frozenset(
    "is are was were do does did has have had can could will would should may might must "
    "who what when where why how which whose".split()
)
# Small words a title capitalizes and a name never holds: "Qualities In Roe".
_TITLE_WORDS = frozenset("in of the and for on at to from with by a an".split())
# A token that is no part of a name: capitals run into a word ("PMJane").
_RUN_IN = re.compile(r"[A-Z]{2,}[a-z]")
# A sentence whose subject is a pronoun, after a joining word at most.
_OPENING_PRONOUN = re.compile(r"(?:(?:And|But|Yet|So|Still|Now|Then),? )?(He|She|His|Her)\b", re.I)
# A pronoun that cannot stand for its own clause's subject: "Roe called
# him ...", "Roe told her." ("her" only where it is no possessive).
_OTHER_PRONOUN = {
    "m": re.compile(r"\bhim\b"),
    "f": re.compile(r"\bher(?=[,.;:]| (?:a|an|as|to|that|the)\b)"),
}
# A pronoun that can be a clause's subject: one written before a name in its
# sentence ('"...," he told Roe.') stands for someone named earlier.
_SUBJECT_PRONOUN = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
# A clause put first, whose pronoun may stand for the name after its comma
# ("If he loses, Roe said ...").
_FRONTED = re.compile(
    r"(?:If|When|Whenever|Before|After|As|While|Although|Though|Because|Once|Until|Since|Unless)\b"
)
# Honorifics and the gender of the pronoun they go with.
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*\.?[ \t]+){1,3}$")
# A person's pronoun inside a fact, and a capital (a name) before it.
_OBJECT = re.compile(r"(?<![\w'\u2019-])(?:him|his|her|he|she)(?![\w'\u2019-])")
_CAPITAL = re.compile(r"[A-Z]")
_NAME_AFTER_COMMA = re.compile(r", [A-Z]")
# (The "M" first and the word start tested after it: the engine skips in C
# to an "M" where a look-behind first is tried at every character.)
_HONORIFIC_NAME = re.compile(r"M(?<!\wM)(r|rs|s)\.? ([A-Z][a-z]+)(?![\w-])")
# A line that is a name and no sentence: "Tova Roe, 62".
_HEADING_NAME = re.compile(r"([A-Z]\S+) ([A-Z][a-z]+)\b[^.]*$")
_GROUP = re.compile(r"\b(?:they|them|their|theirs|it|its)\b")
# Words after which "her" is an object, not an owner: "told her to", "fined her in".
AFTER_OBJECT = frozenset(
    "to a an the as that in on at for with from by of and or but about into over after "
    "before during last this since until if when while".split()
)


class Cited(NamedTuple):
    """A fact's cited form (None: the source's words as they stand); `ok`
    is False when it cannot be cited alone; `person` is whom its pronouns
    were resolved to."""

    ok: bool
    text: str | None
    person: str | None = None


def cited_form(
    text: str,
    opening: Opening,
    end: int,
    prev: tuple[int, int] | None,
    carried: str | None = None,
    extra: list[tuple[int, int, str]] | None = None,
) -> Cited:
    """The fact `text[opening.start:end]` as cited: each pronoun of
    `opening` replaced by the person it stands for, in brackets ("[Dana
    Roe] voted ..."), and a capital the source did not write bracketed too
    ("[T]he board ..."). Not `ok` when a pronoun's person is not known with
    confidence. `carried` is the person the sentence before was resolved to
    ("She won ... Her campaign ..."), used when that sentence names no one.
    `extra` are more edits (source offset, characters replaced, what is
    shown), in order: the brackets of `fact_standalone`. Done last, as it is
    the dearest step."""
    start = opening.start
    edits = list(extra or ())
    person = None
    for pos, word in opening.pronouns:
        name = _person(text, prev, (start, pos), PERSON_PRONOUNS[word], carried, end)
        if name is None:
            return Cited(False, None)
        if text.find(name.rsplit(" ", 1)[-1], pos, end) >= 0:
            return Cited(False, None)  # "He said ... Roe wins": then he is not Roe
        person = name
        if word in _POSSESSIVE:
            name += "'s"
        edits.append((pos, len(word), f"[{name}]"))
    parts = []
    at = start
    for pos, size, shown in sorted(edits):
        if pos < at:
            continue  # (two edits of one word: the first stands)
        parts += [text[at:pos], shown]
        at = pos + size
    cited = "".join(parts) + text[at:end] if parts else None
    if text[start].islower():
        # "[T]he board ...": unless the resolved subject's bracket opens it.
        head = cited if cited is not None else text[start:end]
        if head[0] != "[":
            cited = f"[{head[0].upper()}]{head[1:]}"
    return Cited(True, cited, person)


def _person(
    text: str,
    prev: tuple[int, int] | None,
    head: tuple[int, int],
    gender: str,
    carried: str | None = None,
    end: int = 0,
) -> str | None:
    """The full name of the one person of `gender` (or of unknown gender)
    named in the sentence before (`prev`) and in the words before the pronoun
    (`head`); None when they name none or several, or when another of that
    gender may be meant (`_sole_person`). The fact ends at `end`."""
    found: dict[str, list[str]] = {}
    pieces = list(name_pieces(text, *head)) if head[1] > head[0] else []
    if prev and _opens_with(text, prev[0], gender):
        # "He declared that Roe would win. He noted ...": the sentence before
        # goes on about someone a pronoun already stood for, and the names
        # it holds are what he said or did, not him.
        prev = None
    if prev:
        pieces += name_pieces(text, *prev)
    quoted: list[str] = []  # surnames of the sentence before named inside a quote
    cut_before = -1  # where a surname starts whose given name is broken
    for a, b in pieces:
        if b - a < 2:
            continue
        alone = a == cut_before  # (the surname alone: the given name is broken)
        if cut_before >= 0 and not alone:
            return None  # (a broken word no surname follows: who, is not sure)
        cut_before = -1
        if not _whole(text, a, b):
            # A name cut at, or holding, a broken character ("DuprÃ" of
            # "DuprÃ©"): its clean last word alone, if it is whole
            # ("FranÃ§ois Quimbrelle" -> "Quimbrelle"), else no one sure.
            ends_whole = not BROKEN_CUT.match(text, b)
            last = text[a:b].rsplit(" ", 1)[-1]
            if not ends_whole and " " not in text[a:b]:
                cut_before = text.find(" ", b) + 1  # (the name's next word, if any)
                continue
            if not ends_whole or " " not in text[a:b] or broken(last):
                return None
            a, alone = b - len(last), True
        parsed = parsed_name(text[a:b])
        if parsed is None or parsed.kind not in ("person", "bare"):
            continue
        if not _plausible_name(parsed.name) or _RUN_IN.search(text, a, b):
            continue
        lo, hi = prev if prev and prev[0] <= a < prev[1] else head
        if _in_quoted_title(text, a, b) or _in_speech(text, lo, hi, a):
            # A title's words ("The Velmar Hour with Dana Roe"), someone a
            # speaker named ("... to beat Dana Roe," she said.).
            if prev and lo == prev[0]:
                quoted.append(parsed.name[-1])
            continue
        if parsed.kind == "bare" and not parsed.role and not alone:
            if shares_surname(text, parsed.name[0]):
                # "Roe" of "Dana Roe" and "Lee Roe": which one, the pronoun
                # does not tell unless none of them is of its gender.
                sexes = surname_genders(text, parsed.name[0])
                if gender and gender not in sexes and "" not in sexes:
                    continue
                return None
            full = _full_name(text, parsed.name[0], a)
            if full is None:
                honorific = HONORIFICS.get(text[a:b].split(" ", 1)[0])
                if honorific is None:
                    continue
                # "Ms. Roe", named no fuller before: someone all the same,
                # whom the pronoun may mean ("Mr. Roe", not of its gender, is
                # skipped below).
                if honorific != gender:
                    continue
                full = parsed.name
            parsed = parsed._replace(name=full)
        other = gender_of(parsed)
        if other and other != gender:
            continue
        found.setdefault(parsed.name[-1], parsed.name)
        if len(found) > 1:
            return None
    if cut_before >= 0:
        return None
    if not found and carried:
        parsed = parsed_name(carried)
        other = gender_of(parsed) if parsed else ""
        return carried if other in ("", gender) else None
    if len(found) != 1:
        return None
    name = next(iter(found.values()))
    quoted = [q for q in quoted if text.find(q, head[1], end) < 0]  # (named: not meant)
    if prev and not _sole_person(text, prev, head, name[-1], quoted, gender):
        return None
    if len(name) == 1:
        if shares_surname(text, name[0]):
            return None
        name = _full_name(text, name[0], head[0]) or name
    name = _from_given_name(name)
    if any(broken(t) for t in name):
        return None  # (a broken name: no bracket can hold it)
    if len(name) > 1 and not (is_given_name(name[0]) or len(name[0].rstrip(".")) == 1):
        return None  # not sure it is a person's: "Offensive Things Roe"
    return " ".join(name)


def _opens_with(text: str, at: int, gender: str) -> bool:
    """Whether the sentence at `at` opens with a pronoun of `gender`, after
    a joining word at most ("He said ...", "But his aides ...")."""
    m = _OPENING_PRONOUN.match(text, at)
    return bool(m) and PERSON_PRONOUNS.get(m.group(1).lower()) == gender


def _sole_person(
    text: str,
    prev: tuple[int, int],
    head: tuple[int, int],
    surname: str,
    quoted: list[str],
    gender: str,
) -> bool:
    """Whether `surname`, the one person of `gender` the words before name,
    is surely whom the pronoun stands for: no one else of that gender is
    there. Not so when the sentence before also holds a pronoun of that
    gender that cannot be him or her ("Roe called him a friend.") or that
    is written before the name ('"...," he told Roe.'), or quotes someone of that gender whom the article names more often than
    `surname` (its main subject: "'Lee is a danger,' Roe said.")."""
    if surname not in text[head[0] : head[1]]:
        if _OTHER_PRONOUN[gender].search(text, prev[0], prev[1]):
            return False
        if unnamed_subject(text, *prev):
            return False  # ("A former aide to Roe spoke. He ...": the aide, maybe)
        named = text.find(surname, prev[0], prev[1])
        for m in _SUBJECT_PRONOUN[gender].finditer(text, prev[0], max(named, prev[0])):
            fronted = _FRONTED.match(text, prev[0]) and "," in text[m.end() : named]
            if not fronted and not _in_speech(text, prev[0], prev[1], m.start()):
                return False  # ('"...," he told Roe.': two of that gender)
    own = text.count(surname)
    for other in quoted:
        if other == surname or text.count(other) <= own:
            continue
        if gender in surname_genders(text, other):
            return False
    return True


def _whole(text: str, a: int, b: int) -> bool:
    """Whether `text[a:b]` is a whole run of name words: no broken
    character in it, and none just before or after it (a name cut at one)."""
    if broken(text[a:b]):
        return False
    return not (BROKEN_CUT.match(text, b) or (a and BROKEN_CUT.match(text, a - 1)))


def _in_speech(text: str, lo: int, hi: int, at: int) -> bool:
    """Whether `at` is inside quote marks in the sentence `text[lo:hi]`,
    which may open inside a quote (its first mark closes one)."""
    opens = text.count("\u201c", lo, at)
    closes = text.count("\u201d", lo, at)
    if opens or closes or "\u201d" in text[lo:hi]:
        first_closes = text.find("\u201d", lo, hi)
        first_opens = text.find("\u201c", lo, hi)
        inside_at_start = first_closes >= 0 and (first_opens < 0 or first_closes < first_opens)
        return opens - closes + inside_at_start > 0
    straight = text.count('"', lo, hi)
    if not straight:
        return False
    before = text.count('"', lo, at)
    inside_at_start = straight % 2 == 1 and text[lo] != '"'
    return (before + inside_at_start) % 2 == 1


def _in_quoted_title(text: str, a: int, b: int) -> bool:
    """Whether the name `text[a:b]` is inside a short title in quote marks
    ("The Velmar Hour with Dana Roe"): a capital right after the opening
    mark, no comma, at most eight words, the closing mark soon after."""
    lo = max(0, a - 60)
    opening = max(text.rfind("\u201c", lo, a), text.rfind('"', lo, a))
    if opening < 0 or not text[opening + 1 : opening + 2].isupper():
        return False
    closing = text.find("\u201d" if text[opening] == "\u201c" else '"', b, b + 60)
    if closing < 0:
        return False
    inner = text[opening + 1 : closing]
    return ", " not in inner and len(inner.split()) <= 8


def _from_given_name(name: list[str]) -> list[str]:
    """The name from its given name on, when words a headline capitalized
    run into it: "Funds Support Dana Roe" -> "Dana Roe"."""
    for i, t in enumerate(name[:-1]):
        if is_given_name(t):
            return name[i:]
    return name


def _plausible_name(name: list[str]) -> bool:
    """Whether the words can be a person's name: capitalized, not a
    question's verb ("Is Roe ...?"), no function word ("Notes From Roe"), no
    word cut at a stop ("Campo. Dana")."""
    if name[0].lower() in _NOT_GIVEN:
        return False
    for t in name:
        low = t.lower()
        if not t[:1].isupper() or low in NOT_NAMES or low in _TITLE_WORDS:
            return False
        if low.endswith(("-like", "ism")):
            return False  # a title's words: "Reagan-Like Qualities", "Western Journalism"
        if t.endswith(".") and len(t) > 3 and t.lower().rstrip(".") not in ABBREVIATIONS:
            return False
    return True


def _full_name(text: str, surname: str, before: int) -> list[str] | None:
    """The first person named earlier with `surname` as the last name:
    "Kestrel" -> ["Dana", "Kestrel"]. (A first mention gives the full name:
    only the first three mentions are read.)"""
    i = text.find(surname, 0, before)
    for _ in range(3):
        if i == -1:
            break
        if not text[i + len(surname) : i + len(surname) + 1].isalpha():
            m = _NAME_BEFORE.search(text, max(0, i - 60), i)
            if m:
                parsed = parsed_name(text[m.start() : i + len(surname)])
                if (
                    parsed
                    and parsed.kind == "person"
                    and parsed.name[-1] == surname
                    and _plausible_name(parsed.name)
                    and not _RUN_IN.search(text, m.start(), i)
                    and _whole(text, m.start(), i + len(surname))
                ):
                    return _from_given_name(parsed.name)
        i = text.find(surname, i + 1, before)
    return None


def object_edit(
    text: str, start: int, end: int, prev: tuple[int, int] | None, carried: str | None
) -> tuple[int, int, str] | None:
    """The bracket for the first "him", "her", "his", "he" or "she" of the
    fact `text[start:end]` that comes before any name ("The board fined him
    ...", "The court rejected his appeal", "The panel said she is ..."): the
    one person the sentence before names, as for a subject ("[Dana Roe]",
    "[Dana Roe's]"); None when there is none such, or whom it means is not
    known with confidence (then the fact is not offered, as before)."""
    m = _OBJECT.search(text, start + 1, end)
    if m is None or _CAPITAL.search(text, start + 1, m.start()):
        return None
    if _GROUP.search(text, start, m.start()):
        return None  # ("Their lawyers sued him": whose, first)
    if _NAME_AFTER_COMMA.search(text, m.end(), end):
        return None  # ("After his loss, Roe ...": the name may come after)
    word = m.group()
    after = text[m.end() : m.end() + 1]
    nxt = _word_at(text, m.end() + 1)
    owner = word == "his" or (word == "her" and _owner(text, m.end()))  # "her plan"
    if (
        word == "her"
        and not owner
        and not (after in ",.;:" or nxt in AFTER_OBJECT or nxt[:1] in "$0123456789")
    ):
        return None  # ("her Senate bid" or "told her Monday": which, unsure)
    name = _person(text, prev, (start, m.start()), PERSON_PRONOUNS[word], carried, end)
    if name is None or text.find(name.rsplit(" ", 1)[-1], m.end(), end) >= 0:
        return None
    return (m.start(), len(word), f"[{name}'s]" if owner else f"[{name}]")


def owner_name(
    text: str, start: int, at: int, sex: str, prev: tuple[int, int] | None, carried: str | None
) -> str | None:
    """The one person of `sex` an owning pronoun at `at` in the fact from
    `start` stands for, as for a subject (`_person`): the sentence before
    (`prev`) or the words before it name them, or the sentence before was
    resolved to them (`carried`); None when not known with confidence."""
    return _person(text, prev, (start, at), sex, carried)


def _owner(text: str, end: int) -> bool:
    """Whether the "her" ending at `end` owns the word after it ("her
    plan"), not an object ("told her to", "fined her.")."""
    nxt = _word_at(text, end + 1)
    return text[end : end + 1] == " " and nxt[:1].islower() and nxt not in AFTER_OBJECT


def _word_at(text: str, at: int) -> str:
    """The characters from `at` to the next space or the text's end (what
    `text[at:].split(" ", 1)[0]` gives, with no copy of the rest)."""
    stop = text.find(" ", at)
    return text[at:] if stop < 0 else text[at:stop]


def gendered_surname(text: str, end: int, at: int, word: str) -> Edit | None:
    """The given name, in brackets before it ("[Dana] Roe"), of the subject
    `word` (written at `at`) that two or more people of the article share,
    where the fact says which by sex: an honorific ("Mrs. Roe") or the
    fact's "his" or "her" owning a word before any other name ("Roe has
    widened her lead") says one sex, and the article names exactly one Roe
    of that sex, no Roe of a sex unknown. None otherwise."""
    before = text[max(0, at - 5) : at].split()
    sexes = {HONORIFICS[before[-1]]} if before and before[-1] in HONORIFICS else set()
    tail = at + len(word)
    for m in _OBJECT.finditer(text, tail, end):
        said = m.group()
        if said in ("he", "she"):
            continue  # ("Roe said she ...": she may be another)
        if said == "him" or (said == "her" and not _owner(text, m.end())):
            return None  # ("Roe praised her": someone else)
        if not sexes and _CAPITAL.search(text, tail, m.start()):
            return None  # ("Roe beat Quillon in his state": whose?)
        sexes.add(PERSON_PRONOUNS[said])
    if len(sexes) != 1:
        return None
    sex = sexes.pop()
    people = [
        (name, given_gender(name)) for name, _ in given_names(text, word) if not name.isupper()
    ]
    ones = [name for name, gender in people if gender == sex]
    if len(ones) != 1 or any(not gender for _, gender in people):
        return None
    return (at, 0, f"[{ones[0]}] ")


_shared = per_text(shares_surname)


def honorific_edits(text: str, start: int, end: int, skip: int) -> list[Edit] | None:
    """The brackets for "Mr. Roe", "Ms. Roe" in the fact `text[start:end]`
    (but the subject's, at `skip`) where the article names two or more Roes:
    "Mr. [Lee] Roe" when exactly one of them is of the honorific's sex;
    None when it does not say which ("Mr. Roe" with a Lee and a Kim Roe)."""
    edits: list[Edit] = []
    for m in _HONORIFIC_NAME.finditer(text, start, end):
        at = m.start(2)
        if at == skip or not _shared(text, m.group(2)):
            continue
        if text.endswith(" and ", 0, m.start()):
            continue  # "Mr. and Mrs. Roe": a couple, as written
        edit = gendered_surname(text, at, at, m.group(2))
        if edit is None:
            return None
        edits.append(edit)
    return edits


def heading_given_name(text: str, start: int, at: int, word: str) -> Edit | None:
    """The given name of a subject called by the surname alone (`word`,
    written at `at`) in a fact opening a line at `start`, whose full name
    only the line just before gives (a list's heading: "Tova Roe, 62"):
    "[Tova] Roe", when its first word is a given name (its accents aside);
    else None."""
    line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    m = _HEADING_NAME.match(line)
    if m is None or m.group(2) != word:
        return None
    given = m.group(1)
    plain = unicodedata.normalize("NFKD", given).encode("ascii", "ignore").decode()
    return (at, 0, f"[{given}] ") if is_given_name(plain) else None
