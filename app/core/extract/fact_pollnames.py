"""The time of a poll's findings where a fact names its poll in a
bracket, the one poll of the article by its maker (`fact_pollmakers`:
"[The Quillon University poll] found 52 percent ..."). A poll's findings
need their time (`fact_polldates`): where the line gives no date of their
own, they are cited as of the source's date, as a standing told in the
present is ("... 41 percent for Vesk [as of June 8, 2015]."): the article
reports them so on its date. Without the source's date such a fact is not
offered. A month alone in the line ("unchanged since the Velmar poll in
May") is as often another poll's time and dates nothing here.

General words of surveys only; none is taken from the articles.
"""

from __future__ import annotations

import datetime as dt
import re

from app.core.cite_fields import date_long
from app.core.extract.fact_dates import dated_edits
from app.core.extract.fact_lexicon import MONTH_SHORT, MONTHS
from app.core.extract.fact_names import Edit
from app.core.extract.fact_pollmakers import maker_named, one_maker

# A date a poll's findings are of: a month with its day or year, a year.
_MONTH = rf"(?:{'|'.join(MONTHS + MONTH_SHORT)})"
_FULL_DATE = re.compile(rf"\b{_MONTH}\.? (?:\d{{1,2}}\b|(?:19|20)\d\d)|\b(?:19|20)\d\d\b")
# A month alone, or with the year a bracket gives it ("in May [2016]"): as
# often another poll's time ("unchanged since the Velmar poll in May").
_MONTHS = re.compile(rf"\b{_MONTH}\b(?!\.? ?\d)\.?(?: \[(?:19|20)\d\d\])?")


def poll_as_of(
    text: str, start: int, end: int, edits: list[Edit], published: dt.date | None
) -> list[Edit] | None:
    """`edits` (the brackets of the fact `text[start:end]`), with "[as of
    <the source's date>]" before its stop when a bracket names the one poll
    of the article by its maker (`one_maker`) and the line, as cited, gives
    no date of its own: "[The Quillon University poll] found 52 percent
    backed Roe [as of June 8, 2015]." (its findings, or its method, "...
    has a margin of error of 3 points", are of one poll of that maker's
    many). A month alone in the line ("unchanged since the Velmar poll in
    May") is as often another poll's time and dates nothing here. None,
    not offered, when such a line has no date and the source none either."""
    if not edits or text[end - 1] != "." or not _the_one(text, start, edits):
        return edits  # (most facts: no poll in brackets)
    if _FULL_DATE.search(_MONTHS.sub("", _applied(text[start:end], start, edits))):
        return edits
    if published is None:
        return None
    return sorted([*edits, (end - 1, 0, f" [as of {date_long(published.isoformat())}]")])


def dated_poll(
    text: str, start: int, end: int, named: list[Edit], published: dt.date | None
) -> list[Edit] | None:
    """The edits dating the fact `text[start:end]` whose time only the
    sentences before would give (`fact_months`: "... released Monday. The
    poll found ..."), when a bracket of `named` names the one poll of the
    article by its maker: its own relative times dated, and its findings
    "[as of <the source's date>]"; None when there is no such bracket or a
    time of its own cannot be dated."""
    if published is None or not _the_one(text, start, named):
        return None
    own = dated_edits(text[start:end], start, published)
    if own is None:
        return None
    dated = poll_as_of(text, start, end, sorted(own + named), published)
    return None if dated is None else [e for e in dated if e not in named]


def _the_one(text: str, start: int, edits: list[Edit]) -> bool:
    """Whether a bracket of `edits` names a poll by its maker, the one
    poll of the article before `start`."""
    polls = [words for _, _, words in edits if maker_named(words)]
    return bool(polls) and all(one_maker(text, start, words) for words in polls)


def _applied(sentence: str, start: int, edits: list[Edit]) -> str:
    """The sentence with its edits made (no capital bracketed: what the
    rules of time read is the words)."""
    parts = []
    at = 0
    for pos, length, words in sorted(edits):
        parts.append(sentence[at : pos - start])
        parts.append(words)
        at = pos - start + length
    parts.append(sentence[at:])
    return "".join(parts)
