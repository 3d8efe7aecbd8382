"""A fact leaning on a poll names the poll: "a new poll shows ..." or
"Among women, Roe leads by 9 points" holds a figure no one can check
without the sentences before."""

from __future__ import annotations

import pytest

from app.core.extract.fact_polls import unnamed_poll
from tests.core.facts_helpers import cited, verdict

OPENING = "Dana Roe founded the Velmar Guild in Quillon on May 3, 2009.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "For the first time, a poll shows Dana Roe ahead of Tova Quarrow in Quillon.",
        "Dana Roe and Tova Quarrow are tied at 40 percent in Quillon, according to a new poll.",
        "The survey of 1,200 Quillon voters was taken May 1 to May 9 online.",
        "In Velmar, the poll found that 42% of voters back the depot.",
        "Dana Roe holds a clear lead in the polls before the May 9 vote.",
        "Among women, Dana Roe is at minus 40.",
        "Among Quillon voters, Dana Roe leads Tova Quarrow 51 percent to 40 percent.",
        "In a head-to-head race, Dana Roe tops Tova Quarrow 41-40.",
        "In a hypothetical contest, Dana Roe earned 42 percent and Tova Quarrow 34 percent.",
        "Sixty-seven percent were Quillon natives, while 17 percent were from Velmar.",
        "Dana Roe won the backing of 41 percent of the Quillon voters surveyed.",
        "The Velmar Guild receives, according to one report, $234 million a year from Quillon.",
        "Exit polls showed that Dana Roe won every Quillon age group but voters under 30.",
        "Dana Roe and the Velmar mayor, Tova Quarrow, both get 16 percent.",
        "The Velmar Guild was named by a mere 3 percent of Quillon renters.",
        "Quillon renters, who favor Dana Roe by a 6-point margin, are split on the levy.",
        "In Quillon, nearly 3 in 10 Democratic primary voters were renters in 2016.",
        "Against Tova Quarrow, Dana Roe earned 51 percent to her 35 percent in 2016.",
    ],
)
def test_a_fact_leaning_on_a_poll_it_does_not_name_is_not_offered(sentence):
    assert verdict(OPENING + sentence + "\n", sentence) == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Velmar College poll released on May 9 shows Dana Roe ahead of Tova Quarrow.",
        "In a Quillon Post national poll in May 2016, Dana Roe led Tova Quarrow 51 percent to 40 percent.",
        "Dana Roe leads Tova Quarrow 51 percent to 40 percent, according to a Velmar College poll of June 9.",
        "A poll by Velmar College found Dana Roe ahead of Tova Quarrow on May 9.",
        "Velmar College conducted the poll of 1,042 Quillon voters from May 1 to May 9.",
        "Exit polls in the Quillon primary on May 9 showed 48 percent of voters backed Dana Roe.",
        "Joblessness among Quillon teenagers rose 50 percent in 2019.",
        "Forty percent of the Quillon clerks left the Velmar Guild in 2019.",
        "The Velmar Guild receives $234 million a year, according to a report by the Quillon Post.",
        "The Velmar levy was rejected by 59.6 percent of Quillon voters in 2019.",
        "Dana Roe won 60 percent of the vote in the Quillon primary on May 9.",
        "Exit polls in Ohio on May 9 showed that Dana Roe won every age group but voters under 30.",
        "Dana Roe got 16 percent of the vote in the Quillon primary on May 9.",
        "About 3 in 10 Quillon voters were renters in 2016, according to Velmar College.",
        "Dana Roe won 51 percent to her 35 percent in the Quillon primary on May 9.",
        "Against Tova Quarrow, Dana Roe earned 51% to 35% in a Velmar College poll of May 9.",
    ],
)
def test_a_fact_naming_its_poll_or_holding_no_poll_is_kept(sentence):
    assert verdict(OPENING + sentence + "\n", sentence) == ""


@pytest.mark.parametrize(
    "shape",
    [
        "hypothetical",
        "Hypothetically",
        "theoretical",
        "matchup",
        "Match-ups",
        "HEAD-TO-HEAD",
        "favorable",
        "Unfavorable",
        "approval rating",
    ],
)
def test_every_poll_shape_in_any_case_marks_an_unnamed_poll(shape):
    # (Each word is looked for by a substring before the expression: a word
    # whose piece is missing would be lost.)
    sentence = f"In the {shape} figures, Dana Roe has 41 percent and Tova Quarrow 40 percent."
    assert unnamed_poll(sentence, sentence.split())
    plain = "In the Quillon figures, Dana Roe has 41 percent and Tova Quarrow 40 percent."
    assert not unnamed_poll(plain, plain.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout in Quillon rose after the polls opened at 7 a.m. on May 9.",
        "Dana Roe won 40 percent after Quillon voters went to the polls on May 9.",
        "In the 2012 race between Dana Roe and Tova Quarrow, Dana Roe won 61 percent of the vote.",
        "Dana Roe won 60 percent of Quillon voters in the May 9 primary.",
    ],
)
def test_voting_places_and_a_dated_race_are_no_unnamed_poll(sentence):
    assert not unnamed_poll(sentence, sentence.split())


def test_a_poll_the_bracket_names_is_named():
    # (With the poll's day: a poll's figures with no time are not offered,
    # `fact_polldates`.)
    sentence = "The poll shows Dana Roe ahead of Tova Quarrow by 51 percent to 40 percent on May 9."
    assert unnamed_poll(sentence, sentence.split())
    text = OPENING + "The Velmar College poll of 1,000 voters was taken from May 1 to May 9.\n"
    assert cited(text + sentence + "\n")[-1] == (
        "[The Velmar College poll] shows Dana Roe ahead of Tova Quarrow by 51 percent to 40 percent"
        " on May 9."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe's polling numbers inched upward in May 2016.",
        "Dana Roe led Tova Quarrow in the polling in May 2016.",
        "Dana Roe has never trailed Tova Quarrow in national polling averages since May 2016.",
        "Dana Roe came in second in May 2016 polls, while a Velmar College survey put her first.",
        "Dana Roe did better among Quillon renters, garnering 12 percent approval in May 2016.",
        "In May 2016, 89% of young Quillon renters and 83% of Velmar Republicans back Dana Roe.",
    ],
)
def test_polling_a_standing_and_a_view_with_no_poll_named_are_not_offered(sentence):
    # "polling" is a poll's noun; a person owning the numbers names no
    # poll; one poll named does not name another; a share holding a view
    # in the present is a poll's answer.
    assert verdict(OPENING + sentence + "\n", sentence) == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmar Tally, which aggregates all public polling, puts Dana Roe at 41 percent on May 9.",
        "Tova Brask, the head of the Velmar Guild, said on May 9 that polling of her members "
        "showed support for Dana Roe.",
        "Quillon Post polling in May 2016 put Dana Roe at 41 percent.",
        "Quillon opened 40 new polling places on May 9, 2016.",
        "Tova Brask joined a bipartisan polling team for the Quillon Post in 2019.",
        "Dana Roe is backed by 34% of Quillon renters in the Velmar Tally average of recent "
        "national surveys in May 2016.",
        "In 2019, 59 percent of Quillon voters approved the Velmar levy.",
    ],
)
def test_polling_named_by_its_maker_a_polling_place_and_a_vote_are_kept(sentence):
    assert verdict(OPENING + sentence + "\n", sentence) == ""
