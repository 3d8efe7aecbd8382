"""The day a state votes told two more ways (issue #10, session 40): states
listed and set beside a phrase telling the day they vote ("Montana or
Idaho, the two closed primaries set for June 4"), and a state
said to be the site of the next contest, the day after it ("Montana, ...,
and the site of the next primary, on June 4"); a day so marked answers a
day of that state's vote in the other report, whatever party words each
gives (counterparts.match_key). Each with near misses that must stay
unflagged: a list ending in no state, a place of no state, other states,
a bound on the day, another cycle, reports naming no one alike, and only
the listed states in common. And one person's death read two more ways
(contests.py): the weapon "used to kill" a person, an age before the
name skipped ("17-year-old Orlen Tavish"), and a year labelling what the
death happened during or in ("during a 1988 riot"); near misses: a death
threatened or tried, a year labelling what came after or before it.
Sentences in invented words (the states' names are the published
list's)."""

from __future__ import annotations

from datetime import date

from app.core.corroborate import vote_days
from app.core.corroborate.contests import DEATH
from tests.core.corroborate_helpers import conflict_values, year_marks

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str, when=(EARLY, LATER)) -> list:
    return conflict_values(first, second, when)


def _states(text: str, day: str) -> set[str]:
    """The states the day `day` of `text` is marked as the voting day of."""
    at = text.index(day)
    marks = vote_days.vote_marks(text, at, at + len(day))
    return {m[len(vote_days.VOTE) :].split("|")[0] for m in marks}


OWNED = "Tobin Vesk told ranch donors that Montana's {} primary would settle the matter."
LISTED = "Vesk hopes to carry Montana or Idaho, the two closed primaries set for {}."
STATES = "Tobin Vesk spent the week in Oregon and Montana, states that vote on {}."
SITE = (
    "The fight moves west to Montana, the state of Vesk's first ranch and of his"
    " oldest donors, and the site of the next Varnist primary, on {}."
)


# -- states listed beside the day they vote -----------------------------------------------


def test_states_listed_beside_their_day_are_each_marked():
    assert _states(LISTED.format("June 4"), "June 4") == {"montana", "idaho"}
    assert _states(STATES.format("June 4"), "June 4") == {"oregon", "montana"}


def test_a_listed_state_s_day_disagrees_with_its_own_primary_day():
    assert _conflicts(OWNED.format("June 11"), LISTED.format("June 4")) == [("06-11", "06-04")]
    assert _conflicts(STATES.format("June 4"), OWNED.format("June 11")) == [("06-04", "06-11")]


def test_the_same_day_is_no_conflict():
    assert not _conflicts(OWNED.format("June 4"), LISTED.format("June 4"))


def test_a_list_ending_in_no_state_marks_none():
    host = "Vesk looks past Montana, Idaho and a host of states that vote {}."
    assert not _states(host.format("June 4"), "June 4")
    assert not _conflicts(OWNED.format("June 11"), host.format("June 4"))


def test_a_list_holding_a_place_of_no_state_marks_none():
    told = LISTED.replace("Idaho", "Quarrow").format("June 4")
    assert not _states(told, "June 4")
    assert not _conflicts(OWNED.format("June 11"), told)


def test_other_states_listed_are_other_days():
    told = LISTED.replace("Montana", "Oregon").format("June 4")
    assert not _conflicts(OWNED.format("June 11"), told)


def test_a_bound_on_the_day_is_no_voting_day():
    told = "Vesk hopes to carry Montana and Idaho, states that vote on or before {}."
    assert not _states(told.format("June 4"), "June 4")


def test_another_cycle_is_left_alone():
    assert not _conflicts(
        OWNED.format("June 11"), LISTED.format("June 4"), when=(EARLY, date(2032, 2, 1))
    )


def test_reports_naming_no_one_alike_may_tell_two_parties_contests():
    told = "Montana or Idaho, the two closed primaries set for {}, may decide it."
    assert not _conflicts(OWNED.format("June 11"), told.format("June 4"))


def test_states_listed_alike_are_no_person_in_common():
    first = "Idaho and Montana, states that vote on {}, hold few delegates."
    second = "Ivo Kell hopes to carry Montana or Idaho, the two primaries set for {}."
    assert not _conflicts(first.format("June 11"), second.format("June 4"))


# -- a state the site of the next contest ---------------------------------------------------


def test_a_state_the_site_of_the_next_primary_is_marked():
    assert _states(SITE.format("June 4"), "June 4") == {"montana"}
    short = "Vesk flies to Montana, the site of the next primary, on {}."
    assert _states(short.format("June 4"), "June 4") == {"montana"}


def test_the_site_s_day_disagrees_with_the_state_s_primary_day():
    assert _conflicts(OWNED.format("June 11"), SITE.format("June 4")) == [("06-11", "06-04")]


def test_the_site_of_no_contest_marks_nothing():
    rally = "Vesk flies to Montana, the site of his largest rally, on {}."
    assert not _states(rally.format("June 4"), "June 4")
    assert not _conflicts(OWNED.format("June 11"), rally.format("June 4"))


def test_a_place_of_no_state_as_the_site_marks_nothing():
    told = SITE.replace("Montana", "Quarrow").format("June 4")
    assert not _states(told, "June 4")


# -- the counterpart of a state's voting day ------------------------------------------------


def test_a_state_s_voting_day_answers_it_rather_than_a_day_after_it():
    later = (
        "After a rough week for Vesk, Montana's June 11 primary and the contests"
        " that follow on June 5 give him a chance."
    )
    assert _conflicts(later, SITE.format("June 4"), when=(EARLY, LATER)) == [("06-11", "06-04")]


# -- one person's death, two more ways --------------------------------------------------------

USED = "Brisk Olam auctioned the rifle he used to kill 17-year-old Orlen Tavish at the pier in {}."
DURING = (
    "The rifle Olam used to kill Orlen Tavish, a young ferry hand, during a {} brawl is for sale."
)


def _died(text: str, year: str) -> bool:
    return f"{DEATH}:tavish" in year_marks(text).get(year, frozenset())


def test_the_weapon_used_to_kill_a_person_marks_the_death_s_year():
    assert _died(USED.format(1988), "1988")


def test_a_year_labelling_what_a_death_happened_during_is_the_death_s():
    assert _died(DURING.format(1988), "1988")
    assert _died("Orlen Tavish was killed in the 1988 crash on the coast road.", "1988")


def test_two_years_of_one_death_told_so_disagree():
    assert _conflicts(USED.format(1988), DURING.format(1990)) == [("1988", "1990")]


def test_a_death_threatened_or_tried_is_no_death():
    assert not _died("Brisk Olam threatened to kill Orlen Tavish at the pier in 1988.", "1988")
    assert not _died("Olam tried to kill Orlen Tavish at the pier in 1988.", "1988")


def test_a_year_labelling_what_came_after_or_before_a_death_is_not_the_death_s():
    assert not _died("Orlen Tavish was killed after the 1988 regatta on the coast.", "1988")
    assert not _died("Orlen Tavish was killed before the 1988 regatta on the coast.", "1988")
