"""A standing told in the present with an honorific's stop inside it ("Mrs.
Roe leads Mr. Quarrow 48 percent to 43 percent, according to the Velmar
Institute"), #17 round 52: the stop of "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.",
"Gov.", "Rep." no longer hides the standing, which holds as the article
is written: cited "[as of <the source's date>]", not offered undated.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_markets import standing_at
from tests.core.facts_helpers import OPENING, dated


@pytest.mark.parametrize(
    "sentence",
    [
        "Mrs. Dana Roe leads Mr. Ivo Quarrow 48 percent to 43 percent, according to the "
        "Velmar Institute.",
        "Dana Roe trails Sen. Ivo Quarrow by 6 points, according to the Velmar Institute.",
    ],
)
def test_a_standing_past_an_honorific_is_dated_as_of_the_source(sentence: str) -> None:
    assert standing_at(sentence) > 0
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == [sentence[:-1] + " [as of March 23, 2016]."]
    assert dated(f"{OPENING}\n{sentence}\n", None)[1:] == []


def test_a_stop_that_ends_a_sentence_still_ends_the_standing() -> None:
    assert standing_at("Dana Roe leads. Ivo Quarrow won 48 percent to 43 percent in 2012.") < 0
