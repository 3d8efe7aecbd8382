"""A past act told in the simple past with no time in the line ("The
Quillon guild gave $5 million to the fund.") is not offered: which year,
or which round of it, only the sentences before say. The same act with a
time, told in the present perfect or reported as speech stays a fact.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_act
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon Tenants Guild gave a total of $5 million to the Velmar Fund.",
        "Dana Roe ultimately captured Velmar County by about 74,000 votes.",
        "Two Quillon clerks were killed at each of the Velmar depots.",
        "Only the Brask Hour on Velmar Radio hit 50 percent.",
        # #17 round 55: a restrictive clause's present describes the subject.
        "Because of early voting, clerks who are no longer in the Velmar race received 12 percent.",
        "Many of the clerks that are no longer in the Brask Guild gave $5,000 to the Velmar Fund.",
    ],
)
def test_an_act_with_no_time_is_not_offered(sentence: str) -> None:
    assert undated_act(sentence, sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "time"
    assert sentence not in " ".join(dated(OPENING + "\n" + sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon Tenants Guild gave a total of $5 million to the Velmar Fund in 2015.",
        "The Quillon Tenants Guild gave a total of $5 million to the Velmar Fund on Tuesday.",
        "The Quillon Tenants Guild has given a total of $5 million to the Velmar Fund.",
        "Dana Roe said the Quillon Tenants Guild gave $5 million to the Velmar Fund.",
        "Twelve of the 40 Velmar clerks remained at home, according to the Quillon Guild.",
        "Dana Roe spent 12 years in Quillon in the 1970s and '80s.",
        "Dana Roe said in '08 that 12 Velmar clerks had quit.",
        "Dana Roe recently gave $5 million to the Velmar Fund.",
        "When the Velmar Fund opened, Dana Roe gave it $5 million.",
        "The Velmar Fund holds $5 million, a sum Dana Roe raised.",
        "Clerks who are paid by the Velmar Fund hold $5 million it raised.",
        # A one-time event the line names dates the act.
        "Brask Partners reaped a $60 million fee for the merger of Velmar and Quillon.",
        "Brask Partners reaped a $60 million fee on the Velmar takeover.",
    ],
)
def test_a_dated_perfect_or_reported_act_stays(sentence: str) -> None:
    assert not undated_act(sentence, sentence.split())


def test_an_act_dated_by_the_source_stays() -> None:
    text = OPENING + "\nThe Quillon Tenants Guild gave $5 million to the Velmar Fund on Tuesday.\n"
    assert any("[March 22, 2016]" in c for c in dated(text))


def test_an_event_not_named_does_not_date_the_act() -> None:
    sentence = "Brask Partners reaped a $60 million fee for the takeover talks."
    assert undated_act(sentence, sentence.split())


def test_a_bracket_that_names_who_or_what_acts_does_not_date_the_act() -> None:
    # (The bracket says who or what, not when: "[Dana] Roe", "[Dana Roe]",
    # a body or a campaign the sentences before named.)
    for cited in (
        "[Dana] Roe stepped out of her car near the Velmar depot and walked four blocks.",
        "[Dana Roe] was fined $4,000 and ordered to repay the Quillon guild.",
        "[The Velmar Guild] was fined $4,000 and ordered to repay the Quillon guild.",
        "[The Roe campaign] handed out a 10-inch flyer with the names of its 14 delegates.",
    ):
        assert undated_act(cited, cited.split())
    text = OPENING + "\nRoe was fined $4,000 and ordered to repay the Quillon guild.\n"
    assert verdict(text, "Roe was fined") == "time"
    text = (
        "The Velmar Water Board runs 40 wells in Quillon.\n"
        "The board fined Dana Roe $4,000 and ordered her to repay the Quillon guild.\n"
    )
    assert verdict(text, "The board fined") == "time"  # (not "[The Velmar Water Board] fined")


def test_a_date_a_poll_named_or_a_stretch_of_years_in_the_line_dates_it() -> None:
    for cited in (
        "[Dana] Roe stepped out of her car near the Velmar depot [on March 22, 2016].",
        "[The Velmar Guild] was fined $4,000 [in 2015] and ordered to repay the Quillon guild.",
        # (A thing named inside the line: an event's owner, the act's time.)
        "Besides [the Velmar Guild]'s vote, the Quillon clerks passed 2 levies for the ferry.",
        # (A poll or a study the bracket names: what it did is of its own days.)
        "[The Quillon Poll] reached 1,200 registered voters by telephone and online.",
        "[The Velmar study] followed 4,000 clerks through their first two jobs.",
        "Over one 12-year stretch in Quillon, [Dana] Roe passed more levies than any other clerk.",
    ):
        assert not undated_act(cited, cited.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harlune guilds, all of which have Orvask in their names, spent $640,000 on river barges.",
        "Mira Kesk was joined by Ivo Tarnel and Lena Pell, who is drafting a ferry bill with Oda Brisk.",
        'In the Orvask market, a crowd in "We are Harlune" shirts marched past the closed mills.',
        "The weavers (who are paid by the bolt) walked out of the Tarnel mill in protest.",
    ],
)
def test_a_verb_of_an_aside_does_not_make_the_act_dated(sentence: str) -> None:
    # The present of a relative clause set off by commas, of a quotation
    # or of parentheses is not the main verb's: when did they spend, walk?
    assert undated_act(sentence, sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harlune guilds, all of which have Orvask in their names, have spent $640,000 on barges.",
        "The Harlune guilds, which formed in 2011, spent $640,000 on river barges.",
        'Mira Kesk said the "Harlune plan" cost $640,000.',
    ],
)
def test_an_aside_leaves_the_main_verb_and_the_lines_time_as_they_are(sentence: str) -> None:
    assert not undated_act(sentence, sentence.split())


def test_a_weekdays_possessive_is_a_time_of_the_line() -> None:
    # ("Tuesday's vote" says when, with no date known as with one.)
    for sentence in (
        "The Harlune guild gave $6,000 to the Orvask ferry fund at Tuesday's vote.",
        "Mira Kesk lost Thursday\u2019s runoff in the Pell valley by 300 ballots.",
    ):
        assert not undated_act(sentence, sentence.split())


def test_a_past_perfect_with_no_time_is_not_offered() -> None:
    # What came before a time only the sentences before give: when?
    for sentence in (
        "Mira Kesk had worked at the Orvask ferry office for 11 years.",
        "The Harlune guild had also pledged $6,000 to the Pell valley mills.",
        "The Harlune guild had also already sent two clerks to the Pell valley mills.",
    ):
        assert undated_act(sentence, sentence.split(), perfect=True)
        assert not undated_act(sentence, sentence.split())  # (no time before dates it)
        assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "time"
    # "had" that owns, "had been", a time in the line, a report: as before.
    for sentence in (
        "Mira Kesk had staff at the Orvask ferry office who watched the count.",
        "Mira Kesk had been at the Orvask ferry office for 11 years.",
        "Mira Kesk had worked at the Orvask ferry office since 2004.",
        "Ivo Tarnel said Mira Kesk had worked at the Orvask ferry office.",
    ):
        assert not undated_act(sentence, sentence.split(), perfect=True)
