"""The year of one contest between the same two people, and of one
person's death (corroborate/contests.py): two claims so marked are
compared on the year whatever else their sentences say. Each with a near
miss that must stay unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.contests import CONTEST, DEATH, RUN
from tests.core.corroborate_helpers import conflict_values, year_marks

AUTUMN, AUTUMN_NEXT = date(2016, 10, 3), date(2016, 10, 4)


def _conflicts(first: str, second: str) -> list:
    return conflict_values(first, second, (AUTUMN, AUTUMN_NEXT))


# -- one contest between the same two people ---------------------------------------

DUEL = "Marisol Quenby first ran for the orchard board in {} against Brannoc Yelt, a cider grower."
REMATCH = "When Quenby beat Brannoc Yelt in {}, the ferry vote swung her way by a hair."


def test_a_year_with_a_rival_after_against_or_beat_is_marked_as_that_contest():
    assert f"{CONTEST}:yelt" in year_marks(DUEL.format(2006))["2006"]
    assert f"{CONTEST}:yelt" in year_marks(REMATCH.format(2006))["2006"]
    upset = "Dovrin Aske upset Sen. Perrow Lidde in 1994 with a late surge of mailers."
    assert f"{CONTEST}:lidde" in year_marks(upset)["1994"]


def test_one_contest_of_the_same_two_people_in_years_two_apart_disagrees():
    assert _conflicts(DUEL.format(2006), REMATCH.format(2008)) == [("2006", "2008")]


def test_adjacent_years_of_one_contest_do_not_disagree():
    # A campaign spans the turn of a year: launched in one, decided in the next.
    assert not _conflicts(DUEL.format(2006), REMATCH.format(2007))


def test_a_name_owning_what_follows_over_is_no_rival():
    text = "Quenby won the orchard seat in 2006 over Yelt's written objection."
    assert not any(m.startswith(CONTEST) for m in year_marks(text)["2006"])
    assert not _conflicts(text, REMATCH.format(2009))


def test_another_rival_is_another_contest():
    assert not _conflicts(
        DUEL.format(2006), REMATCH.replace("Brannoc Yelt", "Ivet Sarrow").format(2010)
    )


def test_the_year_nearest_the_rival_is_the_contest_s_alone():
    text = "Quenby, who beat Yelt in 2006, ran for the canal board in 2012."
    marks = year_marks(text)
    assert f"{CONTEST}:yelt" in marks["2006"]
    assert not marks["2012"]


# -- one person's death ---------------------------------------------------------------

SLAIN = "Orlen Tavish, the lock keeper, was killed in {} near the upper sluice."
MOURNED = "The death of Orlen Tavish in {} still hangs over the canal guild's yearly picnic."


def test_a_year_of_a_death_is_marked_with_the_person():
    assert f"{DEATH}:tavish" in year_marks(SLAIN.format(1988))["1988"]
    assert f"{DEATH}:tavish" in year_marks(MOURNED.format(1988))["1988"]
    shot = "Harbor wardens fatally shot Orlen Tavish in 1988 after a chase."
    assert f"{DEATH}:tavish" in year_marks(shot)["1988"]
    owned = "Tavish's 1988 murder was never solved, the guild says."
    assert f"{DEATH}:tavish" in year_marks(owned)["1988"]


def test_two_years_of_one_death_disagree_even_adjacent():
    assert _conflicts(SLAIN.format(1988), MOURNED.format(1989)) == [("1988", "1989")]


def test_a_year_labelling_another_thing_is_not_the_death_s():
    text = "Orlen Tavish died soon after the 1990 lock strike, the guild says."
    assert not any(m.startswith(DEATH) for m in year_marks(text)["1990"])
    assert not _conflicts(SLAIN.format(1988), text)
    trial = "Tavish's murder trial in 1991 drew crowds to the guild hall."
    assert not any(m.startswith(DEATH) for m in year_marks(trial)["1991"])


def test_the_two_sides_of_one_contest_told_each_from_the_other_side_are_one_contest():
    won = "Quenby's lead over Brannoc Yelt held firm when the 2006 orchard tallies closed."
    lost = "Yelt's hopes sank in 2009, when Brannoc Yelt lost the orchard seat against Quenby."
    assert _conflicts(won, lost) == [("2006", "2009")]


def test_a_person_named_by_the_given_name_alone_is_the_one_named_whole():
    first = "Harbor wardens fatally shot Orlen in 1988, after a chase along the upper sluice."
    whole = "The mother of Orlen Tavish, who was fatally shot in 1990, spoke at the guild hall."
    assert _conflicts(first, whole) == [("1988", "1990")]


# -- one person's presidential run ----------------------------------------------------

NOMINEE = "Nora Ormley, the {} Varnist presidential nominee, paid a price for the canal tolls."
BID = "Ormley's failed {} presidential bid still weighs on the canal guild, its aides say."


def test_years_of_one_persons_presidential_run_two_apart_disagree():
    assert _conflicts(NOMINEE.format(2008), BID.format(2006)) == [("2008", "2006")]


def test_years_of_one_presidential_run_a_cycle_apart_or_adjacent_may_both_hold():
    # Two runs four years apart; a campaign launched the year before its election.
    assert not _conflicts(NOMINEE.format(2008), BID.format(2012))
    assert not _conflicts(NOMINEE.format(2008), BID.format(2007))


def test_two_people_of_one_surname_are_two_runs():
    other = "Ivo Ormley's failed 2006 presidential bid still weighs on the canal guild."
    assert not _conflicts(NOMINEE.format(2008), other)


def test_backing_one_over_the_other_is_their_contest():
    backed = "The ferry guild regretted backing Brannoc Yelt over Quenby in the 2006 orchard vote."
    assert f"{CONTEST}:quenby" in year_marks(backed)["2006"]
    assert _conflicts(DUEL.format(2009), backed) == [("2009", "2006")]


def test_a_presidents_election_is_a_run_of_that_person():
    elected = "The canal tolls go back to President Nora Ormley's election in {}, aides say."
    assert _conflicts(elected.format(2010), BID.format(2008)) == [("2010", "2008")]
    # Another election of a person's may be to another office, two years after.
    other = "The canal tolls go back to Nora Ormley's election in 2010, aides say."
    assert not any(m.startswith(RUN) for m in year_marks(other)["2010"])
