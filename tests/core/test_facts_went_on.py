"""An act that was going on (the past progressive) told in the writer's
voice with no time of its own ("Quarrow, a clerk, was traveling to the
depot to see her grandchildren"), #17 round 47: as an act told in the
simple past with none, when it was only the sentences before say, and no
"[as of]" dates a past, so it is not offered. A day or a year in the
line, a clause ("While Roe was touring ..."), another verb before it
("Roe said she was touring") or a future ("was going to") leave it.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_ongoing import went_on
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Tova Quarrow, a clerk from Quillon, was traveling to the Velmar depot to see her 12"
        " grandchildren.",
        "Velmar clerks were returning to the Quillon depot with 40 ledgers.",
    ],
)
def test_an_act_that_was_going_on_with_no_time_is_not_offered(sentence: str) -> None:
    assert went_on(sentence)
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "time"
    assert not any(sentence[:20] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe was touring the Velmar depot on Tuesday with 12 clerks.",
        "Dana Roe was touring the Velmar depot with 12 clerks in 2012.",
        "While Dana Roe was touring the Velmar depot, 12 clerks quit in 2012.",
        "Dana Roe said she was touring the Velmar depot with 12 clerks.",
        "Dana Roe was going to tour the Velmar depot with 12 clerks.",
    ],
)
def test_a_dated_clausal_reported_or_future_progressive_is_no_undated_act(sentence: str) -> None:
    assert not went_on(sentence)
