"""What only the sentences before identify: an act's object or occasion
("responded", "were injured", "donated $5,000" with nothing after), an
episode called by a person's name ("the Roe controversy"), "the city" no
bracket names, and a month whose year only the paragraph before gives.
Each such fact is not offered; a month whose year the publication date
tells is cited with it in brackets ("In June [2015], ...").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract import find_facts
from tests.core.facts_helpers import offered_after

LEAD = "Dana Roe toured Quillon County for a week and met farmers in three towns.\n\n"
PUBLISHED = dt.date(2016, 3, 2)


def cited(text: str, published: dt.date | None = PUBLISHED) -> list[str]:
    """How every fact of `text` is cited, found with its publication date."""
    return [f.cited_text(text) for f in find_facts(text, None, published)]


def offered(sentence: str) -> bool:
    """Whether `sentence`, after the lead, is offered as a fact."""
    return offered_after(LEAD, sentence, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        # Answered what?
        "Velmar Group responded on May 9, 2015 by cutting 40 jobs.",
        "The Quillon board reacted in May 2015 by raising fees 4 percent.",
        # Hurt in what?
        "Three Velmar workers were injured on May 9, 2015, Quillon police said.",
        "Two Velmar guards were wounded in Quillon on May 9, 2015.",
        # Given to whom?
        "Dana Roe donated $5,000 on May 9, 2015.",
        "Quillon attendees, including Dana Roe, contributed $2,700 each in May 2015.",
        # Joined or followed what?
        "The biggest Velmar donors signed on in May 2015.",
        "The Quillon Guild followed suit on May 9, 2015.",
        "Velmar Group fell short by $40,000 in May 2015.",
        # Which episode?
        "Dana Roe lost 12 donors over the Roe controversy in May 2015.",
        "Tova Quarrow spent $40,000 on the Quarrow rally on May 9, 2015.",
    ],
)
def test_an_act_whose_object_only_the_sentences_before_give_is_not_offered(sentence):
    text = LEAD + "Tova Quarrow, a Velmar lawyer, sued Dana Roe in 2014.\n\n"
    text += sentence + "\n"
    assert sentence not in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmar Group responded to the Quillon audit on May 9, 2015 by cutting 40 jobs.",
        "Velmar Group retaliated for the Quillon raids on May 9, 2015.",
        "Three Velmar workers were injured in a blast at Quillon Mills on May 9, 2015.",
        "Two Velmar guards were hurt when a Quillon depot roof fell on May 9, 2015.",
        "Dana Roe donated $5,000 to the Quillon Guild on May 9, 2015.",
        "Dana Roe gave a speech to 400 Quillon farmers on May 9, 2015.",
        "Velmar Group signed on to the Quillon Compact in May 2015.",
        "Dana Roe took part in the Quillon march on May 9, 2015.",
        "Velmar Group fell short of its $40,000 Quillon goal in May 2015.",
        "Dana Roe spoke at the Quillon rally on May 9, 2015.",
        "Velmar Mills closed the Quillon depot in 2015, where two guards were killed in 2009.",
    ],
)
def test_an_act_that_says_its_object_is_offered(sentence):
    assert offered(sentence)


def test_the_city_no_bracket_names_is_not_offered():
    # (Quillon is a county here: which city, only the sentences before say.)
    for sentence in (
        "The city's action came after a 5-2 vote on May 9, 2015.",
        "The city is seeking $40 million from a state legislature in 2015.",
        "Tova Quarrow's permit for 15,000 marchers is pending with the city since May 2015.",
        "A 2014 study by the Velmar Roads Association found that the city spent $500 million.",
    ):
        assert not offered(sentence), sentence


def test_a_province_a_nationality_describes_is_not_named():
    assert not offered("A conservative party in the Velmarian province introduced a tax in 2008.")


def test_the_city_the_sentence_names_stays():
    assert offered(
        "Quillon Mayor Tova Quarrow said on May 9, 2015 that the city spent $40 million."
    )
    assert offered("Tova Quarrow grew up in the city where Dana Roe was born in 1960.")


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # A month up to the publication's, told in the past: that year's.
        (
            "In February, Dana Roe raised $40,000 in Quillon County.",
            "In February [2016], Dana Roe raised $40,000 in Quillon County.",
        ),
        # A month after it, its verb a past tense: the year before's.
        (
            "Dana Roe invited Tova Quarrow to a Quillon gala in September.",
            "Dana Roe invited Tova Quarrow to a Quillon gala in September [2015].",
        ),
        (
            "In a December interview, Dana Roe said taxes rose 4 percent.",
            "In a December [2015] interview, Dana Roe said taxes rose 4 percent.",
        ),
        (
            "Through the end of January, Dana Roe had raised $3.2 million.",
            "Through the end of January [2016], Dana Roe had raised $3.2 million.",
        ),
        # A month with its day, or a span of days.
        (
            "Dana Roe raised $40,000 in Quillon County on Feb. 4.",
            "Dana Roe raised $40,000 in Quillon County on Feb. 4 [2016].",
        ),
        (
            "The Quillon Ledger poll was conducted Dec. 6-9 among 1,000 voters.",
            "The Quillon Ledger poll was conducted Dec. 6-9 [2015] among 1,000 voters.",
        ),
        (
            "Dana Roe raised $40,000 on March 25 in Quillon County.",
            "Dana Roe raised $40,000 on March 25 [2015] in Quillon County.",
        ),
        # Dated already: as written.
        (
            "Dana Roe raised $40,000 in February 2015 in Quillon County.",
            "Dana Roe raised $40,000 in February 2015 in Quillon County.",
        ),
        (
            "Dana Roe agreed in 2015 to debate Tova Quarrow in September.",
            "Dana Roe agreed in 2015 to debate Tova Quarrow in September.",
        ),
        # A clause that looks ahead: the coming month.
        (
            "Dana Roe will host 40 farmers in June at the Quillon Hall.",
            "Dana Roe will host 40 farmers in June [2016] at the Quillon Hall.",
        ),
        (
            "Dana Roe will host 40 farmers in February at the Quillon Hall.",
            "Dana Roe will host 40 farmers in February [2017] at the Quillon Hall.",
        ),
        (
            "The Quillon County vote is scheduled for April 12.",
            "The Quillon County vote is scheduled for April 12 [2016].",
        ),
        (
            "Dana Roe will serve on the Quillon board until June.",
            "Dana Roe will serve on the Quillon board until June [2016].",
        ),
        # A month after the source's that a past looks ahead to: the
        # coming one (last year's would be written with its year).
        (
            "Dana Roe agreed to debate Tova Quarrow in Quillon in September.",
            "Dana Roe agreed to debate Tova Quarrow in Quillon in September [2016].",
        ),
        (
            "Dana Roe was scheduled to debate Tova Quarrow in Quillon in September.",
            "Dana Roe was scheduled to debate Tova Quarrow in Quillon in September [2016].",
        ),
        # (A court date in the object of an undated act leaves the act
        # undated: `fact_other_times`; "was ordered" is cited.)
        (
            "Dana Roe was ordered to appear in a Quillon court May 4.",
            "Dana Roe was ordered to appear in a Quillon court May 4 [2016].",
        ),
        # A relative clause's past, its comma ending it before a future (which
        # has its own date: a future dated only in the relative clause is the
        # writer's prediction, `fact_future`).
        (
            "Dana Roe, who spoke at a Quillon rally in February, will not attend the Velmar gala"
            " in April.",
            "Dana Roe, who spoke at a Quillon rally in February [2016], will not attend the Velmar"
            " gala in April [2016].",
        ),
        # A present: the coming one.
        (
            "Dana Roe campaigned in Quillon, which holds a caucus in April.",
            "Dana Roe campaigned in Quillon, which holds a caucus in April [2016].",
        ),
        # "last", "next", "this" before a month.
        (
            "Dana Roe has raised $40,000 in Quillon County since last November.",
            "Dana Roe has raised $40,000 in Quillon County since last November [2015].",
        ),
        (
            "Dana Roe met Tova Quarrow at a Quillon gala last March.",
            "Dana Roe met Tova Quarrow at a Quillon gala last March [2015].",
        ),
        (
            "Dana Roe will host 40 farmers next February at the Quillon Hall.",
            "Dana Roe will host 40 farmers next February [2017] at the Quillon Hall.",
        ),
        (
            "Since June of last year, Dana Roe has raised $40,000.",
            "Since June of last year [2015], Dana Roe has raised $40,000.",
        ),
    ],
)
def test_a_month_without_its_year_is_cited_with_the_year_the_date_gives(sentence, shown):
    text = LEAD + sentence + "\n"
    assert cited(text)[-1] == shown


@pytest.mark.parametrize(
    "sentence",
    [
        # A month the past looks at: last year's, or this year's to come?
        "Dana Roe opened 12 offices in Quillon towns voting in September.",
        "Dana Roe told Quillon farmers what would change if she won Velmar County in November.",
        # "last February" written in March: this year's or the year before's?
        "Dana Roe met Tova Quarrow at a Quillon gala last February.",
        # "next June" written in March: this year's or the next?
        "Dana Roe will host 40 farmers next June at the Quillon Hall.",
        # A business's own year.
        "Velmar Group earned $4 million in Quillon County last fiscal year.",
    ],
)
def test_a_month_or_year_whose_date_is_not_sure_is_not_offered(sentence):
    assert not offered(sentence)
    # (Undated, the source's date is the key: the fact stays as written.)
    text = LEAD + sentence + "\n"
    assert sentence in [text[f.start : f.end] for f in find_facts(text)]


def test_a_month_whose_year_only_the_paragraph_before_gives_is_not_offered():
    sentence = "In June, Dana Roe raised $40,000 in Quillon County."
    text = LEAD + "Dana Roe ran for the Quillon board in 2010. " + sentence + "\n"
    assert sentence not in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]
    # (Undated, the source's date is the key: the month stays as written.)
    assert cited(text, None)[-1] == sentence


def test_a_given_name_after_the_is_an_institutions_word():
    text = LEAD + "The Secret Service checks his hotel suites and sweeps 40 lines.\n"
    assert cited(text)[1:] == []


def test_a_past_event_whose_year_only_the_sentence_before_gives_is_not_offered():
    sentence = "The Quillon measure was rejected by 61.3 percent of voters."
    text = LEAD + "In 2009, the Velmar Guild launched a Quillon referendum. " + sentence + "\n"
    assert sentence not in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of its own, or what stands now, or no year before it.
        "The Quillon measure was rejected by 61.3 percent of voters in May 2010.",
        "Nearly 60 percent of Dana Roe's reported gifts, totaling $70 million, have come from women.",
        "Three-quarters of the Quillon board voted to back Dana Roe, Tova Quarrow said at the time.",
        "Dana Roe was an early donor to Tova Quarrow's first Quillon board campaign, giving $5,000.",
    ],
)
def test_a_past_event_with_a_time_of_its_own_stays(sentence):
    text = LEAD + "In 2009, the Velmar Guild launched a Quillon referendum. " + sentence + "\n"
    assert sentence in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]


def test_a_weekday_opening_a_sentence_in_the_future_is_the_coming_one():
    # (Published on Sunday, March 20, 2016: "Monday" ahead is March 21.)
    text = (
        LEAD + "On Monday, Tova Quarrow\u2014who had backed Dana Roe in 2014\u2014 will headline"
        " a Quillon fundraiser for 400 guests.\n"
    )
    assert "On Monday [March 21, 2016], " in cited(text, dt.date(2016, 3, 20))[-1]
    # A past "said" before the future keeps the day past (Friday: two days
    # back; a past Monday, six days back, may be the day after and is not
    # dated, tests/core/test_facts_weekdays.py).
    text = LEAD + "On Friday, Tova Quarrow said she will run for the Quillon board in 2017.\n"
    assert "On Friday [March 18, 2016], " in cited(text, dt.date(2016, 3, 20))[-1]


def test_the_rally_is_a_bare_noun_and_the_newly_elected_an_adverbs():
    for sentence in (
        "Dana Roe spent $5,000 on the rally on May 9, 2015.",
        "The rally drew 5,000 people to Quillon on May 9, 2015.",
    ):
        assert not offered(sentence), sentence  # which rally?
    assert offered("Dana Roe ran the family business in Quillon from 1990 to 2015.")


def test_that_month_after_a_year_named_before_is_not_offered():
    sentence = "Tova Quarrow won the Quillon board seat that November."
    text = LEAD + "Dana Roe lost the Quillon primary in 1972. " + sentence + "\n"
    assert sentence not in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]


def test_an_undated_past_act_done_also_is_not_offered():
    # Besides what, and when? Only the sentences before say.
    for sentence in (
        "Tova Quarrow also gave $300,000 to a Quillon group backing Dana Roe.",
        "As the Quillon Ledger reported, Dana Roe was also accused of breaking 12 rules.",
    ):
        assert not offered(sentence), sentence
    # A time of its own, or what stands now, says.
    for sentence in (
        "Tova Quarrow also gave $300,000 to a Quillon group backing Dana Roe last month.",
        "Dana Roe has also approved 12 new Quillon clerks.",
        "Dana Roe also led Tova Quarrow by 8 points in the Quillon Ledger polls of May 2016.",
    ):
        assert offered(sentence), sentence
