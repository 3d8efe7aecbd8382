"""A past act whose line holds only a time of something else, #17 round 56:
a year in a relative clause about someone the act names ("whose 2014
loss"), what a cited report says ("a report that ... on Monday"), the day
someone is ordered to come back ("ordering her to go before a judge
June 9"), the year of a case the act brings up ("the example of Vesk in 2008
hiring ..."). None says when the act was: with no other time in the line
it is undated and not offered. A time that dates the main verb ("In 2009
she sold ...", "On Tuesday, the board, whose 2015 plan ..., voted") keeps
it, as does a time in a "who" or "which" clause ("which met on
Tuesday", "which formed in 2011").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_act
from app.core.extract.fact_other_times import without_other_times
from tests.core.facts_helpers import OPENING, facts, held_back_undated, verdict

OTHER_TIMES = [
    "Dana Roe was joined by Ada Marn, whose fall from a bridge in Quillon in 2014 helped "
    "start the Velmar Guild.",
    "Dana Roe pressed on with posts on Velmar Net, citing a Quillon Post report that six "
    "clerks were held at the Quillon depot on Monday.",
    "Dana Roe went to the guild hall in Quillon and signed papers ordering her to appear "
    "in court May 4.",
    "Dana Roe raised the example of Lee Vesk in 2008 hiring Ada Marn as his clerk.",
]


@pytest.mark.parametrize("sentence", OTHER_TIMES)
def test_a_time_of_something_else_leaves_the_act_undated(sentence: str) -> None:
    held_back_undated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2009 she sold the depot to the Velmar Guild.",
        "On Tuesday, the board, whose 2015 plan was shelved, voted to sell the depot.",
        "The board, which met on Tuesday, voted to sell the depot.",
        "The guilds, which formed in 2011, spent $640,000 on river barges.",
        "Dana Roe sold the depot in 2009 to the Velmar Guild, which had bid twice.",
        "Dana Roe on Monday signed papers ordering the clerks to return the ledgers.",
        "The guild's vote came a day after Dana Roe confirmed reports that she would leave.",
        "Dana Roe was joined by Lee Vesk, whose 2014 loss spurred the guild, at the May 3 rally.",
    ],
)
def test_a_time_of_the_act_keeps_it(sentence: str) -> None:
    assert not undated_act(sentence, sentence.split(), perfect=True)


def test_near_misses_are_offered() -> None:
    lines = [
        "On Tuesday, the Velmar Guild, whose 2015 plan was shelved, voted to sell the Quillon "
        "depot for $40,000.",
        "In 2009 Dana Roe sold the Quillon depot to the Velmar Guild.",
    ]
    text = "\n".join([OPENING, *lines]) + "\n"
    for sentence in lines:
        assert verdict(text, sentence) == ""
        assert sentence in facts(text)


def test_an_account_is_no_report() -> None:
    # ("emails in an account that were sent last year": an account, not what it tells)
    sentence = "Clerks moved the files in the guild account that were sent last year."
    assert without_other_times(sentence) == sentence


def test_a_line_with_none_comes_back_unchanged() -> None:
    sentence = "Dana Roe sold the depot to the Velmar Guild for $40,000."
    assert without_other_times(sentence) is sentence
