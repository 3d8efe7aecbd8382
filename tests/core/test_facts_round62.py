"""Facts, #17 round 62: a remark told by a factive verb with no time.

- A factive verb of speech in the past, "noted", "acknowledged",
  "pointed out", "conceded", as the main clause's first verb with "that"
  after it, and no time of the remark before the verb or between it and
  "that" (`fact_factive`): "Tobin Marsk noted that the Brennock ferry
  guild has 40 members" (noted when?). A time inside what was noted
  dates the thing noted, not the remark. Not with the remark's own time
  ("noted on Tuesday that", "In a speech in March, ... acknowledged
  that"), nor a verb with an object ("noted 40 tolls in a ledger").

- A standing graded by the writer (`fact_lexicon.REPUTATION_ADJECTIVES`),
  wherever it stands, also in an apposition: "a high-profile lawyer", "the
  famed Orlin Medal", "the embattled ferry firm", "her beleaguered
  campaign", "an outspoken critic". Not the same line without the grade,
  nor the word in someone's reported words.

- An adverb of haste or suddenness said of an act in the writer's voice
  (`fact_manner`): "hastily arranged", "closed abruptly", "swiftly
  overtook", "moved quickly to". Not "as quickly as possible" (the pace
  asked for), nor in someone's reported words.

Each has a near miss that stays offered. Every example is an invented
sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Marsk noted that the Brennock ferry guild has 40 members.",
        "Ilse Harrowgate acknowledged that the Brennock ferry levy carried risks for 40 boatmen.",
        "Tobin Marsk pointed out that the Brennock ferry guild had one clerk in 2012.",
        "Tobin Marsk also noted that the Brennock ferry levy is due to lapse in 2020.",
        "Ilse Harrowgate conceded that the Brennock ferry guild lost 40 members after 2011.",
    ],
)
def test_a_remark_with_no_time_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "time"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Marsk noted on Tuesday that the Brennock ferry guild has 40 members.",
        "In a speech in March, Ilse Harrowgate acknowledged that the Brennock ferry levy "
        "carried risks for 40 boatmen.",
        "Tobin Marsk pointed out in 2015 that the Brennock ferry guild had one clerk in 2012.",
        # An object, not a remark: a clerk's entry with its own time.
        "Ilse Harrowgate noted 40 tolls in the Brennock ferry ledger on March 3, 2016.",
    ],
)
def test_a_remark_with_its_time_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


def test_a_figure_in_the_writers_aside_stays() -> None:
    # The aside between dashes is the writer's own figure, no part of the remark.
    sentence = (
        "Ilse Harrowgate acknowledged that raising ferry tolls - the Brennock toll of 40 percent "
        "is the highest of any port - carried risks for boatmen."
    )
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brennock ferry guild hired Tobin Marsk, a high-profile lawyer, in March 2014.",
        "The Brennock ferry guild gave Ilse Harrowgate the famed Orlin Medal on May 3, 1998.",
        "Tobin Marsk left the embattled Brennock ferry firm in March 2014.",
        "Ilse Harrowgate shut her beleaguered ferry campaign in March 2014 after 40 days.",
        "Tobin Marsk, an outspoken critic of the Brennock ferry levy, joined the Brennock council "
        "in 2012.",
    ],
)
def test_a_standing_the_writer_grades_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brennock ferry guild hired Tobin Marsk, a lawyer, in March 2014.",
        "The Brennock ferry guild gave Ilse Harrowgate the Orlin Medal on May 3, 1998.",
        "Tobin Marsk left the Brennock ferry firm in March 2014.",
        "Ilse Harrowgate shut her ferry campaign in March 2014 after 40 days.",
        "Tobin Marsk, a critic of the Brennock ferry levy, joined the Brennock council in 2012.",
        # The grade in someone's words, with the remark's time.
        "Tobin Marsk said on Tuesday that the Brennock ferry firm was embattled after losing 40 "
        "boats.",
    ],
)
def test_a_standing_told_plainly_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brennock ferry guild hastily arranged a vote on May 3, 2016.",
        "In 2014, the Brennock ferry mill closed abruptly, costing 400 boatmen their jobs.",
        "Tobin Marsk swiftly overtook Ilse Harrowgate in the Brennock ferry count on May 3, 2016.",
        "Tobin Marsk moved quickly to sell 40 Brennock ferry boats on May 3, 2016.",
    ],
)
def test_an_act_the_writer_times_by_its_own_measure_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brennock ferry guild arranged a vote on May 3, 2016.",
        "In 2014, the Brennock ferry mill closed, costing 400 boatmen their jobs.",
        "Tobin Marsk sold 40 Brennock ferry boats on May 3, 2016.",
        "Tobin Marsk overtook Ilse Harrowgate in the Brennock ferry count on May 3, 2016.",
        # The pace someone asked for, not the writer's grade.
        "Tobin Marsk asked the Brennock ferry guild on May 3, 2016, to release its ledgers as "
        "quickly as possible.",
        "Tobin Marsk said on Tuesday that the Brennock ferry mill closed abruptly in 2014.",
    ],
)
def test_an_act_told_plainly_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""
