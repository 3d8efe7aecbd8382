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

from app.core.extract.fact_lexicon import PLACE_BODIES, SHARED_OFFICES
from app.core.extract.lexicon import TITLES

_NAME = r"[A-Z][\w'\u2019.&-]*"
_QUOTED_OR_NAME = rf"(?:[\"\u201c][^\"\u201c\u201d]{{1,40}}[\"\u201d]|{_NAME})"
# Before a noun in lower case: "the Velmar (housing) bill", "a "sanctuary" ordinance".
_DESCRIBED = re.compile(rf"(?:^|[^\w])(?:[Tt]he|[Aa]n?) ((?:{_QUOTED_OR_NAME} )+(?:[a-z-]+ )?)$")
# Before a noun in capitals: "(the) Velmar Plan", "Quillon County".
_CAPITALS = re.compile(rf"(?:(?:^|[^\w])(the|The) )?((?:{_NAME} )+)$")
# After an office's title: "Mayor Dana Roe", "Gov. Dana Roe".
_HOLDER = re.compile(rf"\.? ((?:{_NAME})(?: {_NAME}){{0,2}})")
_BACK = 80  # characters read before the noun
# Small words only a headline's title case capitalizes inside a name.
_TITLE_CASE_SMALL = frozenset("To The A An In On For And With Is Are Was Just Says".split())
# What may follow a noun that ends its phrase: a stop, or a function word.
_ENDS_PHRASE = re.compile(
    r"[,.;:)\u2019'\"\u201d]|\s(?:of|in|on|at|for|to|from|by|with|that|which|who|is|are|was|"
    r"were|has|have|had|will|would|and|or|but|as|after|before|since|said|says)\b|\s*$"
)
# Offices one person holds at a time: "the mayor" stands for the one the
# article named with the title ("Mayor Dana Roe").
OFFICES = frozenset(t for t in TITLES if t.isalpha()).difference(PLACE_BODIES, SHARED_OFFICES)
# A name in capitals says what "the <noun>" is ("the plan" -> "the Velmar
# Plan"), but for nouns that a well-known name ends with and the story may
# mean another of: "the house" is no "Velmar House".
_NOT_NAMED_IN_CAPITALS = frozenset(("house", "public", "works"))


def named_before(text: str, start: int, words: str) -> tuple[str, int] | None:
    """The one name the article gives, before `start`, to what "the <noun>"
    (`words`, as written: "the housing bill") stands for: "the Velmar
    housing bill", "the Velmar Housing Bill", "Mayor Dana Roe", with where it
    gives it last; None when it gives none or several. Without a name for
    all its words ("the proposed ordinance"), the last word is looked up
    alone."""
    head = [w.lower() for w in words.split()[1:]]  # the words after "the"
    if not head:
        return None
    for wanted in (head, head[-1:]) if len(head) > 1 else (head,):
        found = _names(text, start, wanted)
        if len(found) == 1:
            return next(iter(found.items()))
        if found:
            return None
    return None


_cache: tuple[str, dict[tuple[str, ...], list[tuple[int, str]]]] = ("", {})


def _names(text: str, start: int, wanted: list[str]) -> dict[str, int]:
    """How the article names, before `start`, a thing whose last words are
    `wanted`, and where it does so last. The article's names for a noun are
    read once per text (its facts are found one after another)."""
    global _cache
    if _cache[0] is not text:
        _cache = (text, {})
    key = tuple(wanted)
    every = _cache[1].get(key)
    if every is None:
        every = _cache[1][key] = _every_name(text, wanted)
    found: dict[str, int] = {}
    for at, name in every:
        if at < start:
            found[name] = at
    return found


def _every_name(text: str, wanted: list[str]) -> list[tuple[int, str]]:
    """(where, name) for every place the article names a thing whose last
    words are `wanted`, the described names first, then those in capitals,
    then an office's holder."""
    found: list[tuple[int, str]] = []
    start = len(text)
    phrase = " ".join(wanted)
    for at in _places(text, phrase, start):
        m = _DESCRIBED.search(text, max(0, at - _BACK), at)
        # (Only where the noun ends the phrase: not "the Quillon state
        # convention" for "the state".)
        if m and _ENDS_PHRASE.match(text, at + len(phrase)):
            found.append((at, f"the {m.group(1)}{phrase}"))
    if len(wanted) > 1 or wanted[0] not in _NOT_NAMED_IN_CAPITALS:
        title = " ".join(w.capitalize() for w in wanted)
        for at in _places(text, title, start):
            m = _CAPITALS.search(text, max(0, at - _BACK), at)
            if m is None:
                continue
            names = m.group(2).split()
            if names[0] == "The":
                names = names[1:]  # (a sentence's first word)
            if not names or not _TITLE_CASE_SMALL.isdisjoint(names[1:]):
                continue  # (a headline's capitals name nothing: "Roe Just Answered To The")
            name = " ".join(names) + " " + title
            # "Quillon County" is a place's name; "the Velmar Plan" keeps its "the".
            the = m.group(1) or m.group(2).startswith("The ")
            found.append((at, name if not the and wanted[-1] in PLACE_BODIES else f"the {name}"))
    if len(wanted) == 1 and wanted[0] in OFFICES:
        title = wanted[0].capitalize()
        for at in _places(text, title, start):
            m = _HOLDER.match(text, at + len(title))
            if m:
                found.append((at, f"{title}{m.group(0)}"))  # "Mayor Dana Roe"
    return found


def _places(text: str, words: str, end: int) -> list[int]:
    """Where `words` stand, as whole words, in `text[:end]`."""
    places = []
    at = text.find(words, 0, end)
    while at >= 0:
        after = text[at + len(words) : at + len(words) + 1]
        if (at == 0 or not text[at - 1].isalnum()) and not after.isalnum():
            places.append(at)
        at = text.find(words, at + 1, end)
    return places
