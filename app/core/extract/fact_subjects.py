"""Where a fact starts and who its subject is, so that it stands alone.

A dateline ("CITY (Agency) — ") and a leading "And"/"But" are left out of
the span. A subject that is a pronoun ("He voted ...", "In 2019, she
signed ...", "His campaign raised ...") is resolved to the one person the
sentence before names, and shown in square brackets, the journalist's
convention: "[Jane Roe] voted ...". The span still points at the source's
own words; only the cited form carries the brackets. A subject that cannot
be resolved with confidence ("It", "They", "That's", "This plan", "The two
men", or "He" after a sentence naming two men) keeps the sentence from
being a fact.

The subject is read from the sentence's words (split at spaces), which the
caller has made anyway: facts are a hot path.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.extract.fact_lexicon import EPITHETS, IMPERATIVES, RECORD_NOUNS, TIME_NOUNS
from app.core.extract.lexicon import ABBREVIATIONS, NOT_NAMES, ORG_WORDS, TITLES
from app.core.extract.names import gender_of, name_pieces, parse_name

# "WASHINGTON (AP) — ", "CITY, St. (Agency) — ", "CITY, Mon. 8 — ".
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'\u2019 -]{0,40}(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s+\d{1,2})?)?"
    r"(?:\s+\([A-Za-z .&/-]{1,30}\))?\s*(?:\u2014|\u2013|--|-)\s+"
)
CONJUNCTIONS = frozenset("And But Yet Or Nor Plus".split())
# Words opening a phrase that a comma sets off before the subject: "In 2019, ",
# "After the vote on Tuesday, ".
_INTRO_WORDS = frozenset(
    """
    in on at after before during since until by last earlier later then now today yesterday
    meanwhile however instead also still separately previously overall ultimately eventually
    afterward afterwards moreover additionally similarly likewise indeed nevertheless
    nonetheless under with without within throughout over through despite amid among
    according when while although though because as once unlike following ahead along
    across from for even beyond besides aside apart like given thanks due all every where
    if upon toward towards against between behind into
    """.split()
)
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_POSSESSIVE = frozenset(("his", "her"))
# Subjects that point back without naming: a fact opening with one is
# offered only when it is a person resolved below.
_UNRESOLVED = frozenset(
    "it its they their them this that these those such here we i you our my your "
    "one both either neither each another everyone everybody someone somebody nobody anyone "
    "others none".split()
)
_DEMONSTRATIVES = frozenset("this that these those".split())
_QUANTIFIERS = frozenset("many some most several few".split())
# First words that need a closer look: an opening phrase, a pronoun, "The",
# "All", an instruction.
_SPECIAL_FIRST = (
    _INTRO_WORDS
    | frozenset(_PERSON_PRONOUNS)
    | _UNRESOLVED
    | IMPERATIVES
    | frozenset(("the", "never"))
    | _QUANTIFIERS
)
# The same as the words are written at a sentence's start.
_SPECIAL_TOKENS = frozenset(
    f + p for w in _SPECIAL_FIRST for f in (w, w.capitalize()) for p in ("", ",")
)
# Subject pronouns a few words into a sentence whose opening phrase has no
# comma: "On Tuesday she ...", "In 2019 they ...".
_SOON_PRONOUNS = frozenset("he she it they we i".split())
# Words that open a question or a clause and are capitalized at a
# sentence's start, never a given name.
_NOT_GIVEN = frozenset(
    "is are was were do does did has have had can could will would should may might must "
    "who what when where why how which whose".split()
)
_TAIL_ENDS = ("d.", "s.")  # how "..., she said." and "..., he says." end
_TAIL_SPEAKER = re.compile(
    r",\s+(he|she|they|it)\s+(?:said|says|added|adds|wrote|writes|noted|notes|explained)\.$"
)
# A gerund subject's object: "Ending the ...", "Raising taxes ..." is not a name.
_GERUND_OBJECT = frozenset("the a an his her their its our more up out back off".split())
_VAGUE_ALL = frozenset("two three four five six the these those of".split())
_VERBISH = frozenset(
    "is are was were has have had will would can could said say says believe think".split()
)
_VAGUE_NP = frozenset(
    "two three four five six former latter pair duo couple same other rest".split()
)
_CLAUSE_BREAK = frozenset(';:"\u201c\u201d')
_CONTRACTION = re.compile("['\u2019](?:s|re|ll|d|ve)$")
_STRIP = ",.;:!?\"'()\u201c\u201d\u2018\u2019"
# A token that is no part of a name: capitals run into a word ("PMJane").
_RUN_IN = re.compile(r"[A-Z]{2,}[a-z]")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*\.?[ \t]+){1,3}$")


class Opening(NamedTuple):
    """A fact's start in the source, where its subject starts, and the
    pronouns (offset, lower-cased word) that stand for a person to name."""

    start: int
    subject: int
    pronouns: tuple[tuple[int, str], ...] = ()
    word: int = 0  # the subject's index among the fact's words


class Cited(NamedTuple):
    """A fact's cited form (None: the source's words as they stand); `ok`
    is False when it cannot be cited alone; `person` is whom its pronouns
    were resolved to."""

    ok: bool
    text: str | None
    person: str | None = None


def fact_start(text: str, start: int, end: int, first: str) -> int:
    """Where the fact in the sentence `text[start:end]`, whose first word is
    `first`, begins: past a dateline ("CITY (Agency) — ") and a leading "And"
    or "But"."""
    if first.isupper() and len(first) > 1:
        m = _DATELINE.match(text, start, end)
        if m:
            return m.end()
    elif first.rstrip(",") in CONJUNCTIONS:
        start += len(first)
        while start < end and text[start] in " \t":
            start += 1
    return start


def _word(token: str) -> str:
    """A token's word, lower-cased, without punctuation or a contraction."""
    w = token.strip(_STRIP).lower()
    if "'" in w or "\u2019" in w:
        return _CONTRACTION.sub("", w)
    return w


