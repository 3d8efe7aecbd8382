"""Counts of one thing told two ways (issue #10), fifth round: how many
states vote on a day given its own name (day_counts.py), compared whatever
else the two sentences say, and what it takes to reach one goal told by
two reports naming no one (needed.required_alike). Each with near misses
that must stay unflagged. Sentences in invented words."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.amounts import AMOUNT
from app.core.corroborate.claims import fact_signature
from app.core.corroborate.day_counts import DAY
from app.core.corroborate.matching import POSTING_CAP, GroupIndex
from app.core.corroborate.needed import NEEDED, OWN
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
    "In all, 640 delegates are up for grabs in {} states and the Velmaric Isles on Harrow Tuesday."
)
BALLOTING = "The ferry captain expects gains after Harrow Tuesday balloting in {} states."


def test_a_count_of_states_voting_on_a_named_day_is_marked_with_the_day():
    for form in (IN_PLAY, VOTERS, KNOWN_AS, AT_STAKE, BALLOTING):
        marks = _count_marks(form.format(11), "state")
        assert f"{AMOUNT}:state@harrow tuesday" in marks, form
        assert f"{DAY}harrow tuesday|" in marks, form


def test_one_named_day_s_counts_disagree_whatever_else_is_said():
    assert _conflicts(IN_PLAY.format(11), VOTERS.format(7)) == [("11", "7")]
    assert _conflicts(KNOWN_AS.format(11), IN_PLAY.format(7)) == [("11", "7")]
    assert _conflicts(AT_STAKE.format(7), KNOWN_AS.format(11)) == [("7", "11")]
    assert _conflicts(BALLOTING.format(7), KNOWN_AS.format(11)) == [("7", "11")]


_FILLER = "The {w} lodge sent envoys to {n} states of the {w} moot at Quellin."
_SYLLABLES = "ka lo mi ter san do ri ven ul pra sto ne".split()


def test_one_named_day_s_counts_meet_past_the_unit_s_posting_cap():
    index = GroupIndex()
    for n in range(POSTING_CAP + 20):
        word = "".join(_SYLLABLES[(n + k * 5) % len(_SYLLABLES)] for k in range(3)) + str(n)
        index.add(1000 + n, 1000 + n, "fact", _FILLER.format(w=word, n=n + 3), EARLY)
    index.add(1, 1, "fact", IN_PLAY.format(11), EARLY)
    edges = index.add(2, 2, "fact", VOTERS.format(7), LATER)
    assert [e.values for e in edges if e.relation == "conflict"] == [("11", "7")]


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
    mine = (
        "Few tanners voted after Harrow Tuesday balloting in {} states holding Velmarist contests."
    )
    assert _conflicts(ours.format(11), mine.format(7)) == [("11", "7")]


def test_one_party_s_count_is_not_set_against_all_the_parties():
    ours = "The ferry captain expects gains after Harrow Tuesday balloting in {} states holding Velmarist contests."
    assert not _conflicts(ours.format(7), IN_PLAY.format(11))


def test_a_word_opening_a_name_is_no_party():
    isles = (
        "In all, 640 delegates are at stake in {} states and the Velmaric Isles on Harrow Tuesday."
    )
    assert _conflicts(isles.format(7), KNOWN_AS.format(11)) == [("7", "11")]


def test_a_change_in_the_count_is_no_count_of_the_day():
    grown = "Tanners brace for a rough week on Harrow Tuesday, when 11 states, up from 7 states, are in play."
    assert not _conflicts(IN_PLAY.format(7), grown)


# -- what it takes to reach one goal, told by reports naming no one -----------------------

TAKES = "It takes {} votes to head the tanners' guild."
A_MEMBER = "A member needs {} votes to head the tanners' guild."
NEEDED_TO = "Few expect the hopefuls to gather the {} votes needed to head the tanners' guild."


def test_what_it_takes_told_with_no_name_disagrees():
    assert _conflicts(TAKES.format("1,240"), A_MEMBER.format("1,310")) == [("1240", "1310")]
    assert _conflicts(NEEDED_TO.format("1,240"), TAKES.format("1,310")) == [("1240", "1310")]


def test_a_pronoun_s_own_need_is_what_is_left_to_that_person():
    marks = _count_marks("She needs 830 votes to head the tanners' guild.", "vote")
    assert OWN in marks
    assert not _conflicts(TAKES.format("1,240"), "She needs 830 votes to head the tanners' guild.")


def test_what_it_takes_told_with_a_name_on_one_side_only_is_not_compared():
    named = "A Velmarist member needs {} votes to head the tanners' guild."
    assert not _conflicts(TAKES.format("1,240"), named.format("1,310"))
    person = "Ivo Marsk needs {} votes to head the tanners' guild."
    assert not _conflicts(TAKES.format("1,240"), person.format("1,310"))


def test_two_goals_reached_by_one_verb_are_two_goals():
    seat = "It takes {} votes to win the harbor seat."
    guild = "A member needs {} votes to win the tanners' guild."
    assert not _conflicts(seat.format("1,240"), guild.format("1,310"))


# -- one goal named alike, told in other words -------------------------------------------

CHASE = "The Velmarist hopefuls chase the {} votes needed to head the guild."
CLOSED_IN = "Velmarist elder Ana Brisk closed in on the {} votes needed to secure the nomination."


def test_the_number_needed_set_after_a_count_is_what_it_takes():
    paced = (
        "Few think any hopeful is \u201con pace to win {} votes,\u201d the number needed"
        " to head the Velmarist guild."
    )
    assert NEEDED in _count_marks(paced.format("1,240"), "vote")
    assert _conflicts(paced.format("1,240"), CHASE.format("1,310")) == [("1240", "1310")]


def test_a_goal_told_by_two_words_of_one_stem_is_one_goal():
    nominee = "Velmarist hopeful Ana Brisk has gathered the {} votes needed to become the nominee."
    assert _conflicts(nominee.format("1,240"), CLOSED_IN.format("1,310")) == [("1240", "1310")]


def test_two_goals_of_no_stem_in_common_stay_two():
    treasurer = (
        "Velmarist hopeful Ana Brisk has gathered the {} votes needed to unseat the treasurer."
    )
    assert not _conflicts(treasurer.format("1,240"), CLOSED_IN.format("1,310"))
