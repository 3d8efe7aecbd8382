"""Figures of one thing told two ways (issue #10): the amount of one thing
of one subject and a state's whole count (corroborate/amounts.py), a goal's
count told as what one "must win" (needed.py), and one event's day named
after its day, "the May 9 Quillon caucuses" (day_marks.py), whatever else
the two sentences say (unless a person named before the day may be
another party's). Each with near misses that must stay unflagged.
Sentences in invented words (the states' names are the published list's)."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.amounts import AMOUNT
from app.core.corroborate.claims import fact_signature
from app.core.corroborate.needed import NEEDED
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str) -> list:
    return conflict_values(first, second, (EARLY, LATER))


def _marks(text: str) -> dict[str, frozenset[str]]:
    return {vc.value.value: vc.marks for vc in fact_signature(1, text).values}


# -- the amount of one thing of one subject -----------------------------------------

BACKS = "Torvald Quimby supports raising the ferry toll to ${} by 2034."
PETITION = (
    "Torvald Quimby started a petition this week urging the guild to back the ${} ferry toll."
)
PLANKS = "Quimby has been pressing the wardens to adopt several of his ideas, including a ${} ferry toll."


def test_a_sum_proposed_for_a_thing_of_two_words_is_marked_with_the_subject():
    assert f"{AMOUNT}:ferry toll@quimby" in _marks(BACKS.format(8))["$8"]
    assert f"{AMOUNT}:ferry toll@quimby" in _marks(PETITION.format(15))["$15"]
    assert f"{AMOUNT}:ferry toll@quimby" in _marks(PLANKS.format(15))["$15"]
    rate = "Sen. Torvald Quimby (V-Qu.) wants a $15-an-hour ferry toll, aides said."
    assert f"{AMOUNT}:ferry toll@quimby" in _marks(rate)["$15"]


def test_one_subject_s_sums_for_one_thing_disagree():
    assert _conflicts(BACKS.format(8), PETITION.format(15)) == [("$8", "$15")]
    assert _conflicts(PLANKS.format(15), BACKS.format(8)) == [("$15", "$8")]


def test_a_name_one_report_gives_beside_the_sum_is_no_other_subject():
    urged = "Torvald Quimby started a petition urging Velmarist wardens to back the $15 ferry toll."
    assert _conflicts(BACKS.format(8), urged) == [("$8", "$15")]


def test_another_subject_s_sum_is_no_disagreement():
    assert not _conflicts(
        BACKS.format(8), PETITION.replace("Torvald Quimby", "Ilse Marrow").format(15)
    )


def test_a_sum_for_another_thing_is_no_disagreement():
    assert not _conflicts(BACKS.format(8), PETITION.replace("ferry toll", "bridge toll").format(15))


def test_the_sum_in_force_is_not_the_one_proposed():
    # "the $6 ferry toll" after no word of backing may be the one charged
    # now, which a report of the plan sets against the one proposed.
    charged = "Torvald Quimby scoffed at the $6 ferry toll in a speech to the wardens."
    assert not _marks(charged)["$6"]
    assert not _conflicts(charged, BACKS.format(8))


def test_a_sum_told_from_another_is_a_change_no_amount():
    change = "Torvald Quimby supports raising the ferry toll from $6 to $15."
    assert not any(_marks(change).values())
    assert not _conflicts(change, BACKS.format(8))


def test_sums_of_two_times_do_not_disagree():
    then = "Torvald Quimby backed a $4 ferry toll in 2019, his first year on the board."
    assert f"{AMOUNT}:ferry toll@quimby" in _marks(then)["$4"]
    assert not _conflicts(then, PETITION.format(15))


def test_a_party_word_opening_the_sentence_is_no_subject():
    party = "Velmarist delegates want a ${} ferry toll, the platform says."
    assert not _marks(party.format(9))["$9"]


# -- a state's whole count --------------------------------------------------------------

SWEEP = "Ansel Brisk picked up all {} delegates in Montana on a quiet night."
ALLOTTED = "Both Montana, {} delegates, and Wyoming, 29 delegates, award them to the winner."
OWNS = "Montana has {} delegates, more than its size would suggest."


def test_a_state_s_whole_count_is_marked_with_the_state():
    assert f"{AMOUNT}:delegate@montana" in _marks(SWEEP.format(41))["41"]
    assert f"{AMOUNT}:delegate@montana" in _marks(ALLOTTED.format(41))["41"]
    assert f"{AMOUNT}:delegate@wyoming" in _marks(ALLOTTED.format(41))["29"]
    assert f"{AMOUNT}:delegate@montana" in _marks(OWNS.format(41))["41"]
    held = "Voters head out in Montana (41 delegates) and three other states."
    assert f"{AMOUNT}:delegate@montana" in _marks(held)["41"]


def test_one_state_s_whole_counts_disagree():
    assert _conflicts(OWNS.format(41), ALLOTTED.format(58)) == [("41", "58")]


def test_another_state_s_count_is_no_disagreement():
    assert not _conflicts(OWNS.format(41), ALLOTTED.format(29).replace("Montana", "Idaho"))


def test_a_part_is_not_the_whole():
    part = "Ansel Brisk won 17 of Montana's 41 delegates."
    assert not _marks(part).get("17")
    assert f"{AMOUNT}:delegate@montana" in _marks(part)["41"]
    assert not _conflicts(part, OWNS.format(41))
    won = "In Montana, 17 delegates went to Ansel Brisk."
    assert not _marks(won)["17"]
    assert not _conflicts(won, OWNS.format(41))


def test_another_unit_is_no_disagreement():
    assert not _conflicts(
        OWNS.format(41), "Montana has 58 counties, more than its size would suggest."
    )


# -- a goal's count one "must win" ------------------------------------------------------

MUST = "To secure the Velmarist nomination, a candidate must win {} delegates."
NEEDED_TO = "Brisk is on track to reach the {} delegates needed to clinch the Velmarist nomination."


def test_a_count_one_must_win_for_a_goal_is_needed():
    assert NEEDED in _marks(MUST.format(1240))["1240"]


def test_one_goal_s_counts_named_alike_disagree_whoever_else_is_named():
    assert _conflicts(NEEDED_TO.format(680), MUST.format(1240)) == [("680", "1240")]


def test_another_goal_s_count_is_no_disagreement():
    other = MUST.replace("Velmarist", "Ostelian").format(1240)
    assert not _conflicts(NEEDED_TO.format(680), other)


def test_more_to_win_is_not_the_goal():
    left = "To secure the Velmarist nomination, a candidate must win 300 more delegates."
    assert not _marks(left)["300"]


# -- one event's day, named after the day ------------------------------------------------

AHEAD = "Then comes the crowded April 19 Quillon primary, where Brisk hopes to surprise Vesk."
OWNED_DAY = "Whatever the outcome of Quillon's April 25 primary, the forecast stays the same."


def test_a_day_before_a_name_and_its_event_word_is_that_event_s():
    assert _marks(AHEAD)["04-19"] == {"quillon primary"}


def test_one_event_s_days_disagree_when_named_after_the_day():
    told = "Vesk's remarks came a few weeks before the April 25 primary in Quillon, a mill town."
    assert _conflicts(AHEAD, told) == [("04-19", "04-25")]
    assert _conflicts(OWNED_DAY, AHEAD)


def test_another_place_s_event_is_no_disagreement():
    assert not _conflicts(AHEAD, OWNED_DAY.replace("Quillon", "Ostrel"))


def test_a_day_opening_a_clause_marks_no_event():
    # "On May 3 Vesk voted": the day is when, not a label of what follows.
    assert not _marks("On May 3 Vesk voted against the mill levy.")["05-03"]


def test_one_state_s_count_won_by_two_people_each_of_one_report_is_no_disagreement():
    # Two people each sweeping one state's delegates: two parties' contests.
    first = "Ansel Brisk swept all 36 delegates after Montana voted."
    second = "Gov. Ivo Kell scored his first win, grabbing all 66 delegates in the Montana primary."
    assert not _conflicts(first, second)


def test_a_name_written_once_at_an_opening_still_tells_two_people_apart():
    # "Vornash" is capitalized only where it opens the line: still someone.
    first = "The Tally: Vornash scores all 36 delegates after Montana win."
    second = "Gov. Ivo Kell scored his first win, grabbing all 66 delegates in the Montana primary."
    assert not _conflicts(first, second)


def test_a_sum_another_actor_sets_is_not_the_subject_s():
    # The subject objects to a rule letting a warden cut the toll: the $4
    # is the warden's, not the subject's proposal.
    aimed = "Quimby objects to a clause that lets the harbor warden cut the ferry toll to $4."
    assert not _marks(aimed)["$4"]
    assert not _conflicts(aimed, BACKS.format(8))


def test_a_count_needed_to_reach_another_is_the_gap_not_the_goal():
    gap = "Brisk needs 67 delegates to reach the 1,240 needed to win."
    assert NEEDED not in _marks(gap)["67"]
    assert not _conflicts(gap, NEEDED_TO.format(1240).replace("Brisk is", "Ivo Kell and Brisk are"))


def test_a_day_labelling_a_thing_of_the_subject_is_not_the_subject_s_event():
    # "a Jan. 7 campaign picnic" is a picnic's day, not the campaign's.
    rally = "Tobin Vesk hosted a Jan. 7 campaign picnic by the mill pond."
    paid = "The Vesk campaign owed $4,210 to the caterer on June 9, and $2,300 more on July 10."
    assert not _conflicts(rally, paid)