def fact_subject(
    text: str, start: int, end: int, tokens: list[str], prev: tuple[int, int] | None
) -> Opening | None:
    """The subject of the fact `text[start:end]` (as `fact_start` gives it,
    split at spaces: `tokens`) and the pronouns to resolve; None when the
    subject points back to something that cannot be named with confidence.
    `prev` is the span of the sentence before, where a pronoun's person is
    looked for (by `cited_form`)."""
    first = tokens[0]
    if (
        first not in _SPECIAL_TOKENS
        and first[0].isupper()
        and not first.endswith(("ing", "ed", "ing,", "ed,"))
        and ("'" in first or "\u2019" in first) is False
    ):
        # Most sentences open with their subject's name: only a paraphrase's
        # "..., she said." is left to see to.
        if text[end - 2 : end] in _TAIL_ENDS:
            return _tail_speaker(text, Opening(start, start), end)
        return Opening(start, start)  # (word 0)
    if first == "The":  # the next most common opening, decided here
        if not _names_itself(tokens, 1):
            return None
        if text[end - 2 : end] in _TAIL_ENDS:
            return _tail_speaker(text, Opening(start, start), end)
        return Opening(start, start)
    word = _word(first)
    k = 0  # the subject's token
    for _ in range(2):  # "In 2019, after the vote, she ..."
        if word not in _INTRO_WORDS and not _participle(tokens, k):
            break
        comma = _intro_end(tokens, k)
        if comma < 0:
            break
        k = comma + 1
        word = _word(tokens[k])
    if k == 0 and word in _INTRO_WORDS:
        # "On Tuesday she lost ...": a short opening phrase without a comma.
        for j in range(2, min(6, len(tokens))):
            if tokens[j].lower() in _SOON_PRONOUNS:
                k, word = j, tokens[j].lower()
                break
    if _points_back(tokens, k, word):
        return None
    subject = _offset(text, start, tokens, k)
    pronouns: tuple[tuple[int, str], ...] = ()
    if word in _PERSON_PRONOUNS:
        pronouns = ((subject, word),)
    elif word in _UNRESOLVED and not (
        word in _DEMONSTRATIVES and k + 1 < len(tokens) and _word(tokens[k + 1]) in TIME_NOUNS
    ):
        return None  # ("This year, ..." names a time)
    return _tail_speaker(text, Opening(start, subject, pronouns, k), end)


def _participle(tokens: list[str], k: int) -> bool:
    """ "Having fled ...," "Asked about ...,": a participle opens a phrase."""
    t = tokens[k]
    return (
        t[:1].isupper()
        and t.endswith(("ing", "ed"))
        and k + 1 < len(tokens)
        and tokens[k + 1][:1].islower()
    )


def _intro_end(tokens: list[str], k: int) -> int:
    """The token closing with the comma of an opening phrase that starts at
    token `k`, or -1 (none within 24 words, or a quote or a clause break
    first)."""
    for j in range(k, min(len(tokens) - 1, k + 24)):
        t = tokens[j]
        if t[-1] == ",":
            return j
        if not _CLAUSE_BREAK.isdisjoint(t):
            return -1
    return -1


def _offset(text: str, start: int, tokens: list[str], k: int) -> int:
    """Where token `k` of the words of `text[start:]` starts."""
    pos = start
    for t in tokens[:k]:
        pos = text.find(t, pos) + len(t)
    return text.find(tokens[k], pos) if k else start


def _tail_speaker(text: str, opening: Opening, end: int) -> Opening | None:
    """`opening` with the pronoun of a closing "..., she said." to resolve;
    None for "..., they said." (whom, the sentences before say)."""
    if text[end - 2 : end] not in _TAIL_ENDS:
        return opening
    tail = _TAIL_SPEAKER.search(text, max(opening.start, end - 40), end)
    if tail is None:
        return opening
    pronoun = tail.group(1).lower()
    if pronoun not in _PERSON_PRONOUNS:
        return None
    return opening._replace(pronouns=opening.pronouns + ((tail.start(1), pronoun),))


