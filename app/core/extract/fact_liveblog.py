"""The day of an entry in a live blog: a page of short entries, newest
first, each opened by a line holding only its clock time ("9:05 p.m.",
"2 p.m.:"). A line in such an entry that names no time of its own ("Roe
has won the primary in Quillon", "More than 500 supporters roared when
the state was called") tells of the entry's day: the source's date, when
the blog runs through one day. Cited alone, the line says when only with
that day in brackets ("... was called [on March 1, 2016]").

An entry past midnight (an "a.m." clock with no "p.m." one above it,
below a "p.m." one: the newest entries come first) is the day after the
source's date, or the source's: not sure, so no day is given. A clock
line alone (one in the whole text) is no blog's, nor are clock lines of
a text none of which ends in "m." and the line's end (a blog's mostly
do: "9:05 p.m.").

A line whose only times are a "who" clause's ("Roe was introduced by
Vesk, who endorsed her last week.", `fact_other_times`) is dated so too,
the day before the clause that ends it (round 58).

Grammatical shapes only; none is taken from the articles.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from app.core.extract.fact_lexicon import WEEKDAYS
from app.core.extract.fact_markets import has_time
from app.core.extract.fact_other_times import person_clauses_out

# A line holding only a clock time: "9:05 p.m.", "2 p.m.:", "11 a.m" (read
# from the line break before it: a blog's first line is its title).
_CLOCK_LINE = re.compile(
    r"\n[ \t]*(?:[1-9]|1[0-2])(?::[0-5]\d)? ?(?P<half>[ap])\.m\.?[.:]?[ \t]*(?=\n|$)"
)


def entry_day(text: str, start: int, published: dt.date) -> dt.date | None:
    """The day of the live-blog entry the fact at `start` of `text` stands
    in (the source's `published` date), or None where the text is no live
    blog, the fact stands before its first entry, or the entry may be past
    midnight."""
    starts, halves = _clocks(text)
    if len(starts) < 2:
        return None
    mine = bisect.bisect_right(starts, start) - 1
    if mine < 0:
        return None
    if halves[mine] == "a" and "p" in halves[mine + 1 :] and "p" not in halves[:mine]:
        return None  # past midnight: the day after the p.m. entries below?
    return published


@lru_cache(maxsize=1)  # (a text's sentences are asked in turn)
def _clocks(text: str) -> tuple[list[int], str]:
    """Where the clock lines of `text` start, and their halves of the day
    ("a", "p"), read once a text."""
    found = []
    if ".m.\n" in text or ".m.:\n" in text:  # (substring tests: a blog's clock lines mostly end so)
        found = list(_CLOCK_LINE.finditer(text))
    return [m.start() for m in found], "".join(m.group("half") for m in found)


def entry_edit(
    text: str, sentence: str, published: dt.date, offset: int, timed: bool
) -> tuple[int, str, dt.date] | None:
    """Where in `sentence` (at `offset` of `text`) its live-blog entry's
    day goes, "on" or "as of" (a state or a perfect told in the present:
    "has won"), and the day; None where the text is no live blog or the
    line has a time of its own. With `timed` (the line holds a time) only
    a line whose times are all its "who" clauses' is dated: before the
    clause that ends it, else at its end."""
    own = person_clauses_out(sentence) if timed else sentence
    if own == sentence and timed:
        return None
    day = entry_day(text, offset, published)
    if day is None:
        return None
    plain = _NAMED_DAYS.sub(" ", own)  # ("Super Tuesday" is no time)
    if has_time(plain, plain.split()) or _DECADE.search(plain):
        return None
    at = sentence.find(", who") if timed else -1
    if at < 0 or own.rstrip(".") != sentence[:at]:
        at = len(sentence) - 1
    return at, "as of" if _STATE.search(own) else "on", day


# Days with a name of their own: a feast, a market day, a day of primaries.
DAY_NAMES = "Super|Mini|Black|Good|Cyber|Easter|Palm|Ash|Fat|Holy|Maundy"
_NAMED_DAYS = re.compile(rf"\b(?:{DAY_NAMES}) (?:{'|'.join(WEEKDAYS)})\b")
# A decade ("in the 1960s", "the '70s"): a time of its own.
_DECADE = re.compile(r"\d0s\b")
# A state or a perfect told in the present: it holds as of a day ("has won").
_STATE = re.compile(r"\b(?:has|have|is|are)\b")
