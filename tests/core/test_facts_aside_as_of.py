"""A line set in parentheses as an aside, "(The guild has not endorsed a
candidate.)", #17 round 47: a standing, a level, an act going on, a count
so far or a present perfect in it holds as the article was written, as in
any line, so with the source's date it is cited "[as of <date>]" before
its closing ".)" (it was turned away dated, or offered with no as-of).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_ongoing import as_of_at
from tests.core.facts_helpers import OPENING, dated

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "(The Velmar Guild has not endorsed a candidate.)",
            "(The Velmar Guild has not endorsed a candidate [as of May 11, 2016].)",
        ),
        (
            "(The Quillon Institute estimates the Velmar Guild's active members at 1,200.)",
            "(The Quillon Institute estimates the Velmar Guild's active members at 1,200"
            " [as of May 11, 2016].)",
        ),
        (
            "(Dana Roe is touring 12 Velmar towns.)",
            "(Dana Roe is touring 12 Velmar towns [as of May 11, 2016].)",
        ),
    ],
)
def test_an_aside_in_parentheses_is_dated_before_its_stop(sentence: str, expected: str) -> None:
    assert as_of_at(sentence) == len(sentence) - 2
    assert dated(f"{OPENING}\n{sentence}\n", DAY)[-1] == expected


def test_an_aside_with_a_time_of_its_own_is_left_as_it_is() -> None:
    sentence = "(Dana Roe toured 12 Velmar towns in 2012.)"
    assert as_of_at(sentence) < 0
    assert dated(f"{OPENING}\n{sentence}\n", DAY)[-1] == sentence
