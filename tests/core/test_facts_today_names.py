"""A "TODAY" in capitals inside a name ("a QUILLON TODAY/Velmar College
poll") is no time (#17 round 52): a poll's findings with no other time
in the line are not offered undated, as any undated poll's (with the
source's date, cited "[as of" it] where the poll is named). "today" in lower case,
or opening the sentence, is still a time.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_markets import has_time
from tests.core.facts_helpers import OPENING, dated


def test_today_in_capitals_inside_a_name_is_no_time() -> None:
    sentence = "A QUILLON TODAY/Velmar College poll found that 37% of likely voters back Dana Roe."
    assert not has_time(sentence, sentence.split())
    assert all("[as of" in c for c in dated(f"{OPENING}\n{sentence}\n")[1:])
    assert dated(f"{OPENING}\n{sentence}\n", None)[1:] == []


def test_today_as_a_word_of_time_is_still_one() -> None:
    for sentence in (
        "The Velmar Guild voted 12-3 today to close the depot.",
        "Today the Velmar Guild voted 12-3 to close the depot.",
        "The Velmar Guild will vote tonight on the depot.",
    ):
        assert has_time(sentence, sentence.split()), sentence
