"""An act going on (the present progressive) whose line holds a time only
in a relative clause after it ("Roe is courting delegates won by Brask,
who quit in March"), #17 round 47: the time is the clause's own act's, so
the going on has none of its own: with the source's date it is cited
"[as of <date>]" before the clause, with none it is not offered. A
pronoun subject after an opening phrase ("In Quillon, he is touring ...")
is the line's own subject, dated as a name is.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_ongoing import as_of_at, ongoing_now
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dana Roe is courting 12 Velmar delegates won by Ivo Brask, who quit the Quillon"
            " contest in March.",
            "Dana Roe is courting 12 Velmar delegates won by Ivo Brask [as of May 11, 2016], who"
            " quit the Quillon contest in March [2016].",
        ),
        (
            "In 12 Velmar counties, Dana Roe is courting delegates won by Ivo Brask, who quit in"
            " March.",
            "In 12 Velmar counties, Dana Roe is courting delegates won by Ivo Brask [as of May 11,"
            " 2016], who quit in March [2016].",
        ),
        (
            "Dana Roe is touring the Velmar depot, where Ivo Brask spoke on Tuesday.",
            "Dana Roe is touring the Velmar depot [as of May 11, 2016], where Ivo Brask spoke on"
            " Tuesday [May 10, 2016].",
        ),
    ],
)
def test_a_time_only_in_a_relative_clause_leaves_the_going_on_undated(
    sentence: str, expected: str
) -> None:
    assert ongoing_now(sentence)
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected
    assert verdict(text, sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of the going on's own, outside the clause.
        "Dana Roe is courting delegates won by Ivo Brask, who quit in March, in 12 counties"
        " this week.",
        "This week, Dana Roe is touring the Velmar depot, where Ivo Brask spoke on Tuesday.",
    ],
)
def test_a_time_of_its_own_outside_the_clause_stays(sentence: str) -> None:
    assert not ongoing_now(sentence)


def test_a_pronoun_after_an_opening_phrase_is_the_lines_subject() -> None:
    sentence = "In Quillon, he is touring the Velmar depot with 12 clerks."
    assert ongoing_now(sentence)
    assert as_of_at(sentence) == len(sentence) - 1  # "[as of ...]" before the stop
    # A relative clause after the comma is no subject of the line.
    assert not ongoing_now("In Quillon, where Dana Roe is touring, the guild meets.")
