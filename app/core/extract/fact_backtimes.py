"""Times a fact counts from what the sentences before told: "Roe was the
guild's treasurer at the time", "Pilots lined the piers for a second day"
(at what time? the second day of what?). With no other time in the line
(a date, a weekday, a year, "last week", a bracket the rules gave: "after
a May 8 [2016] visit") only those sentences say when, and the fact is not
offered; "at the time of the vote" names what it counts from.
"""

from __future__ import annotations

import re

from app.core.extract.fact_markets import has_time

_BACK = re.compile(
    r"\b[Aa]t (?:the|that) time\b(?! of\b)"
    r"|\bfor (?:a|the) (?:second|third|fourth|fifth|sixth|(?:\w+ )?(?:straight|consecutive|successive))"
    r" (?:day|night|week|month|year)s?\b"
)
# A bracket the rules gave that holds a day or a year ("[May 3, 2016]").
_DATED_BRACKET = re.compile(r"\[[^\]]*\d")


def counted_from_before(sentence: str) -> bool:
    """Whether the cited `sentence` tells its time only as one counted from
    what the sentences before told ("at the time", "for a second day"),
    with no other time of its own."""
    if " time" not in sentence and "for " not in sentence:
        return False  # (most sentences)
    m = _BACK.search(sentence)
    if m is None:
        return False
    rest = sentence[: m.start()] + sentence[m.end() :]
    return not has_time(rest, rest.split()) and _DATED_BRACKET.search(rest) is None
