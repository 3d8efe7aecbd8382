"""The times a claim places itself at, besides its values.

`time_anchors(text, values, when)` gives years, days and months named, and
relative words ("last year", "Tuesday"), the latter resolved against the
source's date when known; `running` tells a figure said to hold now ("now
has 882 delegates"); `parse_date` reads a source's stored date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from app.core.corroborate.quantities import MONTHS, Value, letter_words
from app.core.extract.fact_dates import weekday_date, weekday_qualifier

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS = ("yesterday", "today", "tonight", "tomorrow")
_NOW = (
    "now",
    "currently",
    "so far",
    "to date",
    "as of",
    "latest",
    "recent",
    "recently",
    "this week",
)
_REL = ("last", "this", "next", "past", "previous", "coming")
_RELATIVE = re.compile(
    rf"\b(?:(?P<day>{'|'.join(_DAYS)})|(?P<now>{'|'.join(_NOW)})|(?P<weekday>"
    + "|".join(WEEKDAYS)
    + rf")|(?P<rel>{'|'.join(_REL)})\s+(?P<span>week|month|year|weekend|"
    r"quarter|spring|summer|fall|autumn|winter)|(?P<month>"
    + _MONTH_NAMES
    + r")\b(?!\.?\s+\d)|(?P<ago>\w+)\s+(?P<agounit>days?|weeks?|months?|years?)\s+ago)\b",
    re.IGNORECASE,
)
# The first word of each kind of match but "... ago": a match starts with one.
_FIRST_WORDS = frozenset([*_DAYS, *(w.split()[0] for w in _NOW), *WEEKDAYS, *_REL, *MONTHS])
_WORD_RUN = re.compile(r"\w+")


def _relatives(text: str, lower: str) -> Iterator[re.Match]:
    """`_RELATIVE.finditer(text)`, tried only where a word that can start a
    match is written (`lower` is `text` in lower case): in ASCII text without
    "ago", no match starts elsewhere, and trying every alternative at
    every word took a tenth of building a claim's signature."""
    if "ago" in lower or not text.isascii():
        yield from _RELATIVE.finditer(text)
        return
    end = 0
    for word in _WORD_RUN.finditer(lower):
        if word.start() < end or word.group() not in _FIRST_WORDS:
            continue
        m = _RELATIVE.match(text, word.start())
        if m is not None:
            end = m.end()
            yield m


def parse_date(text: str) -> date | None:
    """A source's date as stored ("2016-03-01..."), or None."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def time_anchors(
    text: str,
    values: list[Value],
    when: date | None,
    placed: bool = False,
    letters: set[str] | None = None,
) -> frozenset[str] | list[tuple[str, int]]:
    """The times `text` places its claim at, besides `values` themselves:
    "y:2016", "d:03-01", "m:3"; relative words resolved against the source's
    date `when` ("last year" in a 2016 source is "y:2015"), or kept as
    "r:<words>" when the source has no date. With `placed`, a list of
    (time, where it is written) instead. `letters`: the text's
    `quantities.letter_words`, when the caller has them."""
    out: list[tuple[str, int]] = []
    lower = text.lower()
    if letters is None:
        letters = letter_words(lower)
    relative = not letters.isdisjoint(_TIME_WORDS)
    for v in values:
        if v.kind == "year":
            out.append((f"y:{v.value}", v.start))
        elif v.kind == "date":
            out.append((f"d:{v.value}", v.start))
            out.append((f"m:{int(v.value[:2])}", v.start))  # a day is in its month
    for m in _relatives(text, lower) if relative else ():
        if any(v.start <= m.start() < v.end for v in values):
            continue
        if m.group("month"):
            # A month is written with a capital: "may" and "march" in lower
            # case are a verb ("voters may benefit"), no time.
            if m.group("month")[0].isupper():
                out.append((f"m:{MONTHS[m.group('month').lower()]}", m.start()))
            continue
        if m.group("now"):
            continue  # a running figure: see `running`
        if m.group("day") and _in_name(text, m):
            continue  # "USA TODAY", "Nightly Today": a paper or a show, no day
        out.append((_resolve(text, m, when), m.start()))
    return out if placed else frozenset(t for t, _ in out)


# Words any relative time or month named alone contains: most texts have none.
_TIME_WORDS = frozenset(
    [*WEEKDAYS, *MONTHS, *_DAYS, "now", "currently", "far",
     "date", "latest", "recent", "recently", "week", "month", "year", "weekend", "quarter",
     "spring", "summer", "fall", "autumn", "winter", "ago"]
)  # fmt: skip
_RUNNING = re.compile(r"\b(?:now|currently|so far|to date|as of|latest)\b", re.IGNORECASE)


def running(text: str, start: int, end: int, when: date | None) -> str:
    """For a figure whose clause text[start:end] says it is a running one
    ("now has 882 delegates", "so far"): the day it holds at (the source's
    date), or "?" when the source has no date; "" for other figures."""
    if not _RUNNING.search(text, start, end):
        return ""
    return when.isoformat() if when else "?"


def _in_name(text: str, m: re.Match) -> bool:
    """Whether a day word ("today") is written as part of a name: in
    capitals, or capitalised right after a capitalised word."""
    word = m.group("day")
    if word.isupper():
        return True
    if not word[0].isupper():
        return False
    before = text[max(0, m.start() - 30) : m.start()].split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ":"))


def _resolve(text: str, m: re.Match, when: date | None) -> str:
    words = " ".join(m.group().lower().split())
    if when is None:
        return f"r:{words}"
    if m.group("day"):
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("day").lower()]
        d = when + timedelta(days=shift)
        return f"d:{d.month:02d}-{d.day:02d}"
    if m.group("weekday"):
        # The one day the fact finder's bracket names too: the one to come
        # for "will vote Tuesday", the one before for "voted Tuesday"; no
        # day where it names none ("last Tuesday": kept as written).
        d = weekday_date(text, m.start("weekday"), when)
        if d is None:  # kept as written, with the word that made it undatable
            which = weekday_qualifier(text, m.start("weekday"))
            which = f"{which} " if which in ("last", "this", "past") else ""
            return f"r:{which}{words}@{when.isoformat()}"
        return f"d:{d.month:02d}-{d.day:02d}"
    if m.group("rel"):
        rel, span = m.group("rel").lower(), m.group("span").lower()
        shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if span == "year":
            return f"y:{when.year + shift}"
        if span == "month":
            month = (when.month - 1 + shift) % 12 + 1
            return f"m:{month}"
        return f"r:{words}@{when.isoformat()}"
    return f"r:{words}@{when.isoformat()}"
