"""A span of no known length that ends as the article is written ("in the
last few days", "over the past several weeks"), told in the past, dates
nothing: with the source's date the line is not offered. A present perfect
over a span keeps its "[to <date>]".

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import OPENING, dated


def test_a_loose_span_told_in_the_past_is_not_dated():
    for sentence in (
        "In just the last few days, the Quillon board insisted on a $4 million Velmar levy.",
        "Over the past several weeks, Tova Quarrow met 40 Quillon clerks.",
    ):
        assert dated(f"{OPENING}\n{sentence}\n") == [OPENING], sentence


def test_a_span_with_a_present_perfect_keeps_its_bracket():
    sentence = "The Velmar Guild has in the last few months hired 40 Quillon clerks."
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == [
        "The Velmar Guild has in the last few months [to March 23, 2016] hired 40 Quillon clerks."
    ]
