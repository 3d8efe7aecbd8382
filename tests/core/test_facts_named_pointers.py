"""A "the bill" the article named under another noun of its kind ("the
Velmar Housing Act") is cited with that name in brackets. A noun that
"that" determines ("repeal that measure", "in that race") is
named in brackets by the one name the article gave it before ("[the Velmar
Housing Act]", "[the 2010 race]"), or the fact is not offered; a "that"
that opens a clause or a relative is no such pointer. A "the <noun>" read
with the words after it ("the group last year", "the video for 13 months",
"the attack via Twitter") is the noun the sentences before named.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_pointers import that_determiners
from tests.core.facts_helpers import cited, verdict

TITLE = "Roe and Quarrow in Quillon\n\n"


@pytest.mark.parametrize(
    ("lead", "sentence", "shown"),
    [
        (
            "The Quillon council passed the Velmar Housing Act in 2010.",
            "Dana Roe voted in 2019 to repeal that act.",
            "Dana Roe voted in 2019 to repeal [the Velmar Housing Act].",
        ),
        (
            "Dana Roe lost the 2010 race for mayor of Quillon by 400 votes.",
            "Tova Quarrow spent $3 million on that race in May 2011.",
            "Tova Quarrow spent $3 million on [the 2010 race] in May 2011.",
        ),
        (
            "Dana Roe lost the 2010 race for mayor of Quillon by 400 votes.",
            "Tova Quarrow spent $3 million in that race, more than anyone in Quillon.",
            "Tova Quarrow spent $3 million in [the 2010 race], more than anyone in Quillon.",
        ),
    ],
)
def test_a_noun_that_determines_is_named_by_the_one_name_before(lead, sentence, shown):
    text = TITLE + lead + "\n\n" + sentence + "\n"
    assert cited(text)[-1] == shown
    # The span is still the source's own words.
    assert verdict(text, sentence) == ""


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        # Named by no name: which law, which race?
        (
            "The Quillon council passed a housing law in 2010.",
            "Dana Roe voted in 2019 to repeal that law.",
        ),
        (
            "Dana Roe lost a race for mayor of Quillon by 400 votes.",
            "Tova Quarrow spent $3 million on that race in May 2011.",
        ),
        # Two races named by their years: which one?
        (
            "Dana Roe lost the 2010 race and won the 2014 race in Quillon.",
            "Tova Quarrow spent $3 million on that race in May 2015.",
        ),
        # A race spoken of after the named one ("a race"): maybe that one.
        (
            "Dana Roe lost the 2010 race in Quillon. Tova Quarrow ran in a race in Velmar.",
            "Dana Roe spent $3 million on that race in May 2015.",
        ),
        # Nouns the sentences before stand for.
        (
            "Dana Roe spoke to the Quillon Guild on May 2, 2019.",
            "Tova Quarrow carried that message to the Velmar Guild on May 9, 2019.",
        ),
        (
            "Dana Roe spoke to the Quillon Guild on May 2, 2019.",
            "Tova Quarrow voted that way in the Velmar Guild on May 9, 2019.",
        ),
    ],
)
def test_a_noun_that_determines_with_no_one_name_is_not_offered(lead, sentence):
    text = TITLE + lead + "\n\n" + sentence + "\n"
    assert verdict(text, sentence) == "pointer"


@pytest.mark.parametrize(
    "sentence",
    [
        # A clause after a verb of saying or knowing, or a noun that holds one.
        "Tova Quarrow noted that turnout in Quillon fell 9 percent in 2019.",
        "Tova Quarrow said that turnout was 41 percent in Quillon in 2019.",
        "Tova Quarrow rejected the claim that spending in Quillon rose in 2019.",
        # A relative: the noun before it is what it speaks of.
        "Tova Quarrow backed a process that began in Quillon in May 2019.",
        "Tova Quarrow signed the Velmar Act that voters approved in 2019.",
    ],
)
def test_a_that_opening_a_clause_or_a_relative_points_nowhere(sentence):
    assert that_determiners(sentence.split()) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A time after the noun, not its own word.
        "The Velmar Guild began a boycott of the group last year, in May 2015.",
        # A span of time after "for" says how long, not which one.
        "Tova Quarrow, who held back the video for 13 months, resigned in May 2019.",
        # "via" ends the phrase: "the attack" is the sentences before's.
        "Tova Quarrow wrote about the attack via Velmar Mail on May 9, 2019.",
        # A verb's particle is no noun of the phrase.
        "Tova Quarrow got the releases back on track in Quillon in May 2019.",
    ],
)
def test_a_bare_noun_read_with_the_words_after_it_is_still_a_pointer(sentence):
    text = TITLE + "Dana Roe spoke in Quillon on May 2, 2019.\n\n" + sentence + "\n"
    assert verdict(text, sentence) == "pointer"


def test_a_name_after_a_verb_names_no_noun_before_it() -> None:
    # "workers support Velmar Rising": "support" is a verb, not "the
    # support" named; "that support" is not offered.
    text = (
        TITLE + "Half of the Quillon clerks support Velmar Rising, a survey found in 2019.\n\n"
        "Tova Quarrow kept that support in Quillon through May 2019.\n"
    )
    assert verdict(text, "Tova Quarrow kept that support") == "pointer"


@pytest.mark.parametrize(
    ("lead", "sentence", "shown"),
    [
        (
            "The Quillon council took up the Velmar Housing Act in May 2019.",
            "The bill passed 13-0 on May 9, 2019.",
            "[The Velmar Housing Act] passed 13-0 on May 9, 2019.",
        ),
        (
            "The Quillon council took up the Velmar Housing Act in May 2019.",
            "Dana Roe voted against the measure on May 9, 2019.",
            "Dana Roe voted against [the Velmar Housing Act] on May 9, 2019.",
        ),
        (
            "Dana Roe and Tova Quarrow signed the Velmar Accord in 2018.",
            "The deal cost Quillon $3 million in 2019.",
            "[The Velmar Accord] cost Quillon $3 million in 2019.",
        ),
    ],
)
def test_a_noun_named_under_another_of_its_kind_is_cited_by_that_name(lead, sentence, shown):
    text = TITLE + lead + "\n\n" + sentence + "\n"
    assert cited(text)[-1] == shown


@pytest.mark.parametrize(
    "lead",
    [
        # Another bill spoken of: which one?
        "The Quillon council took up a tax bill and the Velmar Housing Act in May 2019.",
        # Two of the kind named.
        "The Quillon council took up the Velmar Housing Act and the Quarrow Act in May 2019.",
        # "The bill" spoken of before the act is named: maybe another one.
        "The bill before the Quillon council would amend the Velmar Housing Act of 2001.",
    ],
)
def test_a_noun_of_a_kind_named_unsurely_is_not_offered(lead):
    sentence = "Dana Roe voted against the bill on May 9, 2019."
    text = TITLE + lead + "\n\n" + sentence + "\n"
    assert verdict(text, sentence) == "pointer"


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # A time told from an event the sentences before told of.
        ("Tova Quarrow was endorsed the day before by the Velmar Guild.", "pointer"),
        ("Tova Quarrow resigned from the Velmar Guild the next day.", "pointer"),
        ("Two weeks earlier, Tova Quarrow had paid $500 to the Velmar Guild.", "pointer"),
        ("Tova Quarrow paid $500 a month to the Velmar Guild at the time.", "pointer"),
        # "At the time" of the saying dates no fact.
        ("Half of the Velmar Guild voted for Tova Quarrow in 2019, Dana Roe said at the time.", ""),
        # An act or a word the sentences before told of.
        ("Tova Quarrow cut the Velmar Guild's dues by $50 in response.", "pointer"),
        ("Tova Quarrow acknowledged as much in a Quillon Ledger column on May 9.", "pointer"),
        (
            "Tova Quarrow cut the Velmar Guild's dues by $50 in response to a 2019 Quillon audit.",
            "",
        ),
        ("Tova Quarrow gave as much as $500 to the Velmar Guild in 2019.", ""),
        # Told from an event the sentence names, or dated.
        ("Tova Quarrow paid $500 to the Velmar Guild two days before the Quillon vote.", ""),
        ("Tova Quarrow resigned from the Velmar Guild the next day, May 10, 2019.", ""),
        ("Two weeks earlier, on May 2, 2019, Tova Quarrow paid $500 to the Velmar Guild.", ""),
    ],
)
def test_a_time_or_an_act_told_from_an_earlier_event_points_back(sentence, why):
    text = TITLE + "Dana Roe spoke in Quillon on May 9, 2019.\n\n" + sentence + "\n"
    assert verdict(text, sentence) == why


def test_the_record_the_first_line_names_is_cited_by_that_name() -> None:
    text = (
        "The Quillon council on Wednesday is expected to finalize the language and adopt a"
        ' "depot-free" ordinance, closing 14 depots.\n\n'
        "The Quillon council voted 13-0 on May 4 in favor of the proposed ordinance.\n"
    )
    assert cited(text)[-1] == (
        'The Quillon council voted 13-0 on May 4 in favor of [the "depot-free" ordinance].'
    )
    # Unnamed, it stands: the record the story is about.
    unnamed = text.replace('a "depot-free" ordinance', "a depot ordinance")
    assert cited(unnamed)[-1] == (
        "The Quillon council voted 13-0 on May 4 in favor of the proposed ordinance."
    )


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "That year, Dana Roe raised $5 million for the Velmar Guild.",
            "That year [2010], Dana Roe raised $5 million for the Velmar Guild.",
        ),
        (
            "Dana Roe raised $5 million that year for the Velmar Guild.",
            "Dana Roe raised $5 million that year [2010] for the Velmar Guild.",
        ),
    ],
)
def test_that_year_is_dated_by_the_one_year_of_the_sentence_before(sentence, shown):
    lead = "Dana Roe ran for mayor of Quillon in 2010 and lost by 400 votes.\n\n"
    assert cited(TITLE + lead + sentence + "\n")[-1] == shown
    # Two years before it: which one?
    two = lead.replace("in 2010", "in 2010 and 2014")
    assert verdict(TITLE + two + sentence + "\n", sentence) == "pointer"
    # None: which year?
    none = lead.replace(" in 2010", "")
    assert verdict(TITLE + none + sentence + "\n", sentence) == "pointer"


@pytest.mark.parametrize(
    ("lead", "shown"),
    [
        # One holder, named fully and by the surname: one person.
        (
            "President Dana Roe of the Velmar Guild met clerks in May. President Roe's aides left.",
            "Tova Quarrow said [President Dana Roe] spent $40,000 on ads in May 2019.",
        ),
        # "Gov." is the governor's title.
        (
            "Gov. Dana Roe of Velmar met clerks in Quillon in May.",
            "Tova Quarrow said [Gov. Dana Roe] spent $40,000 on ads in May 2019.",
        ),
    ],
)
def test_the_office_is_named_by_its_one_holder(lead, shown):
    office = "governor" if "Gov." in lead else "president"
    sentence = f"Tova Quarrow said the {office} spent $40,000 on ads in May 2019."
    assert cited(TITLE + lead + "\n\n" + sentence + "\n")[-1] == shown


@pytest.mark.parametrize(
    "lead",
    [
        # Two holders: which one?
        "President Dana Roe and President Lee Quarrow met clerks in May.",
        # A former holder and a vice president hold no office now.
        "Former President Dana Roe and Vice President Lee Quarrow met clerks in May.",
    ],
)
def test_an_office_with_no_one_holder_is_not_named(lead):
    sentence = "Tova Quarrow said the president spent $40,000 on ads in May 2019."
    assert verdict(TITLE + lead + "\n\n" + sentence + "\n", sentence) == "pointer"


# A noun spoken of as someone's own, or with a phrase of its own, between the
# naming and "the <noun>" may be another one of it: no bracket, no fact.
CAMPAIGNS = (
    "Voters in Velmar heard little about the border this fall.\n\n"
    '"A clear goal for the Ruiz campaign is to stay close to the mayor," said Dana Holt.\n\n'
    "{between}\n\n"
    "Tarsk's navy has seized 40 ships since the campaign began last year, officials said on "
    "Tuesday.\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "Tarsk says the port is a vital front in its campaign against smugglers.",
        "Tarsk says the port is an important front in a campaign against smugglers.",
    ],
)
def test_another_campaign_spoken_of_since_the_naming_gives_no_bracket(between):
    text = CAMPAIGNS.format(between=between)
    assert not [c for c in cited(text) if "ships" in c], "the campaign may be Tarsk's own"
    assert verdict(text, "Tarsk's navy") != ""


def test_the_named_campaign_with_no_other_since_is_bracketed():
    text = CAMPAIGNS.format(between="Tarsk says the port is an important front.")
    assert (
        "Tarsk's navy has seized 40 ships since [the Ruiz campaign] began last year, "
        "officials said on Tuesday."
    ) in cited(text)
