"""The names an article gives to the things its facts call "the <noun>":
"the Velmar housing bill", "a "sanctuary" ordinance", "Quillon County",
"Mayor Dana Roe".

A fact that says "the bill" stands alone when the article named one bill
before it, and one only: the fact is then cited with that name in square
brackets. Each place the article writes the noun is found with str.find
and the words just before it read with one compiled expression: a fact
costs a few lookups, not a pass over the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

from app.core.extract.fact_headings import in_headline
from app.core.extract.fact_lexicon import (
    MONTHS,
    PLACE_BODIES,
    SHARED_OFFICES,
    WEEKDAYS,
    past_tense,
)
from app.core.extract.given_names import given_gender, is_given_name
from app.core.extract.lexicon import TITLES

Edit = tuple[int, int, str]  # (source offset, characters replaced, what is shown)
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

_NAME = r"[A-Z][\w'\u2019.&-]*"
_QUOTED_OR_NAME = rf"(?:[\"\u201c][^\"\u201c\u201d]{{1,40}}[\"\u201d]|{_NAME})"
# Before a noun in lower case: "the Velmar (housing) bill", "a "sanctuary" ordinance".
_DESCRIBED = re.compile(rf"(?:^|[^\w])(?:[Tt]he|[Aa]n?) ((?:{_QUOTED_OR_NAME} )+(?:[a-z-]+ )?)$")
# Before a noun in capitals: "(the) Velmar Plan", "Quillon County".
_CAPITALS = re.compile(rf"(?:(?:^|[^\w])(the|The) )?((?:{_NAME} )+)$")
# A name that goes on after its noun: "Department of Roads".
_OF_NAME = re.compile(rf" of (?:the )?{_NAME}(?: {_NAME})*")
# After an office's title: "Mayor Dana Roe", "Gov. Dana Roe".
_HOLDER = re.compile(rf"\.? ((?:{_NAME})(?: {_NAME}){{0,2}})")
# Text in UTF-8 read as Latin-1 or Windows-1252 ("Ã©" for an accented
# letter, "â€™" for a quote mark), or such a pair with a byte lost ("RaÃol"),
# its letters maybe decomposed ("A" and a combining tilde for "Ã"): a name
# holding one is not a name a citation can put in brackets. The second
# characters of such pairs, and combining marks, are no letters, so a
# name's words end at them: a name right before or after one is cut
# ("DuprÃ" of "DuprÃ©", "FranA" of "FranÃ§ois" decomposed).
_BROKEN_TAIL = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"[\u00c2\u00c3][{_BROKEN_TAIL}]|\u00e2\u20ac|(?<=[a-z])[\u00c2\u00c3]")
# (Not the quote marks and dashes a name may touch: "Roe\u2019s", "\u2014Roe".)
BROKEN_CUT = re.compile(
    "[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u00c2\u00c3\u0300-\u036f]"
)


def broken(words: str) -> bool:
    """Whether `words` hold characters broken as above."""
    if words.isascii():
        return False  # (most words: no character the pattern looks for, in any form)
    return _MOJIBAKE.search(unicodedata.normalize("NFC", words)) is not None


_BACK = 80  # characters read before the noun
# Small words only a headline's title case capitalizes inside a name.
_TITLE_CASE_SMALL = frozenset("To The A An In On For And With Is Are Was Just Says".split())
# What may follow a noun that ends its phrase: a stop, or a function word.
_ENDS_PHRASE = re.compile(
    r"[,.;:)\u2019'\"\u201d]|\s(?:of|in|on|at|for|to|from|by|with|that|which|who|is|are|was|"
    r"were|has|have|had|will|would|and|or|but|as|after|before|since|said|says|against|about|"
    r"over|through|into|across|during|under|within|toward|towards|among)\b|\s*$"
)
# Offices one person holds at a time: "the mayor" stands for the one the
# article named with the title ("Mayor Dana Roe").
OFFICES = frozenset(t for t in TITLES if t.isalpha()).difference(PLACE_BODIES, SHARED_OFFICES)
# A name in capitals says what "the <noun>" is ("the plan" -> "the Velmar
# Plan"), but for nouns that a well-known name ends with and the story may
# mean another of: "the house" is no "Velmar House".
_NOT_NAMED_IN_CAPITALS = frozenset(("house", "public", "works"))


def named_before(
    text: str, start: int, words: str, sentence: int | None = None
) -> tuple[str, int] | None:
    """The one name the article gives, before `start`, to what "the <noun>"
    (`words`, as written: "the housing bill") stands for: "the Velmar
    housing bill", "the Velmar Housing Bill", "Mayor Dana Roe", with where it
    gives it last; None when it gives none or several. Without a name for
    all its words ("the proposed ordinance"), the last word is looked up
    alone. A name given before another one of its noun is spoken of ("the
    Velmar Supreme Court ... a three-judge panel of an appeals court ... the
    court") is not the one (None), unless it is given in the sentence itself
    (`sentence`: where it starts), where no bracket is needed."""
    head = [w.lower() for w in words.split()[1:]]  # the words after "the"
    if not head:
        return None
    # (The last word alone only when the others are plain words: "the
    # mid-May vote" is no vote the article named otherwise.)
    plain_rest = all(w.isalpha() for w in words.split()[1:-1]) and words[1:] == words[1:].lower()
    for wanted in (head, head[-1:]) if len(head) > 1 and plain_rest else (head,):
        found = _names(text, start, wanted)
        if len(found) > 1 and len(wanted) == 1 and wanted[0] in OFFICES:
            found = _one_holder(found)
        if any(broken(text[max(0, at - _BACK) : at]) for at in found.values()):
            # A name at broken characters ("the SÃ£o Velmar Plan"): what it
            # is cut from, and so what it is, is not sure.
            return None
        if len(found) == 1:
            name, where = next(iter(found.items()))
            if (sentence is None or where < sentence) and _other_since(
                text, where + len(" ".join(wanted)), start, wanted[-1]
            ):
                return None
            return name, where
        if found:
            return None
    return None


# Words before a noun that go on with the one named before: "the court",
# "that court".
_SAME_ONE = frozenset("the that this".split())
# Words after a noun that make it a phrase's head ("the panel is ..."), not
# a word that describes another ("committee members").
_HEAD_BEFORE = frozenset("is are was were has have had will would can could may might".split())


def _other_since(text: str, lo: int, hi: int, noun: str) -> bool:
    """Whether `text[lo:hi]`, between the last place a name is given and
    "the <noun>", speaks of a `noun` that may be another one: "a three-judge
    panel ruled", "an appeals court.", "the 15-member committee responsible
    for ..." ("the court" after "the Velmar Supreme Court" and "a federal
    appeals court" may be either). ("the court", "committee members",
    "intra-party" are not another one.)"""
    if noun not in text[lo:hi].lower():
        return False  # (mostly: one substring test)
    for m in re.finditer(rf"\b{re.escape(noun)}\b", text[lo:hi], re.IGNORECASE):
        at, end = lo + m.start(), lo + m.end()
        before = text[max(lo, at - 30) : at].split()
        if not before or before[-1].lower() in _SAME_ONE or text[at - 1] == "-":
            continue
        after = text[end : end + 30].split()[:1]
        nxt = after[0].strip(",.;:") if after else ""
        if (
            _ENDS_PHRASE.match(text, end)
            or nxt in _HEAD_BEFORE
            or past_tense(nxt)
            or nxt.endswith(("ible", "able"))
        ):
            return True
    return False


def per_text(read: Callable[[T, K], V]) -> Callable[[T, K], V]:
    """`read(text, key)`, remembered for the last text (or list of words: the
    same object) it was called with: an article's facts are found one after
    another, and what the article says of a word is read once."""
    kept: tuple[object, dict] = (None, {})
    unread = object()  # (a value read may be None)

    def remembered(text: T, key: K) -> V:
        nonlocal kept
        last, answers = kept  # (one read of the pair: two threads never share a text's answers)
        if last is not text:
            answers = {}
            kept = (text, answers)
        value = answers.get(key, unread)  # (not a KeyError caught: half the keys are new)
        if value is unread:
            value = answers[key] = read(text, key)
        return value

    return remembered


def _names(text: str, start: int, wanted: list[str]) -> dict[str, int]:
    """How the article names, before `start`, a thing whose last words are
    `wanted`, and where it does so last."""
    found: dict[str, int] = {}
    for at, name in _every_name(text, tuple(wanted)):
        if at < start:
            found[name] = at
    return found


@per_text
def _every_name(text: str, wanted: tuple[str, ...]) -> list[tuple[int, str]]:
    """(where, name) for every place the article names a thing whose last words
    are `wanted`, the described names first, then those in capitals, then an
    office's holder; each read from the words around it alone. (Remembered:
    read up to each fact's start, time grew with the square of a text's length.)"""
    start = len(text)
    found: list[tuple[int, str]] = []
    phrase = " ".join(wanted)
    for at in _places(text, phrase, start + len(phrase) - 1):
        if not _may_be_described(text, at):
            continue  # (most places: no name just before; cheaper than the search)
        m = _DESCRIBED.search(text, max(0, at - _BACK), at)
        # (Only where the noun ends the phrase: not "the Quillon state
        # convention" for "the state".)
        if m and _ENDS_PHRASE.match(text, at + len(phrase)):
            found.append((at, f"the {m.group(1)}{phrase}"))
    if len(wanted) > 1 or wanted[0] not in _NOT_NAMED_IN_CAPITALS:
        title = " ".join(w.capitalize() for w in wanted)
        for at in _places(text, title, start + len(title) - 1):
            if text[at - 1 : at] != " " or "".join(_words_before(text, at)[-1:]).islower():
                continue  # (no capital just before: cheaper than the search)
            m = _CAPITALS.search(text, max(0, at - _BACK), at)
            if m is None:
                continue
            names = m.group(2).split()
            if names[0] == "The":
                names = names[1:]  # (a sentence's first word)
            if not names or not _TITLE_CASE_SMALL.isdisjoint(names[1:]):
                continue  # (a headline's capitals name nothing: "Roe Just Answered To The")
            if m.group(1) == "the":
                before = text[max(0, m.start(1) - _BACK) : m.start(1)].split()
                if before and before[-1][:1].isupper() and before[-1][-1].isalpha():
                    continue  # ("Rock the Vote Poll": a longer name around "the")
            if in_headline(text, at):
                continue  # ("... Hopes to Win Presidency": a title's capitals)
            name = " ".join(names) + " " + title
            rest = _OF_NAME.match(text, at + len(title))
            if rest:
                name += rest.group()  # "the Velmar Department of Roads", not "... Department"
            elif text[at + len(title) : at + len(title) + 1] in _CLOSERS or _name_goes_on(
                text, at + len(title), numbered=True
            ):
                continue  # "Velmar News Agency", "post-Velmar War II", a "Velmar City": longer
            # "Quillon County" is a place's name; "the Velmar Plan" keeps its "the".
            the = m.group(1) or m.group(2).startswith("The ")
            found.append((at, name if not the and wanted[-1] in PLACE_BODIES else f"the {name}"))
    if len(wanted) == 1 and wanted[0] in OFFICES:
        for title in (wanted[0].capitalize(), *_SHORT_TITLES.get(wanted[0], ())):
            for at in _places(text, title, start + len(title) - 1):
                if text.endswith(_NOT_HOLDING, max(0, at - 12), at):
                    continue  # "former Mayor Dana Roe", "Vice President ...": not the holder
                m = _HOLDER.match(text, at + len(title))
                if m:
                    # "Mayor Dana Roe", "Gov. Dana Roe" ("Roe's": the name's)
                    name = f"{title}{m.group(0)}".removesuffix("'s").removesuffix("\u2019s")
                    found.append((at, name))
    return found


# Offices' short titles: "Gov. Dana Roe" holds "the governor".
_SHORT_TITLES = {"governor": ("Gov",), "lieutenant": ("Lt",)}
# Words before a title that make its holder not the office's: "former Mayor
# Dana Roe", "Vice President Dana Roe", "then-Gov. Dana Roe".
_NOT_HOLDING = (
    "former ",
    "Former ",
    "Vice ",
    "vice ",
    "then-",
    "ex-",
    "late ",
    "Lt. ",
    "Deputy ",
    "deputy ",
    "Lieutenant ",
)


def _one_holder(found: dict[str, int]) -> dict[str, int]:
    """The names an office's holder is given ("President Dana Roe",
    "President Roe") as one, the fullest, when they share the surname: one
    person; else as they are."""
    if len({name.split()[-1] for name in found}) != 1:
        return found
    return {max(found, key=len): max(found.values())}


def _may_be_described(text: str, at: int) -> bool:
    """Whether the words before `at` may end what `_DESCRIBED` looks for: a
    name or a quoted term, or a lower-case word after one."""
    if text[at - 1 : at] != " ":
        return False
    words = _words_before(text, at)
    if not words:
        return False
    if words[-1][:1].isupper() or words[-1][-1] in _CLOSERS:
        return True
    return len(words) > 1 and (words[-2][:1].isupper() or words[-2][-1] in _CLOSERS)


_CLOSERS = ('"', "\u201d")


def _words_before(text: str, at: int) -> list[str]:
    """The last two words before `at` (within `_BACK` characters). (Split
    from the right, twice at most: the words before them are not read.)"""
    return text[max(0, at - _BACK) : at].rsplit(None, 2)[-2:]


def _places(text: str, words: str, end: int) -> list[int]:
    """Where `words` stand, as whole words, in `text[:end]`."""
    places = []
    n = len(words)
    at = text.find(words, 0, end)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and not text[at + n : at + n + 1].isalnum():
            places.append(at)
        at = text.find(words, at + 1, end)
    return places


# What an honorific or a title stands before: "Mr. Roe", "Sen. Roe".
BEFORE_SURNAME = frozenset(
    w for t in TITLES for w in (t.capitalize(), t.capitalize() + ".", t.upper())
)  # ("Ms.", "Miss": lexicon.TITLES holds "ms" and "miss")


def surname_edit(text: str, at: int, word: str, gender: str = "") -> Edit | None | bool:
    """A person the fact calls by the last name alone (`word`, written at
    `at`), with the given name the article gave them, in brackets before it:
    "[Dana] Roe" (the journalist's convention). False when the article
    gives the name with no given name (a place, a body, a person named no
    fuller: cited as it stands); None when it is not known with confidence
    which one: two people of that name ("Dana Roe", "Lee Roe"), however
    often each is named (a headline's person may not be the sentence's), or
    the one named is not of the sentence's `gender` ("m" or "f": "his",
    "her"; "" when it has neither)."""
    if _OWNS_AS_A_THING.match(text, at + len(word)):
        return False  # "Vesk started publishing its index": a firm of that name
    given, unsure = _names_before(text, word)
    if not given:
        return None if unsure else False
    name, count = given[0]
    # A wrong given name puts words the source never wrote into a memo, so
    # any doubt leaves the fact out: a name of three words ("Dana Rae Roe":
    # which of them is the given name, or both?), or a word before the
    # surname the list of given names does not know ("Velmar Roe": a given
    # name from elsewhere, or a place).
    if unsure or not is_given_name(name):
        return None
    # "Mrs. Roe", "Mr. Roe": the honorific says whom, as a pronoun does.
    # (The word just before: none after a blank line or an indent, where the
    # characters before are all spaces.)
    before = text[max(0, at - 5) : at].split()
    honorific = HONORIFICS.get(before[-1] if before else "", "")
    if honorific and given_gender(name) not in ("", honorific):
        return None
    gender = gender or honorific
    # Two people of the name ("Dana Roe" and her son "Lee Roe"): "Roe" alone
    # may be either, whichever the article names more often (a headline's
    # person, a sentence about the other).
    if shares_surname(text, word):
        return None
    # A capitalized word before the name that is no given name ("Velmar
    # Roe"): the one the article names in full several times as often is
    # the one "Roe" alone means.
    if len(given) > 1 and (
        count < 3 or count < 3 * given[1][1] or (gender and given_gender(name) not in ("", gender))
    ):
        return None
    return (at, 0, f"[{name}] ")


# The name's own verbs, then "its": a firm called by its founder's name
# ("Vesk started publishing its index", "Vesk has expanded its staff").
_OWNS_AS_A_THING = re.compile(r"(?:\s+(?:[a-z]+(?:ed|ing)|has|have|had|is|was|will|also))+\s+its\b")

# Honorifics before a surname, with the sex they say.
HONORIFICS = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f"}

# Months that are given names too: "May Roe" is a name, "in May Roe won" is not.
_MONTHS = frozenset(MONTHS[:8])  # (January to August)


@per_text
def given_names(text: str, surname: str) -> list[tuple[str, int]]:
    """The given names the article writes before `surname` ("Dana Roe",
    "Dana J. Roe", "Dana Rae Roe" -> "Dana"), the most often first, with
    how often."""
    found: dict[str, int] = {}
    for _at, words in _mentions(text, surname):
        given = words[-1]
        if len(words) == 2 and not is_given_name(given) and _may_name(words[1]):
            # (A middle name that is no given name, not a word that ends a
            # clause: "since Dana Velmar, Roe said" gives Roe no "Dana".)
            given = words[0]
        if _may_name(given) and is_given_name(given):
            found[given] = found.get(given, 0) + 1
    return sorted(found.items(), key=lambda kv: -kv[1])


def shares_surname(text: str, surname: str) -> bool:
    """Whether the article names two or more people with `surname`: two
    given names written before it ("Dana Roe", "Lee Roe"), or one and an
    honorific of the other sex ("Dana Roe" is a man's name, "Mrs. Roe"), so
    that the surname alone does not say which."""
    names = _people(text, surname)
    if len(names) != 1:
        return len(names) > 1
    sex = given_gender(names[0])
    return bool(sex) and any(
        HONORIFICS.get(words[-1], sex) != sex for _at, words in _mentions(text, surname)
    )


def surname_genders(text: str, surname: str) -> set[str]:
    """The sexes the given names written before `surname` say ("m", "f",
    "" for a name of either)."""
    return {given_gender(name) for name in _people(text, surname)}


def _people(text: str, surname: str) -> list[str]:
    """The given names the article writes before `surname`, but a word in
    capitals ("the VELMAR Roe"): a given name is written in lower case
    after its capital."""
    return [name for name, _ in given_names(text, surname) if not name.isupper()]


@per_text
def _names_before(text: str, surname: str) -> tuple[list[tuple[str, int]], bool]:
    """Every capitalized word the article writes just before `surname` as a
    given name would stand ("Dana Roe", "Dana J. Roe"), known to the list of
    given names or not, the most often first, with how often; and whether a
    mention leaves it unsure which word is the given name (two given names
    before the surname: "Dana Rae Roe")."""
    found: dict[str, int] = {}
    unsure = longer = False
    for at, words in _mentions(text, surname):
        given = words[-1]
        if not _may_name(given):
            continue
        if not is_given_name(given) and _opens_sentence(text, at - 1 - len(given)):
            continue  # ("When Roe won": a sentence's first word)
        if _name_goes_on(text, at + len(surname)):
            # "the Dana Roe Institute", "New Quillon Roe Party": a longer
            # name's words, no person's given name (with no other, whom "Roe"
            # means is unsure).
            longer = True
            continue
        if len(words) == 2 and _may_name(words[0]) and is_given_name(words[0]):
            unsure = True  # (two given names in a row: "Dana Rae Roe")
        found[given] = found.get(given, 0) + 1
    return sorted(found.items(), key=lambda kv: -kv[1]), unsure or (longer and not found)


@per_text
def _mentions(text: str, surname: str) -> list[tuple[int, list[str]]]:
    """Where `surname` stands with a capitalized word just before it (where
    a given name may stand), and the (one or two) words before it, a middle
    initial left out ("Dana J. Roe")."""
    found = []
    for at in _places(text, surname, len(text)):
        if text[at - 1 : at] != " " or not text[at - 2 : at - 1].strip():
            continue  # (no word just before: the name begins here)
        words = text[max(0, at - 40) : at].rsplit(None, 2)[-2:]
        if len(words) == 2 and words[1][-1] == "." and len(words[1]) == 2:
            words = words[:1]  # (a middle initial)
        if words[-1][:1].isupper():  # (the callers read no other)
            found.append((at, words))
    return found


# Capitalized words that may follow a person's full name and end it.
_AFTER_NAME = frozenset(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", *WEEKDAYS, *MONTHS])


def _name_goes_on(text: str, end: int, numbered: bool = False) -> bool:
    """Whether a capitalized word follows the name ending at `end`, inside
    its sentence: "... Roe Institute", not "Roe Jr.", "Roe Tuesday" (nor,
    `numbered`, "... War II")."""
    if text[end : end + 1] != " ":
        return False
    nxt = text[end + 1 : end + 30].split(maxsplit=1)[:1]
    word = nxt[0].rstrip(",.;:'\u2019s") if nxt else ""
    if numbered and word and set(word) <= set("IVX"):
        return True
    if word.lower().rstrip(".") in TITLES:
        return False  # "Quillon County Commissioner Dana Roe": a title, a person's
    return (
        word[:1].isupper()
        and word.isalpha()
        and nxt[0] not in _AFTER_NAME
        and word not in _AFTER_NAME
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence, a line or a quotation."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in '.!?\n"\u201c\u201d:;(\u2014-'


def _may_name(word: str) -> bool:
    """Whether `word` may be a given name as written: capitalized letters,
    no month, no title ("Justice Roe")."""
    return (
        word[:1].isupper() and word.isalpha() and word not in _MONTHS and word not in BEFORE_SURNAME
    )
