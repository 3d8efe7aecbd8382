"""A month written with no year gets its year in brackets also where the
sentence's only year dates a thing a noun names after it ("In early
March, the guild released a June 2009 ledger": March is the one most
recently past, as the reader has read it); a year that dates the act
itself, or one written before the month, leaves it as written. "from"
and "throughout" open a month as "in" does ("up 8 points from January
[2016]").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from tests.core.facts_helpers import WEDNESDAY, dated

ACT = "the Quarrow ferry guild released a June 2009 ledger of Brindle Port pier tolls."


def test_a_year_that_dates_a_noun_leaves_the_month_the_latest():
    text = "In early March, " + ACT
    assert WEDNESDAY.year == 2016
    assert dated(text) == ["In early March [2016], " + ACT]


def test_a_year_of_the_act_itself_gives_no_bracket():
    text = "In early March, the Quarrow ferry guild released a ledger of 2009 pier tolls."
    assert dated(text) == [text]


def test_a_dated_noun_before_the_month_gives_no_bracket():
    text = "The Quarrow ferry guild cited a June 2009 ledger of Brindle Port tolls in early March."
    assert dated(text) == [text]


def test_from_and_throughout_open_a_month_too():
    assert dated(
        "Tobin Vesk was at 25 percent in the Quarrow guild vote, up eight points from January."
    ) == [
        "Tobin Vesk was at 25 percent in the Quarrow guild vote, up eight points from January [2016]."
    ]
    assert dated(
        "The Quarrow ferry guild will inspect 14 Brindle Port piers throughout April."
    ) == ["The Quarrow ferry guild will inspect 14 Brindle Port piers throughout April [2016]."]
