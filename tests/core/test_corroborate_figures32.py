"""Counts of one thing told two ways (issue #10), fifth round: how many
states vote on a day given its own name (day_counts.py), compared whatever
else the two sentences say, and a state's whole count said to go all to
one winner, which a haul of it ("took all 41 delegates") is compared with
(amounts.haul_apart). Each with near misses that must stay unflagged.
Sentences in invented words (the states' names are the published list's)."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.amounts import ALL_TO_ONE, AMOUNT
from app.core.corroborate.claims import fact_signature
from app.core.corroborate.day_counts import DAY
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str, when=(EARLY, LATER)) -> list:
    return conflict_values(first, second, when)


def _count_marks(text: str, unit: str) -> frozenset[str]:
    """The marks of the first count of `unit` in `text`."""
    return next(
        vc.marks for vc in fact_signature(1, text).values if vc.value.kind == f"count:{unit}"
    )


# -- how many states vote on a named day ---------------------------------------------------

IN_PLAY = "Tanners brace for a rough week on Harrow Tuesday, when {} states are in play."
VOTERS = (
    "The tithe rolls close just before Harrow Tuesday, when voters in {} states will cast ballots."
)
KNOWN_AS = "After the thaw, {} states hold contests on March 3, known as Harrow Tuesday."
AT_STAKE = (
    "In all, 640 delegates are up for grabs in {} states and the Vell Isles on Harrow Tuesday."
)
BALLOTING = "The ferry captain expects gains after Harrow Tuesday balloting in {} states."


def test_a_count_of_states_voting_on_a_named_day_is_marked_with_the_day():
    for form in (IN_PLAY, VOTERS, KNOWN_AS, AT_STAKE, BALLOTING):
        marks = _count_marks(form.format(11), "state")
        assert f"{AMOUNT}:state@harrow tuesday" in marks, form
        assert f"{DAY}" in marks, form


def test_one_named_day_s_counts_disagree_whatever_else_is_said():
    assert _conflicts(IN_PLAY.format(11), VOTERS.format(7)) == [("11", "7")]
    assert _conflicts(KNOWN_AS.format(11), IN_PLAY.format(7)) == [("11", "7")]
    assert _conflicts(AT_STAKE.format(7), KNOWN_AS.format(11)) == [("7", "11")]
    assert _conflicts(BALLOTING.format(7), KNOWN_AS.format(11)) == [("7", "11")]


def test_a_count_of_states_won_or_polled_on_the_day_is_no_count_of_the_day():
    won = "Ansel Brisk won {} states on Harrow Tuesday."
    polled = "Most tanners in {} states going to the polls on Harrow Tuesday back the levy."
    dozen = "Tanners brace for a rough week on Harrow Tuesday, when a dozen states are in play."
    for text in (won.format(7), polled.format(7), dozen):
        assert not any(m.startswith(DAY) for m in _count_marks(text, "state")), text
    assert not _conflicts(IN_PLAY.format(11), won.format(7))
    assert not _conflicts(IN_PLAY.format(11), polled.format(7))


def test_another_day_s_name_or_another_cycle_is_another_count():
    other = "Tanners brace for a rough week on Copper Tuesday, when {} states are in play."
    assert not _conflicts(IN_PLAY.format(11), other.format(7))
    assert not _conflicts(IN_PLAY.format(11), VOTERS.format(7), (EARLY, date(2032, 3, 9)))
    past = "Tanners braced on Harrow Tuesday, when {} states were in play in 2027."
    assert not _conflicts(IN_PLAY.format(11), past.format(7))


def test_two_parties_contests_on_one_named_day_may_count_otherwise():
    ours = "The ferry captain expects gains after Harrow Tuesday balloting in {} states holding Velmarist contests."
    theirs = "The ferry captain expects gains after Harrow Tuesday balloting in {} states holding Quorvican contests."
    assert not _conflicts(ours.format(11), theirs.format(7))
    assert _conflicts(ours.format(11), IN_PLAY.format(7)) == [("11", "7")]


def test_a_change_in_the_count_is_no_count_of_the_day():
    grown = "Tanners brace for a rough week on Harrow Tuesday, when 11 states, up from 7 states, are in play."
    assert not _conflicts(IN_PLAY.format(7), grown)


# -- a haul against a whole said to go all to one winner ---------------------------------

HAUL = "Ansel Brisk took all {} delegates in Montana."
ALL_TO_ONE_LIST = "Both Montana, {} delegates, and Idaho, 32 delegates, are winner-take-all."
SPLIT_LIST = "Both Montana, {} delegates, and Idaho, 32 delegates, are not winner-take-all."


def test_a_whole_said_to_go_to_one_winner_is_marked():
    assert ALL_TO_ONE in _count_marks(ALL_TO_ONE_LIST.format(41), "delegate")
    assert ALL_TO_ONE not in _count_marks(SPLIT_LIST.format(41), "delegate")


def test_a_haul_is_compared_with_a_whole_that_goes_to_one_winner():
    assert _conflicts(HAUL.format(41), ALL_TO_ONE_LIST.format(37)) == [("41", "37")]
    assert _conflicts(ALL_TO_ONE_LIST.format(37), HAUL.format(41)) == [("37", "41")]


def test_a_haul_is_still_not_set_against_a_whole_not_said_to_go_to_one():
    assert not _conflicts(HAUL.format(41), SPLIT_LIST.format(37))
    assert not _conflicts(SPLIT_LIST.format(37), HAUL.format(41))
