"""Unnamed sources: "One former employee, who ...", "A spokeswoman for the
ministry said", "His wife said". Such a subject is a referent like a name:
a later "she said" or "the former employee said" points back to it. News
outlets name such a source by the noun they use, so the speaker is that
noun phrase ("former employee", "spokeswoman for the ministry").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.extract.lexicon import FEMALE_TITLES, MALE_TITLES

# Singular nouns for a person that can stand as an unnamed source.
PERSON_NOUNS = frozenset(
    """
    employee worker manager woman man person resident official spokeswoman spokesman
    spokesperson therapist nurse teacher driver officer witness neighbor friend student parent
    source aide staffer analyst executive lawyer attorney farmer owner customer patient victim
    survivor volunteer organizer supervisor doctor physician engineer contractor investigator
    agent diplomat lawmaker juror guard soldier veteran pilot passenger voter protester
    director administrator clerk consultant researcher scientist member relative
    """.split()
)
# Relatives, whose name the article often gave earlier ("their son, Teodor,").
RELATION_NOUNS = frozenset(
    "wife husband son daughter mother father brother sister grandson granddaughter "
    "grandmother grandfather partner fiancee fiance widow niece nephew cousin".split()
)
FEMALE_NOUNS = frozenset(
    "woman spokeswoman wife daughter mother sister granddaughter grandmother fiancee "
    "widow niece".split()
)
MALE_NOUNS = frozenset(
    "man spokesman husband son father brother grandson grandfather fiance nephew".split()
)

_NOUNS = "|".join(sorted(PERSON_NOUNS | RELATION_NOUNS, key=len, reverse=True))


def _by_prefix(words: list[str]) -> str:
    """An alternation of `words` (letters only) with shared beginnings
    factored out: "a(?:gent|ide)" for "agent|aide". The engine tries the
    alternatives of a group one by one, so a flat list of a hundred nouns is
    tried a hundred times at each word; factored, a few letters are. (It
    matches what the flat list does wherever a word boundary follows it:
    two of the words never both end at one.)"""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    parts = [head + _by_prefix(rest) for head, rest in sorted(heads.items()) if head]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in heads:  # a word ends here: the rest may follow or not
        return f"(?:{body})?" if len(parts) == 1 else body + "?"
    return body


# A sentence's subject: determiner, up to four modifiers, the noun, an
# optional "for <organization>", then a comma, "who" or a speech verb.
# (A modifier and its spaces are possessive, `++`: giving back letters to
# spaces, or spaces to a word, never lets the next word match; spared the
# engine's trying it at each letter.)
_SUBJECT = re.compile(
    r"(One|An?|Another|The|His|Her|Their|A\s+(?:second|third|fourth))\s+"
    r"((?:[\w'\u2019.-]++\s++){0,4}?)"
    rf"({_by_prefix(sorted(PERSON_NOUNS | RELATION_NOUNS))})\b"
    r"((?:\s+for\s+[^,.;\"\u201c\u201d]{1,60}?)?)"
    r"(?=,|\s+who\b|\s+(?:\w+ly\s+|later\s+|also\s+)?(?:said|says|told|added)\b)"
)
# What every determiner `_SUBJECT` opens with starts with ("Another" and
# "An" with "A", "Their" with "The").
_OPENING_WORDS = ("One", "A", "The", "His", "Her")
_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset('"\u201d\u2019')
# "Another worker, a forklift driver who ...": the appositive says more.
_APPOSITIVE = re.compile(
    rf",\s+(?:an?|the)\s+((?:[\w'\u2019-]+\s+){{0,3}}?(?:{_NOUNS}))\b(?=[\s,])"
)
_NAMED_RELATIVE = (
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+{noun},?\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
)


_NAME_NEXT = re.compile(r",\s+(?:[A-Z]\.|[A-Z][a-z])")


class Unnamed(NamedTuple):
    """A subject naming a source by description."""

    pos: int
    end: int
    definite: bool  # "The first worker", "His wife": refers back
    head: str  # the noun: "employee", "wife"
    phrase: str  # the speaker as the article describes them
    gender: str  # "f", "m" or ""


def find_unnamed(text: str) -> list[Unnamed]:
    """Every sentence subject that describes a person without naming them."""
    out = []
    for pos in _openings(text):
        m = _SUBJECT.match(text, pos)
        if m is None:
            continue
        det, mods, head, tail = m.group(1), m.group(2), m.group(3), m.group(4)
        if _NAME_NEXT.match(text, m.end()):
            continue  # "An Acme spokeswoman, Rosa Dimaro, said": named
        if any(w[:1].isupper() and w.lower() not in ("former",) for w in mods.split()) and (
            det in ("The", "His", "Her", "Their")
        ):
            continue  # "The Lindvale Police Department officer ...": let names decide
        phrase = (mods + head + tail).strip()
        app = _APPOSITIVE.match(text, m.end())
        if app:
            phrase = f"{phrase}, {app.group(1)}"
            last = app.group(1).split()[-1]
        else:
            last = head
        gender = "f" if last in FEMALE_NOUNS or head in FEMALE_NOUNS else ""
        gender = gender or ("m" if last in MALE_NOUNS or head in MALE_NOUNS else "")
        definite = det in ("The", "His", "Her", "Their")
        out.append(Unnamed(m.start(), m.end(), definite, head, phrase, gender))
    return out


def _openings(text: str) -> list[int]:
    """Where a word a subject may open with stands at a sentence's start, in
    order: found by `str.find` (in C, at memory speed), where a pattern's
    scan tests every character against its first letters."""
    found = []
    for word in _OPENING_WORDS:
        pos = text.find(word)
        while pos >= 0:
            if _opens_sentence(text, pos):
                found.append(pos)
            pos = text.find(word, pos + 1)
    found.sort()
    return found


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` starts a line or follows a sentence end and a space."""
    if pos == 0 or text[pos - 1] == "\n":
        return True
    if pos < 2 or text[pos - 1] != " ":
        return False
    before = text[pos - 2]
    if before in _CLOSERS and pos >= 3:
        before = text[pos - 3]
    return before in _SENTENCE_END


