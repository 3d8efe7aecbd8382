"""A grading word opening the sentence, #17 round 50: its capital is only
the sentence's ("Underdog candidate Dana Roe won ...", "Brilliant tactics
won ..."), so it is the writer's grade, as the same word inside a line is.
A capitalized run that is a name ("Great Falls council ...") and reported
words stay.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_characterised import opens_graded
from tests.core.facts_helpers import OPENING, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Underdog candidate Dana Roe won the Velmar primary on May 3, 2016.",
        "Brilliant tactics won Dana Roe the Quillon seat on May 3, 2016.",
        "Legendary clerk Ivo Brask retired from the Velmar depot in 2015.",
    ],
)
def test_a_grade_opening_the_line_is_the_writers(sentence: str) -> None:
    assert opens_graded(sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Great Falls council voted 5-2 on May 3, 2016 to close the Velmar depot.",
        "Underdog candidates won 12 of 40 seats in 2015, Dana Roe said.",
        "Dana Roe, an underdog, won the Velmar primary on May 3, 2016.",
    ],
)
def test_a_name_or_reported_words_are_not_graded_by_the_opening(sentence: str) -> None:
    assert not opens_graded(sentence.split())
