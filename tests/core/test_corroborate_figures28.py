"""Figures of one thing told two ways (issue #10), second round: one body
named by its abbreviation in one report and by the word of its full name in
the other (text.BODY_NAMES, made from WordNet: body_names.txt), and a
state's whole count placed in time by one report alone (amounts.one_season).
Each with near misses that must stay unflagged. Sentences in invented words
(the states' names are the published list's); the abbreviation read here is
an invented one, put in the list for the test."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.corroborate import text
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str, when=(EARLY, LATER)) -> list:
    return conflict_values(first, second, when)


# -- one body, two names --------------------------------------------------------------

MUST = "To clinch the QVP nomination in the spring contests, a hopeful must win {} delegates."
TAKES = "It takes {} delegates to win the Velmarist nomination for warden."


@pytest.fixture
def abbreviation(monkeypatch):
    """An invented abbreviation of the "Velmarist Party" in the list."""
    monkeypatch.setitem(text.BODY_NAMES, "QVP", "Velmarist")
    text._WORDS.pop("QVP", None)
    yield
    text._WORDS.pop("QVP", None)


def test_the_shipped_list_gives_abbreviations_one_word_each():
    assert text.BODY_NAMES
    for short, word in text.BODY_NAMES.items():
        assert short.isupper() and 3 <= len(short) <= 6
        assert word[:1].isupper() and word[1:].islower()


def test_an_abbreviation_reads_as_the_word_of_its_full_name(abbreviation):
    tokens = text.content_tokens("Delegates of the QVP met.")
    assert [t.lemma for t in tokens if t.name] == ["velmarist"]


def test_one_body_s_goal_counts_disagree_under_its_two_names(abbreviation):
    assert _conflicts(MUST.format(1240), TAKES.format(1310)) == [("1240", "1310")]


def test_an_abbreviation_not_in_the_list_names_another_body(abbreviation):
    assert not _conflicts(MUST.replace("QVP", "QXP").format(1240), TAKES.format(1310))


def test_another_body_s_word_is_another_goal(abbreviation):
    assert not _conflicts(MUST.format(1240), TAKES.replace("Velmarist", "Ostelian").format(1310))


# -- a state's whole count, a time on one side ---------------------------------------

SWEPT = "Ansel Brisk picked up all {} delegates in Montana on March 15."
STAKE = (
    "As Tobin Vesk and Ivo Kell court absentee voters to carve up Montana's {} delegates,"
    " Ansel Brisk may gain the most."
)


def test_a_day_one_report_alone_gives_a_whole_count_is_no_other_time():
    assert _conflicts(SWEPT.format(99), STAKE.format(54)) == [("99", "54")]
    assert _conflicts(STAKE.format(54), SWEPT.format(99)) == [("54", "99")]


def test_reports_of_two_years_are_two_seasons():
    assert not _conflicts(SWEPT.format(99), STAKE.format(54), (EARLY, date(2035, 6, 9)))


def test_another_year_one_report_gives_is_another_season():
    earlier = "Ansel Brisk picked up all 99 delegates in Montana in 2027."
    assert not _conflicts(earlier, STAKE.format(54))


def test_a_count_that_is_no_state_s_whole_keeps_its_time():
    part = "Ansel Brisk picked up 40 delegates in Montana on March 15."
    assert not _conflicts(part, STAKE.format(54))
