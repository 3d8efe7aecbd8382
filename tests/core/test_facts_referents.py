"""Things only the sentences before identify: "the state" is cited with the
state the article named last ("[Idaho]"), or the fact is not offered when
that is unsure; a demonstrative's noun ("this approach") and a party
member's epithet ("the Quillon Republican") leave the fact unoffered.

Every example is an invented sentence with invented names (the states are
the published list's).
"""

from __future__ import annotations

import pytest

from app.core.extract import find_facts
from app.core.extract.fact_referents import referent_edits


def cited(text: str) -> list[str]:
    """How every fact of `text` is cited."""
    return [f.cited_text(text) for f in find_facts(text)]


LEAD = "Dana Roe toured Idaho for a week in May and met farmers in three towns.\n\n"


def test_the_state_is_cited_with_the_state_named_before() -> None:
    text = LEAD + "Velmar Group spent $40,000 on radio ads in the state over 12 days in May.\n"
    assert cited(text)[-1] == (
        "Velmar Group spent $40,000 on radio ads in [Idaho] over 12 days in May."
    )


def test_the_state_not_the_subject_is_named_before_a_time_or_a_verb() -> None:
    # "in 2015" is no clause that says which state; a verb after it makes
    # the state a clause's subject, named whole.
    text = LEAD + "Velmar Group moved 400 jobs out of the state in 2015.\n"
    assert cited(text)[-1] == "Velmar Group moved 400 jobs out of [Idaho] in 2015."
    text = LEAD + "Velmar Group left Quillon after the state raised taxes in 2015.\n"
    assert cited(text)[-1] == "Velmar Group left Quillon after [Idaho] raised taxes in 2015."
    text = LEAD + "In 2015, Velmar Group moved 400 jobs to the state in which Dana Roe was born.\n"
    assert (
        cited(text)[-1]
        == "In 2015, Velmar Group moved 400 jobs to the state in which Dana Roe was born."
    )


def test_the_states_possessive_keeps_its_s() -> None:
    text = LEAD + "Velmar Group bought 40 of the state's 120 billboards on May 9, 2016.\n"
    assert cited(text)[-1] == "Velmar Group bought 40 of [Idaho]'s 120 billboards on May 9, 2016."


def test_the_state_before_a_noun_gets_the_name_inserted() -> None:
    text = LEAD + "Tova Quarrow, the state party chairwoman, resigned on May 9, 2016.\n"
    assert cited(text)[-1] == (
        "Tova Quarrow, the [Idaho] state party chairwoman, resigned on May 9, 2016."
    )


def test_a_state_named_in_the_sentence_needs_no_bracket() -> None:
    text = LEAD + "Velmar Group won 12 of 20 seats in Oregon, the state it chose in 2014.\n"
    assert cited(text)[-1] == text.split("\n\n")[1].strip()


def test_two_states_named_close_before_leave_the_fact_unoffered() -> None:
    text = (
        "Dana Roe toured Idaho and Oregon for a week in May and met farmers.\n\n"
        "Velmar Group spent $40,000 on radio ads in the state over 12 days in May.\n"
    )
    assert not any("$40,000" in c for c in cited(text))


def test_no_state_named_before_leaves_the_fact_unoffered() -> None:
    text = (
        "Dana Roe toured the region for a week in May and met farmers.\n\n"
        "Velmar Group spent $40,000 on radio ads in the state over 12 days in May.\n"
    )
    assert not any("$40,000" in c for c in cited(text))


def test_the_bracket_points_at_the_source_words() -> None:
    sentence = "Velmar Group spent $40,000 on radio ads in the state over 12 days."
    text = LEAD + sentence
    start = len(LEAD)
    edits = referent_edits(text, start, len(text), sentence.split(), 0, [])
    assert edits is not None and len(edits) == 1
    at, size, shown = edits[0]
    assert text[at : at + size] == "the state" and shown == "[Idaho]"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon board rejected this approach on May 9, 2016, by a vote of 5-2.",
        "Velmar Group cut 40 jobs in 2015 to meet those targets, its filing shows.",
    ],
)
def test_a_demonstratives_noun_points_back(sentence: str) -> None:
    text = LEAD + sentence + "\n"
    assert sentence not in cited(text)
    assert referent_edits(text, len(LEAD), len(text) - 1, sentence.split(), 0, []) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon board met this week and approved a $3 million budget on a 5-2 vote.",
        "Velmar Group paid $40 to those who voted in the 2015 election in Quillon.",
    ],
)
def test_a_time_or_a_pronouns_those_does_not_point_back(sentence: str) -> None:
    assert cited(LEAD + sentence + "\n")[-1] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, the Quillon Republican on May 9, 2016, dismissed the 40 vetoes.",
        "The Quillon Democrat said on May 9, 2016, that 40 vetoes were cast.",
    ],
)
def test_a_party_members_epithet_is_not_offered(sentence: str) -> None:
    assert sentence not in cited(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quillon Republican Party raised $40,000 on May 9, 2016, at a dinner.",
        "The Republican candidates in Quillon raised $40,000 on May 9, 2016.",
    ],
)
def test_a_party_word_before_a_noun_or_a_name_is_no_epithet(sentence: str) -> None:
    assert sentence in cited(LEAD + sentence + "\n")


