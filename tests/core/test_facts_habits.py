"""The writer's remark on a habit beside an act ("- as she so often does -",
"as he usually did,", "As always, ..."), #17 round 52: the line grades the
act as one of many by the writer's count, and is not offered. The same
words in someone's reported words, or a noun's phrase ("politics as
usual"), leave the line. Every example is an invented sentence with
invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_habits import habit_aside
from tests.core.facts_helpers import OPENING, dated


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 3, 2016, Dana Roe went to the Velmar depot \u2014 as she so often does \u2014 and "
        "fired 12 clerks.",
        "On May 3, 2016, Dana Roe went to the Velmar depot, as she usually did, and fired 12 "
        "clerks.",
        "As always, Dana Roe paid the Velmar Guild $5,000 on May 3, 2016.",
        "On May 3, 2016, Dana Roe paid the Velmar Guild $5,000, as usual.",
    ],
)
def test_a_habit_told_by_the_writer_is_not_offered(sentence: str) -> None:
    assert habit_aside(sentence.split())
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on May 3, 2016 that she went to the Velmar depot, as she often does.",
        "On May 3, 2016, 12 Velmar clerks voted to end politics as usual in Quillon.",
        "On May 3, 2016, Dana Roe went to the Velmar depot, as she often does on Mondays.",
        "On May 3, 2016, Dana Roe paid the Velmar Guild $5,000.",
    ],
)
def test_reported_words_or_a_noun_s_phrase_is_no_habit_aside(sentence: str) -> None:
    assert not habit_aside(sentence.split())
