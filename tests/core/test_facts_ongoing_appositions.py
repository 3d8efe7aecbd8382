"""An act going on whose subject an apposition describes ("Velmar Partners,
a firm founded in 2014 by two clerks, is advising ..."), #17 round 50: the
apposition's commas open no clause, and its time is not the act's. With
the source's date the line is cited "[as of <date>]", with none it is not
offered, as any present progressive with no time of its own.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_ongoing import ongoing_now
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In Quillon, Velmar Partners, a firm founded in 2014 by two depot clerks, is advising"
            " the Quillon Guild on its $12 million sale.",
            "In Quillon, Velmar Partners, a firm founded in 2014 by two depot clerks, is advising"
            " the Quillon Guild on its $12 million sale [as of May 11, 2016].",
        ),
        (
            "Dana Roe, the guild's treasurer since 2009, is reviewing 40 Velmar depot contracts.",
            "Dana Roe, the guild's treasurer since 2009, is reviewing 40 Velmar depot contracts"
            " [as of May 11, 2016].",
        ),
    ],
)
def test_a_time_in_an_apposition_leaves_the_going_on_undated(sentence: str, expected: str) -> None:
    assert ongoing_now(sentence)
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected
    assert verdict(text, sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of the act's own, after the verb.
        "Velmar Partners, a firm founded in 2014 by two clerks, is advising the guild this week.",
        # A clause, not an apposition, before the verb.
        "Velmar Partners, which Dana Roe founded in 2014, is advising the guild on 12 sales.",
    ],
)
def test_no_as_of_without_an_apposition_alone(sentence: str) -> None:
    assert not ongoing_now(sentence)
