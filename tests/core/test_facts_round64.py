"""Facts, #17 round 64: the writer's characterisation, by construction.

- A contest of votes, a poll or a debate told as a fight or a race in the
  writer's voice (`fact_bouts`): "a showdown between", "43 percent to 42
  -- a dead heat", "were neck and neck", "sought to pick off delegates",
  "held on to a narrow lead among voters". Not the same words in a sport's
  own sense, with no vote, poll or debate in the line ("two colts finished
  in a dead heat", "picked off a runner"), nor in someone's words.

Each has a near miss that stays offered. Every example is an invented
sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon Courier aired the third Brennock mayoral debate on March 3, 2015, a showdown "
        "between Tobin Marsk and Ilse Harrowgate.",
        "A Velmar College poll on March 3, 2015, put Tobin Marsk at 43 percent and Ilse Harrowgate "
        "at 42 percent -- a dead heat.",
        "Tobin Marsk and Ilse Harrowgate were neck and neck among Brennock voters in a Velmar "
        "College poll on March 3, 2015.",
        "On March 3, 2015, Tobin Marsk sought to pick off delegates won by Ilse Harrowgate in the "
        "Brennock caucuses.",
        "Tobin Marsk held on to a narrow lead among Brennock voters in a Velmar College poll on "
        "March 3, 2015.",
        "Tobin Marsk picked off Ilse Harrowgate's delegates in the Brennock caucuses on March 3, "
        "2015.",
    ],
)
def test_a_contest_told_as_a_fight_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] != ""


@pytest.mark.parametrize(
    "sentence",
    [
        # The sport's own words: no vote, poll or debate in the line.
        "Two colts from the Quillon stables finished in a dead heat at the Brennock track on "
        "March 3, 2015.",
        "The Velmar shortstop picked off a runner at second base on March 3, 2015.",
        "The Velmar sprinters held on to the lead in the Brennock relay on March 3, 2015.",
        # Someone's words.
        "Ilse Harrowgate said on March 3, 2015, that the Brennock mayoral race was a dead heat.",
        # The line without the figure.
        "The Quillon Courier aired the third Brennock mayoral debate on March 3, 2015, between "
        "Tobin Marsk and Ilse Harrowgate.",
        "A Velmar College poll on March 3, 2015, put Tobin Marsk at 43 percent and Ilse Harrowgate "
        "at 42 percent.",
    ],
)
def test_a_contest_told_plainly_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""
