"""A state named in one person's title ("Idaho Gov. Dana Roe", "the Idaho
governor", "Ivo Brask (R-Idaho)") tells who the person is, not where the
story is, #17 round 50: "the state" after it is not cited with that state,
but with the state the story names otherwise (or not offered when that is
unsure, as before).

Every example is an invented sentence with invented names (the states are
the published list's).
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import cited, verdict

LEAD = "Dana Roe toured Oregon for a week in May and met farmers in three towns.\n\n"
LAST = "Velmar Group spent $40,000 on radio ads in the state over 12 days in May.\n"


@pytest.mark.parametrize(
    "middle",
    [
        "Idaho Gov. Ivo Brask met Roe in Quillon on May 2, 2016.",
        "Ivo Brask, the Idaho governor, met Roe in Quillon on May 2, 2016.",
        "Ivo Brask, Idaho's senator, met Roe in Quillon on May 2, 2016.",
        "Ivo Brask (R-Idaho) met Roe in Quillon on May 2, 2016.",
    ],
)
def test_a_state_in_a_title_is_not_the_state(middle: str) -> None:
    text = LEAD + middle + "\n\n" + LAST
    assert cited(text)[-1] == (
        "Velmar Group spent $40,000 on radio ads in [Oregon] over 12 days in May."
    )


def test_a_state_named_as_a_place_near_another_leaves_it_unsure() -> None:
    text = LEAD + "Ivo Brask met Roe in Idaho on May 2, 2016.\n\n" + LAST
    assert verdict(text, LAST.strip()) == "pointer"
