"""A poll's or a study's figures with no time in the line: "[The Velmar
poll] shows Roe beating Quarrow 45 to 40 percent", "A Quillon survey found
90 percent support for the levy", "A study by Velmar College found that
tuition costs are the highest ...: 36%". A poll is taken on its days and
its figures move from one poll to the next; a reader holding the line
alone cannot tell which poll, of when, it was: no citable fact. The same
line with its time ("a poll taken June 3-7", "released Tuesday", "in May
[2016]") or with a date the source's gave it in brackets ("[as of June 8,
2016]": a polling average told in the present, `fact_markets`) stays.

General words of surveys only; none is taken from the articles.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import MONTHS
from app.core.extract.fact_markets import has_time
from app.core.extract.fact_rules import has_digit

# The nouns of a poll or a study, as written (with a stop or comma stuck on).
_POLL = re.compile(r"\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies))\b")
# A share of people or a margin, as a poll gives it: "45 percent", "54%",
# "5 percentage points", "3 in 10", "45 to 40", "two-thirds", "half of".
_SHARE = re.compile(
    r"\d\s*%|\d percent\b|\bpercentage points?\b|\d[- ]points?\b|\b(?:\d|[Oo]ne|[Tt]wo|[Tt]hree"
    r"|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine) in 10\b|\b\d{1,2} to \d{1,2}\b"
    r"|-(?:thirds?|quarters?)\b|\b[Hh]alf of\b|\b[Mm]ajority of\b"
)
# A month with its day or year ("May 9", "May 2016": "May" alone is no
# time `has_time` reads).
_MONTH_DAY = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.? (?:\d|(?:19|20)\d\d)")
# A poll's method, not its findings: "a margin of error of 4 points".
_METHOD = re.compile(
    r"\bmargin of (?:sampling )?error\b|\bcredibility interval\b|\bsampling error\b"
)
# A place where votes are cast, not a survey: "polls closed", "to the polls".
_VOTING_PLACE = re.compile(
    r"\bpolls (?:close|closed|closes|open|opened|opens)\b|\bto the polls\b", re.IGNORECASE
)


def undated_poll(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence as cited (split at spaces: `tokens`) gives a
    poll's or a study's findings (a poll noun and a share, `_SHARE`; not
    its margin of error) with no time of its own or in a bracket: of which
    poll, when?"""
    if not ("poll" in sentence or "urvey" in sentence or "tud" in sentence or "Poll" in sentence):
        return False  # (most sentences: four substring tests)
    if not (
        has_digit(sentence) or "alf of" in sentence or "ajority of" in sentence or "-th" in sentence
    ):
        return False  # (every share but a few in words holds a digit)
    if _POLL.search(sentence) is None or _SHARE.search(sentence) is None:
        return False
    if _VOTING_PLACE.search(sentence) or _METHOD.search(sentence):
        return False
    if _MONTH_DAY.search(sentence):
        return False
    return not has_time(sentence, [t.strip("[],.;:") for t in tokens])
