"""A forecast no one in the line owns: "a ruling expected in coming weeks",
"12,000 arrivals expected this year". "expected" stands after its noun as
a participle (a reduced relative: "a ruling [that is] expected ...") and
no one is said to expect it: the writer's forecast, not a schedule. The
other forms of the forecast ("is expected to", "are expected") are
`fact_rules`' hedges.

Left alone: a date a reader can check ("a ruling expected on Tuesday",
"expected in March": a weekday or a month after it); "expected" as a
verb with its subject and object ("analysts expected a rise": the next
word is no preposition or time word); a comparison with what was
expected ("than most analysts expected", "as expected"); someone's
reported words ("Roe said ...", "according to").
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import MONTHS, STUCK_ON, WEEKDAYS
from app.core.extract.fact_pointers import reported_words
from app.core.extract.lexicon import BE_FORMS

_EXPECTED = frozenset("expected" + p for p in STUCK_ON)
# Every word the rules read: one set test per sentence.
WATCHED = _EXPECTED
# Words after the participle that open its time or its place in time ("in
# coming weeks", "this year", "later", "by 2020", "soon").
_TIME_OPENERS = frozenset(
    "in this next later soon by within before early shortly sometime over around".split()
)
# Words before "expected" that make it no noun's participle: a verb of
# being or having ("is expected", "had expected"), a comparison ("than",
# "as"), negation and adverbs of degree or time ("not", "widely").
_NOT_AFTER_A_NOUN = BE_FORMS | frozenset(
    """
    had has have having than as not also widely generally originally initially previously
    long once still now ever first earlier what who which that were
    """.split()
)
# How far back a comparison may open: "than most party insiders expected".
_COMPARED = 4
_DATES = frozenset(f + p for f in (*WEEKDAYS, *MONTHS) for p in STUCK_ON)


def unowned_forecast(tokens: list[str], found: set[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`), whose words `found`
    are among `WATCHED`, forecasts in the writer's voice: a noun with
    "expected" after it and a time that is no date ("a ruling expected in
    coming weeks")."""
    for i, t in enumerate(tokens):
        if t in found and _forecast_at(tokens, i):
            return not reported_words(tokens, i)
    return False


def _forecast_at(tokens: list[str], i: int) -> bool:
    """Whether "expected" at `tokens[i]` follows its noun and opens an
    undated time."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i][-1] in ",;:.":
        return False
    before = tokens[i - 1]
    if (
        before.lower() in _NOT_AFTER_A_NOUN
        or before.endswith("ly")
        or {"than", "as"} & {w.lower() for w in tokens[max(0, i - _COMPARED) : i]}
    ):
        return False
    if tokens[i + 1].lower() not in _TIME_OPENERS:
        return False
    return _DATES.isdisjoint(tokens[i + 1 : i + 6])
