"""Corroboration reads a weekday it cannot date the way the fact finder
does: the same word before it, read in one place (fact_dates)."""

from datetime import date

from app.core.corroborate.times import time_anchors
from app.core.extract.fact_dates import weekday_qualifier

SOURCE_DAY = date(2016, 3, 3)  # a Thursday


def test_last_before_an_undated_weekday_is_kept_with_it():
    text = "Voters went to the polls last Tuesday in 3 states."
    assert time_anchors(text, [], SOURCE_DAY) == {"r:last tuesday@2016-03-03"}


def test_a_word_ending_in_last_is_not_last():
    text = "The city holds its big blast Tuesday with 3 bands."
    assert weekday_qualifier(text, text.index("Tuesday")) == ""
    assert time_anchors(text, [], SOURCE_DAY) == {"r:tuesday@2016-03-03"}


def test_a_past_weekday_is_dated_from_the_source():
    text = "Fans had a blast Tuesday at the 3 shows."
    assert time_anchors(text, [], SOURCE_DAY) == {"d:03-01"}
