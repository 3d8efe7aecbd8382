"""The year of one violent event named by its day (issue #10): "the Sept.
9, 2031, harbor bombing", "the bombing of Sept. 9, 2031", "the bombing at
the Velmar depot on Sept. 9, 2031" mark the year of the day `DATED` + the
day + the event's noun (contests.year_marks holds them with the other
marks of a year; contests.one_thing compares them). Such an event happens
once: two years so marked alike, one day and one noun, are one event's,
and any two disagree, whatever else the two sentences say, when they
name a place of the event in common or neither names one ("the bombing at
the Velmar depot on ...", "the ... bombing on the depot in Velmar"): an
attack on the anniversary of another, named somewhere else, is another
event, and so is one named somewhere against one named nowhere.

Only a noun of one violent or destructive event is read (`EVENT_WORDS`):
an election, an inauguration, a parade or a holiday falls on one day of
many years, and a year of one of them names which. The day is a month
and a day written with the year ("Sept. 9, 2031"); a year alone, or a day
without one, marks nothing. The noun is read after the day written as a
label ("the Sept. 9, 2031, harbor bombing": up to two words between),
before "of" and the day, or as a noun ("the", "a" or "an" and up to two
words before it) that "on" and the day follow within the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.corroborate.quantities import MONTHS, Value
from app.core.corroborate.text import lemma

DATED = "=on"  # a mark no name and word term can be (they hold no "=")
EVENT_WORDS = frozenset(
    "attack bombing shooting massacre ambush raid assassination killing murder slaying"
    " explosion blast crash".split()
)
REACH = 80  # characters between the noun and "on" and the day, at most

_YEAR_AFTER_DAY = re.compile(r",?\s*")
_LABEL = re.compile(r"\b(?:the|a|an)\s+$|'s\s+$", re.IGNORECASE)
_WORDS_AFTER = re.compile(r",?\s+((?:[a-z][a-z-]*\s+){0,2}[a-z]+)")
_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
_ON = re.compile(r"\bon\s+$")
_NOUN_PHRASE = re.compile(r"\b(?:the|a|an)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z]+)\b")
_BREAK = re.compile(r"[;:()\u2014]|\s--\s")


def _event(words: str) -> str:
    """The first of `words` that is a noun of a violent event, as its lemma."""
    for word in words.split():
        found = lemma(word.lower())
        if found in EVENT_WORDS:
            return found
    return ""


def _noun(text: str, day: Value, year: Value) -> tuple[str, int, int]:
    """The violent event the full day `day` (its year `year`) names, "" when
    none, with the start and end of the words naming it in `text`."""
    if _LABEL.search(text, max(0, day.start - 6), day.start):
        after = _WORDS_AFTER.match(text, year.end)
        if after and (noun := _event(after.group(1))):
            words = re.finditer(r"[a-z-]+", text[after.start(1) : after.end()])
            ends = (after.start(1) + w.end() for w in words if lemma(w.group()) == noun)
            end = next(ends, after.end())
            return noun, after.start(), end
    of = _OF.search(text, max(0, day.start - 30), day.start)
    if of and (noun := _event(of.group(1))):
        return noun, of.start(), of.end(1)
    if not _ON.search(text, max(0, day.start - 6), day.start):
        return "", 0, 0
    for m in _NOUN_PHRASE.finditer(text, max(0, day.start - REACH), day.start):
        if (noun := _event(m.group(1))) and not _BREAK.search(text, m.end(), day.start):
            return noun, m.start(), m.end()
    return "", 0, 0


# Where an event is said to happen, after its noun (or its day): a
# preposition of place opens it ("on the depot in Pelgrave, Varnia"), and a
# break, a comma before a small word (", that killed"), or a word opening
# another clause ends it.
_PLACE_OPENS = re.compile(r",?\s*(?:on|in|at|near|outside|inside|against|across|aboard)\b")
_PLACE_ENDS = re.compile(
    r"[;:()\u2014]|\s--?\s|,\s+[a-z]|[.!?]\s+[A-Z\"]|\b(?:that|which|who|whose|where|when|while"
    r"|to|as|after|before|because|since|said|says|was|were|is|are|has|had|have)\b"
)
_CAPITALIZED = re.compile(r"\b[A-Z][\w.'-]*")


def _places(text: str, start: int, end: int) -> set[str]:
    """The capitalized words of text[start:end], lower case without stops
    ("U.S." -> "us"), months left out."""
    return {
        w.replace(".", "").lower()
        for w in _CAPITALIZED.findall(text, start, end)
        if w.rstrip(".").lower() not in MONTHS
    }


def _event_places(text: str, day: Value, year: Value, start: int, end: int) -> set[str]:
    """The places named with the event whose noun is at text[start:end] and
    whose day is `day` (`year`): between the noun and a day written after it
    ("the bombing at the Pelgrave depot on March 4, 2029"), and after the
    noun or the year, whichever comes later, where a preposition of place
    opens the words ("the March 4, 2029, bombing of the depot in Pelgrave"
    is not read: "of" names what was hit)."""
    found = _places(text, end, day.start) if end <= day.start else set()
    tail = max(end, year.end)
    opens = _PLACE_OPENS.match(text, tail)
    if opens:
        stop = _PLACE_ENDS.search(text, opens.end(), tail + REACH)
        found |= _places(text, opens.end(), stop.start() if stop else tail + REACH)
    return found


def dated_marks(text: str, values: Sequence[Value], out: dict[int, set[str]]) -> None:
    """Mark in `out` (a year's start: its marks) each year among `values`
    of `text` written in a full day naming a violent event (see above): the
    day and noun after ":", each place named with the event after "/", or
    "/" alone when none is."""
    days = [v for v in values if v.kind == "date"]
    for y in values:
        if y.kind != "year" or not y.value.isdigit():
            continue
        for day in days:
            if 0 <= y.start - day.end <= 2 and _YEAR_AFTER_DAY.fullmatch(text, day.end, y.start):
                noun, start, end = _noun(text, day, y)
                if noun:
                    marks = out.setdefault(y.start, set())
                    marks.add(f"{DATED}:{day.value}:{noun}")
                    places = _event_places(text, day, y, start, end)
                    marks.update({f"{DATED}/{p}" for p in places} or {f"{DATED}/"})
                break


def one_dated(va, vb) -> bool:
    """Whether two years are each marked as the year of one event named
    by its day and noun alike (`dated_marks`), with a place in common or
    neither with one: an attack on the anniversary of another, somewhere
    else, is another event."""
    shared = {m[len(DATED)] for m in va.marks & vb.marks if m.startswith(DATED)}
    return shared == {":", "/"}
