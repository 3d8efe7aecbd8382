"""A person named beside a year, read for contests.py and runs.py (issue
#10): a name's words as the package compares them (`name_of`: the lemma
of the last word, the other words after "~", a given name after "+"), the
name after or before a point, the subject of a verb past a short aside,
the year nearest some words with no break of the sentence between, and the
marks of a year of one thing said of a person (`marks_of`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.corroborate.quantities import MONTHS, Value
from app.core.corroborate.text import STOPWORDS, lemma
from app.core.corroborate.times import WEEKDAYS
from app.core.extract.given_names import is_given_name

REACH = 60  # characters between the words read and the year they mark, at most

# What breaks a sentence into parts said of other things (a claim is one
# sentence: a stop inside it ends an abbreviation, "Sen.").
BREAK = re.compile(r"[;:()\u2014]|\s--\s")
# A year written after "the" or an owner, before a noun: the noun's year.
_LABEL = re.compile(r"(?:\b(?:the|a|an|his|her|its|their)|'s)\s+$", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
# A word of a name: capitalized (a title's stop kept: "Sen."), or a small
# word inside one ("Ana de la Ruiz").
_NAME_WORD = re.compile(r"\[?[A-Z][\w'-]*\]?\.?|(?:de|van|von|da|del|la|le|di)\b")
# The words of a name ending right before a point ("Orlen Tavish").
_LAST_NAME = re.compile(r"((?:\[?[A-Z][\w'-]*\]?\.? ){0,3}([A-Z][\w'-]*))\s*$")
# Capitalized words that open a phrase and name no one.
_NO_NAME = frozenset(
    "the a an this that these those his her its their our my your it he she they i we".split()
)


def person_word(word: str) -> str:
    """A name's last word as the package compares names; "" when it is no
    one: a month, a weekday, a pronoun or article, a plural (a group)."""
    low = word.lower()
    if word in MONTHS or low in WEEKDAYS or low in _NO_NAME:
        return ""
    found = lemma(low)
    if low.endswith("s") and found != low:
        return ""  # "Varnists": a group, not one rival
    return found


Name = tuple[str, ...]  # a person's name: its words' lemmas, the last one compared first


def name_of(words: list[str]) -> Name:
    """The name written as `words` (titles, with their stop, left out: "Sen."),
    `()` when its last word names no one (`person_word`); a given name among the
    other words is marked "+" ("Tam Vesk" -> ("+tam", "vesk"))."""
    last = person_word(words[-1]) if words else ""
    if not last:
        return ()
    rest = [
        ("+" if is_given_name(w) else "") + lemma(w.lower())
        for w in (w.strip("[]") for w in words[:-1])
        if not w.endswith(".")
    ]
    return (*rest, last)


# A person's age written before the name ("17-year-old Ana Ruiz").
_AGE = re.compile(r"\d{1,3}-year-old\s+")


def name_after(text: str, at: int) -> Name:
    """The person named from `at` ("Sen. Ana Ruiz" -> ("ana", "ruiz")),
    words describing the person written capitalized before the name
    included, an age before it skipped ("17-year-old Ana Ruiz"), and a
    name a report put in brackets ("[Ana] Ruiz"); `()` when no name starts
    there, or when the name owns what follows it ("Vesk's decision")."""
    words: list[str] = []
    age = _AGE.match(text, at)
    pos = age.end() if age else at
    while (m := _NAME_WORD.match(text, pos)) is not None:
        word = m.group()
        if word.endswith("'s") or text.startswith("'", m.end()):
            return ()
        if word[0].isupper() or word[0] == "[":
            if not words and word.strip("[]").lower() in _NO_NAME:
                return ()
            words.append(word.rstrip("."))
        pos = m.end()
        if not text.startswith(" ", pos):
            break
        pos += 1
    return name_of([w.strip("[]") for w in words])


def name_before(text: str, at: int, owner: bool = False) -> Name:
    """The person named right before `at` (spaces between), `()` when none.
    A capitalized word opening the sentence alone is not read as a name
    ("Many died"), unless it is an `owner` ("Tavish's death")."""
    m = _LAST_NAME.search(text, max(0, at - 80), at)
    if m is None or text[m.end() : at].strip():
        return ()
    words = m.group(1).split()
    if words[0].strip("[]").lower() in _NO_NAME:
        words = words[1:]
    if not words or words[-1].endswith("'s"):
        return ()
    before = text[: m.start()].rstrip()
    if not owner and len(words) == 1 and (not before or before[-1] in '.!?"'):
        return ()
    return name_of([w.strip("[]") for w in words])


APPOSITION = 40  # characters of an aside between a name and its verb, at most


def subject_before(text: str, at: int) -> Name:
    """The person named right before `at`, or before a short aside set off
    by commas that ends there ("Orlen Tavish, the lock keeper, was
    killed"); "" when none."""
    found = name_before(text, at)
    head = text[:at].rstrip()
    if found or not head.endswith(","):
        return found
    comma = text.rfind(",", max(0, at - APPOSITION), len(head) - 1)
    return name_before(text, comma) if comma > 0 else ()


def nearest_year(text: str, years: Sequence[Value], start: int, end: int) -> Value | None:
    """The year nearest the words at text[start:end], within `REACH`
    characters, with no break of the sentence and no other year between."""
    best, gap = None, REACH + 1
    for y in years:
        lo, hi = (y.end, start) if y.end <= start else (end, y.start)
        lo = min(lo, hi)  # a year inside the words is read with them
        if hi - lo < gap and not BREAK.search(text, lo, hi):
            best, gap = y, hi - lo
    if best is None:
        return None
    lo, hi = min(best.end, end), max(best.start, start)
    if any(lo <= y.start and y.end <= hi for y in years if y is not best):
        return None
    return best


def label_noun(text: str, y: Value) -> str:
    """The noun a year labels ("the 2012 race" -> "race"); "" when it labels none."""
    if not _LABEL.search(text, max(0, y.start - 8), y.start):
        return ""
    m = NEXT_WORD.match(text, y.end)
    return lemma(m.group(1).lower()) if m else ""


def marks_of(kind: str, name: Name) -> set[str]:
    """The marks of a year of `kind` (`CONTEST`, `DEATH`, `RUN`) said of the
    person `name`: its last word after ":", each other word after "~", or
    "+" for a given name (a person named by the given name alone elsewhere:
    "Orlen" for "Orlen Tavish"; two given names of one surname, two people)."""
    return {
        f"{kind}:{name[-1]}",
        *(f"{kind}+{w[1:]}" if w[0] == "+" else f"{kind}~{w}" for w in name[:-1]),
    }


# The last capitalized word before a point, an owner's mark left out.
LAST_NAME_BEFORE = re.compile(r"([A-Z][\w-]*)(?:'s)?[^A-Z]*$")


def compound(text: str, end: int) -> bool:
    """Whether a word of death ending at `end` opens a compound ("murder
    trial", "death penalty"): another thing, not the death."""
    m = NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower() and m.group(1) not in STOPWORDS