def relative_name(text: str, noun: str, pos: int) -> str | None:
    """The name given to a relative earlier ("their son, Teodor," for "her
    son"), the nearest before `pos`."""
    if noun not in RELATION_NOUNS:
        return None
    found = None
    for m in re.finditer(_NAMED_RELATIVE.format(noun=noun), text[:pos]):
        found = m.group(1)
    return found


# Determiners of a person not met before: "A young man", "One woman".
_INDEFINITE = frozenset("a an one another".split())
# Nouns of one sex: "woman", "congressman" (not a title set before a name, "Mrs.").
_OF_SEX = {w: "f" for w in FEMALE_NOUNS | FEMALE_TITLES | {"girl", "lady"}} | {
    w: "m" for w in MALE_NOUNS | MALE_TITLES | {"boy", "gentleman"}
}
for _title in ("mrs", "ms", "miss", "madam", "mr", "sir"):
    del _OF_SEX[_title]


def newcomer(phrase: str, gender: str) -> str | None:
    """The description ("young man") of a subject phrase that brings in a
    person of `gender` without naming them, "A young man", "One woman", else
    None: the "he" or "she" of the sentence after it is that person, not
    the last one of that sex the article named."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in _INDEFINITE:
        return None
    if _OF_SEX.get(words[-1]) != gender or not all(
        w.replace("-", "").isalpha() and w.islower() for w in words[1:]
    ):
        return None
    return " ".join(words[1:])


# Nouns that say only a person's sex: "the woman", "an older man".
_PLAIN_SEX = {"woman": "f", "girl": "f", "lady": "f", "man": "m", "boy": "m", "gentleman": "m"}


def plain_sex(description: str) -> str:
    """ "f" or "m" when a description of a speaker ("woman", "older man")
    says no more of them than their sex, else "": someone the article does
    not name, whom a later "she" or "he" means."""
    return _PLAIN_SEX.get(description.rpartition(" ")[2].lower(), "")
