"""Figures of one thing told two ways (issue #10), third round: two
reports of one state's whole count found in a library where the word of
the count's unit is in too many claims to block on (matching: the
amount's mark is a key); a state's whole count said as someone's haul set
against one said with no one (amounts.haul_apart). Each with near misses
that must stay unflagged. Sentences in invented words (the states' names
are the published list's)."""

from __future__ import annotations

from datetime import date

from app.core.corroborate.matching import POSTING_CAP, GroupIndex
from tests.core.corroborate_helpers import conflict_values

EARLY, LATER = date(2031, 3, 2), date(2031, 3, 9)


def _conflicts(first: str, second: str) -> list:
    return conflict_values(first, second, (EARLY, LATER))


# -- a state's whole count in a library of many counts of its unit -----------------------

_FILLER = "The {w} lodge sent {n} delegates to the {w} moot at Quellin."
_SYLLABLES = "ka lo mi ter san do ri ven ul pra sto ne".split()


def _crowded_conflicts(first: str, second: str) -> list:
    """The conflicts of `second` with `first`, indexed after more claims
    counting delegates than a posting holds."""
    index = GroupIndex()
    for n in range(POSTING_CAP + 20):
        word = "".join(_SYLLABLES[(n + k * 5) % len(_SYLLABLES)] for k in range(3)) + str(n)
        index.add(1000 + n, 1000 + n, "fact", _FILLER.format(w=word, n=n + 3), EARLY)
    index.add(1, 1, "fact", first, EARLY)
    edges = index.add(2, 2, "fact", second, LATER)
    return [e.values for e in edges if e.relation == "conflict"]


HAS = "Montana has {} delegates."
SWAY = "Voters in the orchard towns will sway Montana's {} delegates."


def test_one_state_s_whole_counts_meet_past_the_unit_s_posting_cap():
    assert _crowded_conflicts(HAS.format(41), SWAY.format(37)) == [("41", "37")]


def test_a_part_of_a_state_s_count_is_still_no_whole_in_a_crowded_library():
    part = "In Montana, 17 delegates went to the orchard towns' pick."
    assert not _crowded_conflicts(part, SWAY.format(37))


# -- a haul against a count said with no one ----------------------------------------------

HAUL = "Ansel Brisk took all {} delegates in Montana."
LISTED = "Both Montana, {} delegates, and Idaho, 32 delegates, vote by mail."
COURTED = "Dorla Venn and Ansel Brisk are courting ferry voters for Montana's {} delegates."


def test_a_haul_is_compared_with_a_report_naming_people():
    assert _conflicts(HAUL.format(41), COURTED.format(37)) == [("41", "37")]
    assert _conflicts(COURTED.format(37), HAUL.format(41)) == [("37", "41")]


def test_a_haul_is_not_set_against_a_count_said_with_no_one():
    assert not _conflicts(HAUL.format(41), LISTED.format(37))
    assert not _conflicts(LISTED.format(37), HAUL.format(41))


def test_two_counts_said_with_no_one_are_still_compared():
    assert _conflicts(HAS.format(41), LISTED.format(37)) == [("41", "37")]
