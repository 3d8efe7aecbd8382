"""A count so far told with its source ("have come from women, according to
the Brask tracker", "has cost the guild more than a billion dollars"), #17 round
46: it holds as the article was written, as a count with no source does,
so with the source's date it is cited "[as of <date>]" and with none it is
not offered (as of when?). A count in the source's own name ("according to
three networks") is no count of the line's.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_ongoing import counted_so_far
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nearly 60 percent of Dana Roe's donations have come from women, according to"
            " the Brask tracker.",
            "Nearly 60 percent of Dana Roe's donations have come from women, according to"
            " the Brask tracker [as of May 11, 2016].",
        ),
        (
            "The Quillon depot has cost the Velmar Guild more than a billion dollars.",
            "The Quillon depot has cost the Velmar Guild more than a billion dollars"
            " [as of May 11, 2016].",
        ),
        (
            "According to the Brask tracker, the Velmar Guild has now found 600 misfiled ballots.",
            "According to the Brask tracker, the Velmar Guild has now found 600 misfiled ballots"
            " [as of May 11, 2016].",
        ),
    ],
)
def test_a_sourced_count_so_far_is_dated_as_of_the_source(sentence: str, expected: str) -> None:
    assert counted_so_far(sentence)
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected
    # With no date: as of when?
    assert verdict(text, sentence) == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        # The only count is the source's: the line's act is no count.
        "Dana Roe has won the Quillon primary, according to three Velmar networks.",
        # A time of its own.
        "The Quillon depot has cost the Velmar Guild $40 million since 2012, according to the"
        " Brask tracker.",
        # Someone's reported words.
        "Dana Roe said on May 9, 2016, that the Velmar Guild has found 600 misfiled ballots.",
    ],
)
def test_other_sourced_lines_are_no_count_so_far(sentence: str) -> None:
    assert not counted_so_far(sentence)
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == ""
