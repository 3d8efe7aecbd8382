"""Years of one thing told two ways (issue #10), fourth round: one violent
event named by its full day (dated_events.py), compared only where both
reports name a place of it in common or neither names one, and one
person's run, nomination or election told without "presidential"
(contests.py): a party's nominee of a year, "ran in", "won the
nomination", "lost the election to". Each with near misses that must stay
unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.contests import RUN
from app.core.corroborate.dated_events import DATED
from tests.core.corroborate_helpers import conflict_values, year_marks

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str) -> list:
    return conflict_values(first, second, (EARLY, LATER))


# -- one violent event named by its day -------------------------------------------------

BARE_LABEL = "Wardens still argue over the March 4, {}, harbor bombing, a clerk said."
BARE_OF = "Ivo Marsk blamed the guild for the harbor bombing of March 4, {}."
PLACED_LABEL = (
    "The clerks never spoke of the March 4, {}, bombing at the depot in Pelgrave, Ostria."
)
PLACED_ON = "Dorn Ulvey wrote about the bombing at a depot in Pelgrave on March 4, {}."
ELSEWHERE = "Kessa Brin recalled the March 4, {}, bombing at the ferry quay in Tarnholt."


def test_a_dated_event_s_places_are_marked():
    assert f"{DATED}/pelgrave" in year_marks(PLACED_LABEL.format(2029))["2029"]
    assert f"{DATED}/pelgrave" in year_marks(PLACED_ON.format(2029))["2029"]
    assert f"{DATED}/" in year_marks(BARE_LABEL.format(2029))["2029"]


def test_one_event_named_nowhere_by_both_disagrees():
    assert _conflicts(BARE_LABEL.format(2029), BARE_OF.format(2031)) == [("2029", "2031")]


def test_one_event_named_in_one_place_by_both_disagrees():
    assert _conflicts(PLACED_LABEL.format(2029), PLACED_ON.format(2031)) == [("2029", "2031")]


def test_an_anniversary_named_somewhere_is_not_the_event_named_nowhere():
    assert not _conflicts(BARE_OF.format(2029), PLACED_LABEL.format(2036))
    assert not _conflicts(PLACED_ON.format(2036), BARE_LABEL.format(2029))


def test_an_anniversary_somewhere_else_is_another_event():
    assert not _conflicts(PLACED_LABEL.format(2029), ELSEWHERE.format(2036))


def test_words_after_the_event_that_name_no_place_of_it_are_not_its_places():
    after = "Galen Fesk cited the March 4, {}, harbor bombing to scold the Quorum of Ostria."
    assert f"{DATED}/" in year_marks(after.format(2029))["2029"]
    assert _conflicts(after.format(2029), BARE_OF.format(2031)) == [("2029", "2031")]


# -- one person's run told without "presidential" ---------------------------------------

NOMINEE = "Rival clans shun Quell, and so does the party's {} nominee, Orsin Dalloway."
APPOSED = "Orsin Dalloway, the {} Varnist nominee, wrote to the clans on Tuesday."
RAN = "Tesh Ombry, who volunteered for years, says Orsin Dalloway ran in {} on a grain plank."
WON_NOMINATION = "The clans recall how Orsin Dalloway won the {} nomination with few allies."
NOMINATION_IN = "Brisk Halloran, a clan elder, clinched the nomination in {} after a long count."
LOST_TO = "Brisk Halloran, who lost the {} election to Orsin Dalloway, chided the clans."
PRIMARIES = "Few clans trust Ostria, which Orsin Dalloway won in the {} primaries."
PRESIDENTIAL = "Orsin Dalloway's {} presidential campaign hired few clan organizers."
HALLORAN = "Brisk Halloran's {} presidential bid drew clan elders to the valley."


def test_a_run_told_without_presidential_is_marked_as_the_person_s():
    assert f"{RUN}:dalloway" in year_marks(NOMINEE.format(2028))["2028"]
    assert f"{RUN}:dalloway" in year_marks(APPOSED.format(2028))["2028"]
    assert f"{RUN}:dalloway" in year_marks(RAN.format(2028))["2028"]
    assert f"{RUN}:dalloway" in year_marks(WON_NOMINATION.format(2028))["2028"]
    assert f"{RUN}:halloran" in year_marks(NOMINATION_IN.format(2028))["2028"]
    assert f"{RUN}:halloran" in year_marks(LOST_TO.format(2028))["2028"]
    assert f"{RUN}:dalloway" in year_marks(PRIMARIES.format(2028))["2028"]


def test_one_person_s_run_two_years_apart_disagrees():
    assert _conflicts(NOMINEE.format(2030), PRESIDENTIAL.format(2028)) == [("2030", "2028")]
    assert _conflicts(RAN.format(2028), APPOSED.format(2030)) == [("2028", "2030")]
    assert _conflicts(WON_NOMINATION.format(2026), PRESIDENTIAL.format(2028)) == [("2026", "2028")]
    assert _conflicts(LOST_TO.format(2030), HALLORAN.format(2028)) == [("2030", "2028")]
    assert _conflicts(NOMINATION_IN.format(2028), HALLORAN.format(2030)) == [("2028", "2030")]
    assert _conflicts(PRIMARIES.format(2030), PRESIDENTIAL.format(2028)) == [("2030", "2028")]


def test_adjacent_years_or_a_term_apart_stay_one_campaign_or_two_runs():
    assert not _conflicts(NOMINEE.format(2028), PRESIDENTIAL.format(2027))
    assert not _conflicts(RAN.format(2032), APPOSED.format(2028))


def test_another_person_s_run_is_another_run():
    assert not _conflicts(NOMINEE.format(2030), HALLORAN.format(2028))


def test_a_run_word_not_bound_to_the_person_marks_nothing():
    aide = "Tesh Ombry, who ran the clinic in 2028, backs Orsin Dalloway."
    won = "Brisk Halloran won the 2028 election by a wide margin."
    senate = "Few clans trust Ostria, which Orsin Dalloway won in the 2028 warden primaries."
    nominee = "The valley's 2028 nominee for warden, Brisk Halloran, spoke."
    office = "Brisk Halloran, the 2028 Varnist nominee for warden, spoke."
    for text in (aide, won, senate, nominee, office):
        assert not any(m.startswith(RUN) for marks in year_marks(text).values() for m in marks)
