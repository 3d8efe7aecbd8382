"""Lines only the sentences before identify, in three forms: a body or a
poll told by its size alone ("The organization of 1,500 members ..."), a
reported gerund's "it" ("Roe said lifting it could ..."), and a pronoun
after a long opening participle phrase ("Born May 24, 1925, to ..., in
Velmar, NJ, he ..."). Each is bracketed from the article when one name
fits, or not offered.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract import find_facts
from tests.core.facts_helpers import dated, offered_after

PUBLISHED = dt.date(2016, 3, 2)
LEAD = "Velmar Rising, an advocacy group based in Quillon, was founded by Dana Roe in 1998.\n\n"


def offered(sentence: str) -> bool:
    """Whether `sentence`, after the lead, is offered as a fact."""
    return offered_after(LEAD, sentence, PUBLISHED)


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited, found with its publication date."""
    return dated(text, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The organization of 1,500 members includes writers such as Tova Quarrow and Lem Ardith.",
        "The organization of about 1,500 members voted 12-3 on Monday to strike.",
        "The company of 300 workers laid off 40 of them on Monday.",
    ],
)
def test_a_body_told_by_its_size_alone_is_not_offered(sentence):
    assert not offered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A year says which election; a count of whom, whose names.
        "Velmar lost the election of 2008 by 400 votes.",
        "Roe released the names of 1,076 donors on Monday.",
        "Roe called for the deportation of 300 people from Quillon in 2015.",
        "Roe mourned the deaths of 49 people in Velmar on Monday.",
        # A named body's size.
        "The Quillon Weavers Guild of 300 members voted 12-3 on Monday to strike.",
    ],
)
def test_a_count_that_says_which_or_whose_stays(sentence):
    assert offered(sentence)


def test_a_poll_told_by_its_sample_is_bracketed_with_the_one_named_before():
    text = LEAD + (
        "A poll by the Velmar Institute found on March 1, 2016 that Dana Roe led in Quillon.\n\n"
        "The poll of 800 likely voters carries a sampling error of 3 points either way.\n"
    )
    # (Its method, as its findings, dated as of the source's day: `fact_pollnames`.)
    assert (
        "[The Velmar Institute poll] of 800 likely voters carries a sampling error of 3 points"
        " either way [as of March 2, 2016]."
    ) in cited(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Roe said on Monday lifting it could put 4,000 people to work.",
        "Roe said on Thursday that ending it would cost $4 million.",
        "Roe told reporters Monday that repealing them would save $40,000.",
    ],
)
def test_a_reported_gerunds_it_is_not_offered(sentence):
    text = "Dana Roe spoke in Quillon on Thursday about a ban on mining.\n\n" + sentence + "\n"
    assert sentence not in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Roe said on Monday that lifting the Velmar ban could put 4,000 people to work.",
        "Roe said running for mayor cost her $40,000 in 2015.",
    ],
)
def test_a_reported_gerund_with_its_object_named_stays(sentence):
    assert offered(sentence)


OBITUARY = (
    "QUENBY--Harold, 91, of Quillon, died on March 2, 2016. Harold Quenby lived a long life.\n\n"
)


def test_a_pronoun_after_a_long_opening_participle_phrase_is_bracketed():
    sentence = (
        "Born May 24, 1925, to Lem and Tova Quenby, nee Ardith, in Velmar, NJ, he was educated"
        " at Quillon High School and served in the Navy."
    )
    assert (
        "Born May 24, 1925, to Lem and Tova Quenby, nee Ardith, in Velmar, NJ, [Harold Quenby]"
        " was educated at Quillon High School and served in the Navy."
    ) in cited(OBITUARY + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Born in 1925, in Velmar, they moved to Quillon in 1950.",
        "Built in 1990, in Quillon, it cost $4 million.",
    ],
)
def test_a_group_or_a_thing_after_a_long_opening_phrase_is_not_offered(sentence):
    text = OBITUARY + sentence + "\n"
    assert sentence not in [text[f.start : f.end] for f in find_facts(text, None, PUBLISHED)]


def test_a_name_after_the_opening_phrase_stays_the_subject():
    sentence = "Elected in 2010, Dana Roe, in 2012, raised taxes by 4 percent."
    assert offered(sentence)
