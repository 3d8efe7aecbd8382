"""Facts, #17 round 61: the writer's weighing told by its construction.

- A restrictive right before a figure, "only", "just", "merely", "a mere"
  (`fact_restrictives.figure_weighed`): "with just 22 percent", "Only 14
  percent of ...", "is only the 17th clerk", "a mere 40 almanacs" grade the
  figure as less than one would expect, also with an "according to" after
  it (the source gives the figure, not the weighing). Not "the only two
  clerks" (which ones), "just one clerk" (no other), "There were only 40
  tanners" (the count all it says), "just over 22 percent" (an approximator), nor a span of time, "just six days before".
- "narrowly" with a result and no margin in the line: "narrowly won" (not
  with "52 percent to 48" after it).
- A particularizer weighing a purpose (`fact_motives`): ", partly to
  court investors" (not "in part to clerks of ...": to whom).
- An aim read in an "as" clause or a participle ("as she looked to put
  ... out of reach", "and seeking to shore up support"; not "as she looked
  to Tolley for 40 votes", nor a filing's aim, "filed a suit ..., seeking
  to block ...").
- A state a verb of ending or falling puts something in, "ended in
  mayhem", "descended into chaos" (`fact_verdicts`; not "ended in a vote"),
  and a winner graded by size with no margin, "the night's big winner"
  (`fact_characterised`).
- Figures of arrival, meeting and harvest (`fact_figures`): "rolled into
  Quillon", "huddled with donors", "reaped a $4 million fee" (not "rolled
  into a ditch", "huddled under blankets", "reaped 40 acres").

Each has a near miss, the same words used literally, that stays offered.
Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import sentence_verdict as _verdict


@pytest.mark.parametrize(
    "sentence",
    [
        # A restrictive before a figure, the source after it.
        "Dana Roe leads the field in Quillon with just 22 percent, according to a Velmar "
        "poll released on May 2.",
        "Only 14 percent of Quillon clerks voted for the Velmar levy on May 3, 2016, according "
        "to the Quillon guild.",
        "Dana Roe is only the 17th clerk who has been hired by the Quillon guild since May 2015.",
        "The Quillon Press printed a mere 40 almanacs in 2012.",
        # "narrowly" with no margin.
        "Dana Roe narrowly won the Quillon primary on May 3.",
        "Dana Roe carried Quillon County narrowly in the Velmar primary on May 3, 2016.",
    ],
)
def test_a_figure_the_writer_weighs_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe leads the field in Quillon with 22 percent, according to a Velmar poll "
        "released on May 2.",
        # An approximator, not a restrictive.
        "Dana Roe leads the field in Quillon with just over 22 percent, according to a Velmar "
        "poll released on May 2.",
        # "The only": which ones, not how many.
        "Dana Roe and Piran Tolley were the only two Quillon clerks to vote against the Velmar "
        "levy on May 3, 2016.",
        "Dana Roe is the 17th clerk who has been hired by the Quillon guild since May 2015.",
        "The Quillon Press printed 40 almanacs in 2012.",
        # An existential: the count is all it says.
        "There were only 40 tanners in the Quillon guild in 2012.",
        # "just one": no other, not a weighing.
        "Since 1976, just one clerk of the Quillon guild has won the Velmar prize.",
        # A span of time: when, not how much.
        "Dana Roe won the Quillon primary on May 3, just six days before the Velmar caucus.",
        # A margin bears the grade out.
        "Dana Roe narrowly won the Quillon primary on May 3, 52 percent to 48.",
    ],
)
def test_a_figure_told_plainly_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # A purpose weighed.
        "Dana Roe traveled to Velmar on Tuesday, partly to court investors.",
        "Dana Roe traveled to Velmar on Tuesday, in part to court investors.",
        # An aim read.
        "Dana Roe won the Quillon primary on May 3 as she looked to put the Velmar "
        "nomination out of reach for Piran Tolley.",
        "Dana Roe spent Sunday speaking at a Quillon church and seeking to shore up support "
        "among tanners.",
        "Dana Roe visited 12 Quillon kilns on May 3, seeking to court investors.",
    ],
)
def test_a_purpose_or_a_cause_the_writer_weighs_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        # "in part to" whom.
        "The Quillon guild paid the $4,000 on Tuesday, in part to clerks of the Velmar mill.",
        "Dana Roe traveled to Velmar on Tuesday to court investors.",
        # Looking to someone, not aiming.
        "Dana Roe won the Quillon primary on May 3 as she looked to Piran Tolley for 40 votes.",
        "Dana Roe spent Sunday speaking at a Quillon church and meeting 40 tanners.",
        # What a filing asks.
        "The Quillon guild filed a suit in Velmar on May 3, seeking to block the Quillon levy.",
    ],
)
def test_a_plain_purpose_or_recipient_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # A state a verb of ending or falling puts something in (`fact_verdicts`).
        "The Quillon meeting of tanners on May 3, 2016, ended in mayhem when 40 clerks were "
        "barred.",
        "The Quillon count of May 3, 2016, descended into chaos after 40 ballots were lost.",
        # A winner graded by size with no margin (`fact_characterised`).
        "Dana Roe met the night's big winner, Piran Tolley, at a Quillon rally on Tuesday.",
    ],
)
def test_an_outcome_the_writer_grades_is_not_offered(sentence: str) -> None:
    assert _verdict(sentence)[0] == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon meeting of tanners on May 3, 2016, ended in a vote of 7-2 to bar 40 clerks.",
        "Dana Roe met the night's winner, Piran Tolley, at a Quillon rally on Tuesday.",
    ],
)
def test_an_outcome_told_plainly_stays(sentence: str) -> None:
    assert _verdict(sentence)[0] == ""


@pytest.mark.parametrize(
    ("figured", "literal"),
    [
        # An arrival as a roll into a named place (`fact_figures`).
        (
            "Dana Roe rolled into Quillon for a rally at the Velmar guild hall on May 3, 2016.",
            "On May 3, 2016, a Quillon guild cart rolled into a ditch near the Velmar mill.",
        ),
        # A meeting as a huddle.
        (
            "On May 3, 2016, Dana Roe huddled with 40 Quillon donors at the Velmar guild hall.",
            "On May 3, 2016, 40 Quillon tanners huddled under blankets at the Velmar guild hall.",
        ),
        # Money as a harvest.
        (
            "The Velmar Bank reaped a $4 million fee in 2015 for helping the Quillon guild sell "
            "its mill.",
            "In 2015, the Quillon guild reaped 40 acres of wheat near the Velmar mill.",
        ),
    ],
)
def test_a_figure_of_arrival_meeting_or_harvest_is_not_offered(figured: str, literal: str) -> None:
    assert _verdict(figured)[0] == "analysis"
    assert _verdict(literal)[0] == ""


@pytest.mark.parametrize(
    ("weighed", "plain"),
    [
        # A restrictive a verb away from its figure.
        (
            "The Quillon guild has only misjudged three votes since 1901, backing Piran "
            "Tolley in 1908.",
            "The Quillon guild has misjudged three votes since 1901, backing Piran Tolley in 1908.",
        ),
        # Past a verb and an approximator; not past a time ("only in 2012").
        (
            "In 2016, Velmar weavers are only drawing roughly half of the crowds they drew in 2008.",
            "The Quillon guild hired only in 2012 some 40 clerks for the Velmar mill.",
        ),
    ],
)
def test_a_figure_weighed_a_verb_away_is_not_offered(weighed: str, plain: str) -> None:
    assert _verdict(weighed)[0] == "analysis"
    assert _verdict(plain)[0] == ""
