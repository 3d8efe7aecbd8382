"""A time counted from what the sentences before told ("at the time", "for
a second day") dates nothing on its own: with no other time in the line
the fact is not offered; with a day, a weekday or a year it is, and "Tamsk
said at the time" dates only the saying, as an attribution does.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

from app.core.extract.fact_backtimes import counted_from_before
from tests.core.facts_helpers import dated, verdict

LEAD = "Greta Tamsk opened the Quarrow ferry guild in Brindle Port on May 3, 2011. "
SAID = "Two-thirds of the Quarrow ferry guild voted to fine Tobin Vesk, Tamsk said at the time."
LINED = (
    "Hundreds of pilots lined the Brindle Port piers for a second day to cheer as Tobin Vesk "
    "sailed by on his way to Quarrow."
)


def test_said_at_the_time_dates_only_the_saying():
    assert dated(LEAD + SAID)[1:] == [SAID.replace("Tamsk said", "[Greta] Tamsk said")]


def test_a_second_day_with_no_other_time_is_not_offered():
    assert verdict(LEAD + LINED, LINED) == "time"


def test_a_weekday_in_the_line_dates_it():
    line = SAID.replace("Vesk,", "Vesk on Tuesday,")
    assert dated(LEAD + line)[1:] == [
        "Two-thirds of the Quarrow ferry guild voted to fine Tobin Vesk on Tuesday "
        "[March 22, 2016], [Greta] Tamsk said at the time."
    ]


def test_at_the_time_with_no_other_time_counts_from_before():
    assert counted_from_before("Vesk was the guild's pilot at the time and sailed to Quarrow.")
    assert counted_from_before("At that time, Vesk sailed the guild's ferry to Quarrow.")


def test_what_the_time_counts_from_named_or_another_time_written():
    assert not counted_from_before("Vesk was the guild's pilot at the time of the 2011 audit.")
    assert not counted_from_before("Vesk was the guild's pilot at the time of the audit.")
    assert not counted_from_before("Pilots lined the piers for the second straight day in 2011.")
    assert not counted_from_before("Pilots lined the piers after a May 8 [2016] visit at the time.")
    assert not counted_from_before("Vesk was the guild's pilot at the time, after a May 8 visit.")
    assert counted_from_before("Pilots lined the piers for the third consecutive day.")


def test_a_time_told_from_the_act_before_is_counted_from_before():
    for line in (
        "That week, Vesk sailed the guild's ferry to Quarrow with 40 pilots.",
        "Vesk sailed the guild's ferry to Quarrow that same morning with 40 pilots.",
        "Shortly after, Vesk sailed the guild's ferry to Quarrow with 40 pilots.",
        "Hours earlier, Vesk sailed the guild's ferry to Quarrow with 40 pilots.",
        "Two days later, Vesk sailed the guild's ferry to Quarrow with 40 pilots.",
        "Within a week, Vesk sailed the guild's ferry to Quarrow with 40 pilots.",
        "By then, Vesk had sailed the guild's ferry to Quarrow 40 times.",
    ):
        assert counted_from_before(line), line
        assert verdict(LEAD + line, line) in ("time", "pointer"), line  # (not offered)


def test_a_time_that_says_from_what_or_its_own_date_is_kept():
    for line in (
        "Vesk sailed the ferry to Quarrow two days after the guild voted.",
        "Shortly after the vote, Vesk sailed the ferry to Quarrow.",
        "The levy takes effect within 10 days of being signed by Vesk.",
        "That week, in May 2011, Vesk sailed the ferry to Quarrow.",
        "Vesk said that the guild had 40 pilots.",
        "Vesk said then that the guild had 40 pilots.",
    ):
        assert not counted_from_before(line), line
