"""A past perfect with "previously" or "earlier" and no time of its own
("Quarrow had previously given $3 million to the guild"), #17 round 47:
it tells an act before the time the sentences before are at, so when it
was only they say, and it is not offered. A year of a kind ("once a 2012
candidate") or a "before <act>" is no time of its own; a year, a date or
a span of the act is.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_backtimes import counted_from_before, previously
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Tova Quarrow had previously given $3 million to the Velmar Guild.",
        "Tova Quarrow had previously endorsed Ivo Brask and Lena Vesk before backing Dana Roe.",
        "Ivo Brask, once a 2012 candidate for mayor, had previously given $3 million to the"
        " Velmar Guild.",
        "The Quillon board had earlier approved 12 new clerks for the Velmar depot.",
    ],
)
def test_a_previous_act_with_no_time_is_not_offered(sentence: str) -> None:
    assert previously(sentence)
    assert counted_from_before(sentence)
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "time"
    assert not any(sentence[:30] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of the act's own: a year, a date, a span.
        "Tova Quarrow had previously given $3 million to the Velmar Guild in 2012.",
        "Tova Quarrow had previously given $3 million to the Velmar Guild on May 3, 2012.",
        "Dana Roe had previously served on the Velmar board from 2004 to 2008.",
        # Someone's words: the time is the saying's.
        "Dana Roe said she had previously met Ivo Brask at the Quillon depot in 2012.",
        "Dana Roe told reporters she had previously met Ivo Brask.",
    ],
)
def test_a_previous_act_with_a_time_or_in_reported_words_is_no_back_time(sentence: str) -> None:
    assert not previously(sentence)
