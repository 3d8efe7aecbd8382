"""A line whose grammar leans on the sentences around it is not offered:
a summative conjunct opening it ("Overall, ..."), half of a "not only"
pair, a rank with nothing ranked in. The same words with the sum told, the
pair whole, or the list or contest named stay facts.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_discourse import leaning
from tests.core.facts_helpers import OPENING, facts, verdict

# (sentence, why it is no fact on its own: "" when it may be one)
CASES = [
    # Summing up the sentences before: over which races, months, mills?
    ("Overall, the Quillon guilds reported spending $6 million on Velmar ferry ads.", "pointer"),
    (
        "Overall, county records show Ivo Tarnel has given $38,000 to Velmar races since 2010.",
        "pointer",
    ),
    ("Altogether, Mira and Oda Kesk had 17 grandchildren in Quillon.", "pointer"),
    ("All told, the Velmar Guild raised $4 million for the ferry fund.", "pointer"),
    ("In all, the Orvask mills shed 1,200 jobs over two winters in 2014 and 2015.", "pointer"),
    # The sum itself opens the clause: the line states it.
    ("In all, 865 Velmar delegates are at stake in 11 counties on Tuesday.", ""),
    ("All told, more than 4,000 Quillon clerks voted in the 2015 guild election.", ""),
    ("Overall, $6 million was spent on Velmar ferry ads in 2015.", ""),
    ("Altogether, about 40 Orvask mills closed between 2009 and 2014.", ""),
    # An adjective, not the conjunct: no comma after it.
    ("Overall turnout in the 2015 Velmar guild election was 48 percent.", ""),
    # Half of a "not only" pair: what it adds, only the next sentence says.
    ("For the Quillon guilds, Admiral Ivo Tarnel, 59, is not only a tough negotiator.", "fragment"),
    ("Mira Kesk not only voted for the 2015 Velmar ferry levy.", "fragment"),
    ("Mira Kesk not only voted for the 2015 Velmar ferry levy but wrote it.", ""),
    ("Mira Kesk not only voted for the 2015 Velmar ferry levy; she also wrote it.", ""),
    ("Mira Kesk not only voted for the 2015 Velmar ferry levy, she wrote it as well.", ""),
    # A rank with nothing ranked in: on which list, in which contest?
    ("The Orvask weaving heir Tomas Brel ranks second with about $74 billion.", "pointer"),
    ("Mira Kesk finished a distant third with 12 percent of the vote.", "pointer"),
    ("Ivo Tarnel came in 12th, with 1,200 votes.", "pointer"),
    ("Velmar placed fourth, ahead of Quillon, with 40 medals.", "pointer"),
    # (A rival named is no contest named.)
    ("Mira Kesk finished third, behind Ivo Tarnel and Oda Brisk, with 12 percent.", "pointer"),
    ("Mira Kesk finished third in the Velmar guild primary on Monday.", ""),
    ("Tomas Brel ranks second on the Quillon Ledger's 2016 list with about $74 billion.", ""),
    ("Ivo Tarnel ranked 45th among the 300 Orvask clerks in 2015.", ""),
    ("Mira Kesk finished fourth of 12 with 9 percent of the guild vote in 2015.", ""),
    # No rank at all: a time after "last", a noun after "first".
    ("The Velmar ferry finished last year with a $2 million surplus.", ""),
    ("The Velmar Guild placed first-quarter orders worth $4 million in 2015.", ""),
]


def test_each_form_and_its_near_misses() -> None:
    for sentence, reason in CASES:
        assert leaning(sentence, sentence.split()) == reason, sentence


def test_a_leaning_line_is_not_offered() -> None:
    for sentence, reason in CASES:
        if reason:
            # (After the line, a sentence that could complete a "not only".)
            text = OPENING + "\n" + sentence + " She wrote it in 2015.\n"
            assert verdict(text, sentence) == reason, sentence
            assert sentence not in facts(text)


def test_a_sum_told_a_contest_named_or_a_whole_pair_is_offered() -> None:
    for sentence in (
        "In all, 865 Velmar delegates are at stake in 11 counties on Tuesday.",
        "Mira Kesk finished third in the Velmar guild primary on Monday.",
        "Mira Kesk not only voted for the 2015 Velmar ferry levy but wrote it.",
    ):
        assert sentence in facts(OPENING + "\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brask also cited the case of a Quillon clerk who in 2010 tried to sell 12 boats.",
        "Ivo Brask also named a Velmar pilot whose boat sank in May, and 12 clerks.",
    ],
)
def test_an_also_whose_only_time_is_a_relative_clause_s_is_undated(sentence: str) -> None:
    # (#17 round 52) The year or the month dates the clause's own act.
    assert leaning(sentence, sentence.split()) == "pointer"


def test_an_also_with_a_time_of_its_own_beside_a_relative_clause_stays() -> None:
    sentence = "On May 3, Ivo Brask also cited a Quillon clerk who in 2010 tried to sell 12 boats."
    assert leaning(sentence, sentence.split()) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "In Quillon and Velmar, clerks' turnout fell by between a fifth and a quarter.",
        "Turnout in the Velmar primary rose 12 percent.",
    ],
)
def test_a_change_told_by_its_size_alone_leans_on_the_lines_before(sentence: str) -> None:
    # (#17 round 52) Measured against which count, only the sentences before say.
    assert leaning(sentence, sentence.split()) == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout in the Velmar primary rose 12 percent from 2012.",
        "Turnout in the Velmar primary rose 12 percent to 45,000 voters.",
        "Turnout in the Velmar primary fell 12 percent in 2016.",
        "Turnout in the Velmar primary was 12 percent lower than in the last race.",
    ],
)
def test_a_change_with_its_baseline_or_a_level_stays(sentence: str) -> None:
    assert leaning(sentence, sentence.split()) == ""
