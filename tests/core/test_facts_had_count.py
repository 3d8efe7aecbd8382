"""A count held in the past, told as the line's main verb with no time
("Quillon, which has 9,000 residents, had 1,317 break-ins"), #17 round
47: of which year only the sentences before say, so it is not offered. A
year or a month in the line, a count in someone's reported words or
with its source named, and a past perfect ("had hired 12") leave it.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_count
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon, which has a population of 9,000, had 1,317 break-ins; Velmar had 3,797.",
        "The Velmar Guild had about $800,000 in its account.",
    ],
)
def test_a_past_count_with_no_time_is_not_offered(sentence: str) -> None:
    assert undated_count(sentence, sentence.split())
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "time"
    assert not any(sentence[:20] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Guild had about $800,000 in its account in 2012.",
        "Through the end of September, the Velmar Guild had about $800,000 in its account.",
        "The Velmar Guild had 40 clerks, according to the Quillon Courier.",
        "Dana Roe said the Velmar Guild had about $800,000 in its account.",
        "The Velmar Guild had hired 12 clerks by May.",
    ],
)
def test_a_dated_sourced_reported_or_perfect_count_is_no_undated_count(sentence: str) -> None:
    assert not undated_count(sentence, sentence.split())