def _points_back(tokens: list[str], k: int, word: str) -> bool:
    """Whether the subject at token `k` (`word`) leaves out who or what the
    sentence is about: "All three ...", "The two ...", "Ending the program
    would ..." (an argument, not a report), "Now, compare ..." (an
    instruction to the reader), "He's ..." (a contraction whose verb the
    brackets could not keep)."""
    if word == "all":
        return k + 1 < len(tokens) and _word(tokens[k + 1]) in _VAGUE_ALL
    if word in _QUANTIFIERS:
        # "Many have ...", "Some say ...": who, the sentences before say.
        return k + 1 < len(tokens) and _word(tokens[k + 1]) in _VERBISH
    if word == "the":
        return not _names_itself(tokens, k + 1)
    if word in IMPERATIVES or word == "never":
        return tokens[k][-1:].isalpha()
    if word in _PERSON_PRONOUNS:
        return tokens[k].strip(_STRIP).lower() != word  # "He's", "She'd"
    return (
        k == 0 and word.endswith("ing") and len(tokens) > 1 and _word(tokens[1]) in _GERUND_OBJECT
    )


def _names_itself(tokens: list[str], k: int) -> bool:
    """Whether the words from token `k` after a subject's "the" name what
    they speak of: a name ("the City Council"), an institution, a record or
    an event ("the ordinance", "the poll"), or an office ("the mayor"). "The
    two", "the couple", "the main barrier", "the Democratic candidate" point
    back to what the sentences before named."""
    words = tokens[k : k + 4]
    if not words or _word(words[0]) in _VAGUE_NP:
        return False
    named = False
    for j, t in enumerate(words):
        if t[0].isupper():
            named = True
        else:
            w = t.rstrip(",.;:")
            listed = w in RECORD_NOUNS or w in ORG_WORDS
            if t[0].isdigit() or w in _VERBISH or (w.endswith("s") and not listed):
                break  # past the noun phrase: a verb, or a figure after it
            if w in EPITHETS:
                # "the billionaire businessman Dana Roe": a name follows.
                return j + 1 < len(words) and words[j + 1][:1].isupper()
            if listed or w in TITLES:
                named = True
        if t[-1] in ",;:":
            break
    return named


def cited_form(
    text: str,
    opening: Opening,
    end: int,
    prev: tuple[int, int] | None,
    carried: str | None = None,
) -> Cited:
    """The fact `text[opening.start:end]` as cited: each pronoun of
    `opening` replaced by the person it stands for, in brackets ("[Dana
    Roe] voted ..."), and a capital the source did not write bracketed too
    ("[T]he board ..."). Not `ok` when a pronoun's person is not known with
    confidence. `carried` is the person the sentence before was resolved to
    ("She won ... Her campaign ..."), used when that sentence names no one.
    Done last, as it is the dearest step."""
    start = opening.start
    parts = []
    at = start
    person = None
    for pos, word in opening.pronouns:
        name = _person(text, prev, (start, pos), _PERSON_PRONOUNS[word], carried)
        if name is None:
            return Cited(False, None)
        if text.find(name.rsplit(" ", 1)[-1], pos, end) >= 0:
            return Cited(False, None)  # "He said ... Roe wins": then he is not Roe
        person = name
        if word in _POSSESSIVE:
            name += "'s"
        parts += [text[at:pos], f"[{name}]"]
        at = pos + len(word)
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
) -> str | None:
    """The full name of the one person of `gender` (or of unknown gender)
    named in the sentence before (`prev`) and in the words before the pronoun
    (`head`); None when they name none or several."""
    found: dict[str, list[str]] = {}
    pieces = list(name_pieces(text, *head)) if head[1] > head[0] else []
    if prev:
        pieces += name_pieces(text, *prev)
    for a, b in pieces:
        if b - a < 2:
            continue
        parsed = parse_name(text[a:b])
        if parsed is None or parsed.kind not in ("person", "bare"):
            continue
        if not _plausible_name(parsed.name) or _RUN_IN.search(text, a, b):
            continue
        if parsed.kind == "bare" and not parsed.role:
            full = _full_name(text, parsed.name[0], a)
            if full is None:
                continue
            parsed = parsed._replace(name=full)
        other = gender_of(parsed)
        if other and other != gender:
            continue
        found.setdefault(parsed.name[-1], parsed.name)
        if len(found) > 1:
            return None
    if not found and carried:
        parsed = parse_name(carried)
        other = gender_of(parsed) if parsed else ""
        return carried if other in ("", gender) else None
    if len(found) != 1:
        return None
    name = next(iter(found.values()))
    if len(name) == 1:
        name = _full_name(text, name[0], head[0]) or name
    return " ".join(name)


def _plausible_name(name: list[str]) -> bool:
    """Whether the words can be a person's name: capitalized, not a
    question's verb ("Is Roe ...?"), no function word ("Notes From Roe"), no
    word cut at a stop ("Campo. Dana")."""
    if name[0].lower() in _NOT_GIVEN:
        return False
    for t in name:
        if not t[:1].isupper() or t.lower() in NOT_NAMES:
            return False
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
                parsed = parse_name(text[m.start() : i + len(surname)])
                if parsed and parsed.kind == "person" and parsed.name[-1] == surname:
                    return parsed.name
        i = text.find(surname, i + 1, before)
    return None