def test_a_decided_record_named_before_is_cited_by_its_name() -> None:
    text = (
        "Dana Roe filed the Velmar Depot Act in Quillon on May 2, 2016.\n\n"
        "The Quillon council met for six hours on May 4, 2016, and heard 40 clerks.\n\n"
        "The Quillon council voted 5-2 on May 9, 2016, to pass the act.\n"
    )
    assert cited(text)[-1] == (
        "The Quillon council voted 5-2 on May 9, 2016, to pass [the Velmar Depot Act]."
    )


def test_the_state_as_subject_is_named_when_the_article_named_that_state_only() -> None:
    text = LEAD + "The state's budget rose 4 percent in 2015, to $3 billion.\n"
    assert cited(text)[-1] == "[Idaho]'s budget rose 4 percent in 2015, to $3 billion."
    text = LEAD + "In 2015, the state declared itself a depot-free zone.\n"
    assert cited(text)[-1] == "In 2015, [Idaho] declared itself a depot-free zone."
    sentence = "So far, the state has spent $3 million on the Marrowfield depot."
    edits = referent_edits(
        LEAD + sentence, len(LEAD), len(LEAD + sentence), sentence.split(), 2, []
    )
    assert edits is not None and len(edits) == 1
    at, size, shown = edits[0]
    assert (LEAD + sentence)[at : at + size] == "the state" and shown == "[Idaho]"


@pytest.mark.parametrize(
    "lead",
    [
        # Another state named anywhere before, however far back: which one?
        "Dana Roe grew up in Oregon.\n\n"
        + "Velmar Group hired 12 clerks in Quillon.\n\n" * 40
        + LEAD,
        # None named, or only one whose name is as often the capital's.
        "Dana Roe toured the region for a week in May and met farmers.\n\n",
        "Dana Roe flew to Washington for a week in May and met senators.\n\n",
    ],
)
def test_the_state_as_subject_is_not_offered_when_the_state_is_unsure(lead: str) -> None:
    text = lead + "In 2015, the state declared itself a depot-free zone.\n"
    assert not any("depot-free" in c for c in cited(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon went on to win 12 of 14 games and the 2015 Velmar Cup.",
        "Marrowfield, some 80 miles north, has 41 registered voters in 2016.",
    ],
)
def test_an_event_or_a_place_told_from_one_before_is_not_offered(sentence: str) -> None:
    assert sentence not in cited(LEAD + sentence + "\n")


def test_a_place_told_from_a_named_one_stands() -> None:
    sentence = "Marrowfield, about 80 miles south of Quillon, has 41 registered voters in 2016."
    assert sentence in cited(LEAD + sentence + "\n")


def test_the_country_as_subject_is_named_when_the_article_named_its_own_only() -> None:
    lead = "Dana Roe flew home to the United States on Monday after a week of talks.\n\n"
    text = lead + "The nation's jobless rate fell to 5 percent in May 2015.\n"
    assert cited(text)[-1] == "[The United States]'s jobless rate fell to 5 percent in May 2015."
    text = lead + "In May 2015, the country's jobless rate fell to 5 percent.\n"
    assert cited(text)[-1] == "In May 2015, [the United States]'s jobless rate fell to 5 percent."


@pytest.mark.parametrize(
    "lead",
    [
        # None named: which country?
        "Dana Roe flew home on Monday after a week of talks.\n\n",
        # Another one named too, however far back: the one abroad, or home?
        "Dana Roe met Portugal's envoys in May.\n\n"
        + "Velmar Group hired 12 clerks in Quillon.\n\n" * 40
        + "Dana Roe flew home to the United States on Monday.\n\n",
    ],
)
def test_the_country_as_subject_is_not_offered_when_the_country_is_unsure(lead: str) -> None:
    text = lead + "The nation's jobless rate fell to 5 percent in May 2015.\n"
    assert not any("jobless" in c for c in cited(text))
