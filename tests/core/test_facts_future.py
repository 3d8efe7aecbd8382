"""A future dated in its own clause: the date that makes "will" a schedule
stands after it or opens the sentence; a date in the subject's phrase or
a relative clause dates something else, and the line is the writer's
prediction.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, verdict

# A prediction dated only elsewhere in the sentence.
_PREDICTIONS = [
    # The date belongs to the subject's phrase.
    "Brask farmers arriving in Quillon next month to back Dana Roe will be met by as many as"
    " 900 guild members.",
    # The date belongs to a relative clause about the subject.
    "Tova Quarrow, who opened the Velmar depot with a speech in March, will not be on hand to"
    " see Roe sworn in.",
    # A present schedule, then a forecast.
    "The Quillon show opens on Friday and will draw as many as 9,000 Brask farmers.",
]
# A future its own clause dates.
_SCHEDULES = [
    # The date after the "will".
    "The Velmar council will vote on the Quillon levy on Tuesday.",
    "The Brask guild will leave the Quillon hall starting in 2017.",
    # The date opens the sentence.
    "On Tuesday, the Velmar council will vote on the 12 Quillon depots.",
    "On Friday the Brask guild will move its 12 depots to Quillon.",
    # A second predicate after a dated first one.
    "The Quillon levy passed 9-2 on Nov. 19 and will now go to Dana Roe for a signature.",
]


@pytest.mark.parametrize(
    ("sentence", "predicted"),
    [(s, True) for s in _PREDICTIONS] + [(s, False) for s in _SCHEDULES],
)
def test_only_a_future_dated_in_its_clause_is_offered(sentence: str, predicted: bool) -> None:
    reason = verdict(OPENING + "\n" + sentence + "\n", sentence)
    assert (reason == "future") is predicted
