"""Facts, #17 round 67: a past joined by "after" or "before" to the
subject's own act told by a verb's "-ing" form ("Ambery Halvorne paid
$40,000 to a Pellhaven guild after losing a toll vote") is as undated as
a past joined to a clause with a subject of its own
(`fact_present.undated_joined`): when the vote was lost, the line does
not say, so it is not offered.

Near misses stay as they were: a time of the line's own, in the "-ing"
phrase or beside the past; a noun in "-ing" after "after" ("after
morning prayers"); a present perfect counted "since".

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambery Halvorne paid $40,000 to a Pellhaven guild after losing a toll vote.",
        "Yosnar Threnwick sold 300 shares of a Drummet ferry line before leaving a Halvorne "
        "Guild board.",
        "The Corvell Fund gave $5,000 to a Pellhaven clinic after winning a grant.",
    ],
)
def test_a_past_joined_to_an_undated_ing_act_is_held_back(sentence: str) -> None:
    assert sentence_verdict(sentence)[0] == "time"
    assert sentence_verdict(sentence, None)[0] == "time"  # (with no date of the source too)


@pytest.mark.parametrize(
    "sentence",
    [
        # The "-ing" phrase has a time of its own.
        "The Corvell Fund gave $5,000 to a Pellhaven clinic after winning a grant on May 3, 2014.",
        # The past has one.
        "Yosnar Threnwick sold 300 shares of a Drummet ferry line in March 2015 before leaving "
        "a Halvorne Guild board.",
        # A noun in "-ing" is no act.
        "The Corvell Fund gave $5,000 to a Pellhaven clinic after morning prayers.",
        # A present perfect: as of the writing, and no "after".
        "Ambery Halvorne has paid $40,000 to a Pellhaven guild since losing a toll vote.",
    ],
)
def test_near_misses_stay_offered(sentence: str) -> None:
    reason, cited = sentence_verdict(sentence)
    assert reason == "" and cited, sentence


def test_the_subjects_own_act_reads_as_a_clause_with_a_subject_does() -> None:
    gerund = "Ambery Halvorne paid $40,000 to a Pellhaven guild after losing a toll vote."
    clause = (
        "Ambery Halvorne paid $40,000 to a Pellhaven guild after Orla Corvell endorsed her in "
        "a letter."
    )
    assert sentence_verdict(gerund)[0] == sentence_verdict(clause)[0] == "time"
