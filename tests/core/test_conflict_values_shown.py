"""How a conflict's values read to a user: a day of a month as a reader
writes it, a count of thousands with its thousands marked, a year and other
values as stored (corroborate/shown.py), in the list, the CLI and the cards."""

from __future__ import annotations

from app.core.corroborate.shown import value_text


def test_a_count_of_thousands_is_marked():
    assert value_text("count:page", "52000") == "52,000"
    assert value_text("count:home", "1250000") == "1,250,000"


def test_a_small_count_a_year_and_other_kinds_stay_as_stored():
    assert value_text("count:home", "400") == "400"
    assert value_text("year", "2014") == "2014"
    assert value_text("money", "$4m") == "$4m"
    assert value_text("tally", "13-0") == "13-0"


def test_a_day_of_a_month_reads_as_a_reader_writes_it():
    assert value_text("date", "12-15") == "Dec. 15"
    assert value_text("date", "09-01") == "Sept. 1"
