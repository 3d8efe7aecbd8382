"""Facts stand alone: a subject a reader can identify without the sentences
before, no related story's headline, no credit line or link.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract import find_facts
from tests.core.facts_helpers import cited, facts, verdict

OPENING = "Orla Brennick won the Quillon County primary on May 3 with 5,210 votes."


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # An epithet or a vague description for someone or something named before.
        ("The Quillon senator voted against the depot budget on Tuesday.", "subject"),
        ("The Quillon Senator voted against the depot budget on Tuesday.", "subject"),
        ("The former governor signed the depot contract in 2019.", "subject"),
        # An office several hold at once: which one?
        ("The senator voted against the depot budget on Tuesday.", "subject"),
        ("The first-term senator voted against the depot budget on Tuesday.", "subject"),
        ("The Quillon scholar left the depot board in 2019.", "subject"),
        ("The victory for the former mayor gave her party 5 seats.", "subject"),
        ("The notion started when the board met in March 2019.", "subject"),
        # A bare group or share of whom the sentences before say.
        ("Officials said the depot cost $3 million in 2019.", "subject"),
        ("Critics charged that the audit missed $40,000 in 2019.", "subject"),
        ("Nearly a third said they opposed the depot in 2019.", "subject"),
        ("No one voted against the budget in 2019.", "subject"),
        ("A source said the depot would close in May 2019.", "subject"),
        # A pronoun subject after an opening phrase, with no one to resolve it to.
        ("Only 120 miles from Marrowfield, it would cost $3 million a year.", "subject"),
        ("Dana Roe, it turned out, knew the 2019 figures better than the board did.", "subject"),
        # A place, a time, a group or a thing named before.
        ("The county board met there on May 9 to vote on the depot.", "pointer"),
        # "The state" as the subject, where the article named no state before.
        ("The state's budget rose 4 percent in 2019.", "pointer"),
        ("So far, the state has spent $3 million on the Marrowfield depot.", "pointer"),
        ("The county board met later that month to vote 5-2 on the depot.", "pointer"),
        ("Piet Harrowgate ordered nearly 300 of them to the depot in 2019.", "pointer"),
        ("Tamsin Quarrow supported it in a 5-2 vote on Tuesday.", "pointer"),
        ("At that, the county board voted 5-2 to close the depot.", "pointer"),
        ("Though doing so is rare, the board met twice in May 2019.", "pointer"),
        ("Two were arrested at the Marrowfield depot on May 9.", "subject"),
        # An office, a record or a count the article does not name.
        ("The mayor vetoed the depot budget on June 30.", "pointer"),
        ("Half a dozen board members resigned in 2019.", "subject"),
        # A plural common noun the article never writes inside a sentence.
        ("Candidates trailing by less than 0.3 percent have the right to a recount.", "subject"),
        ("Tamsin Quarrow and Mary Harrowgate announced they will leave the board.", "pointer"),
        # A conclusion drawn, a list's entry, a link, a credit line.
        ("1) The race to lead the Quillon County board in 2019.", "fragment"),
        ("So the board got the 2019 figure wrong by $3 million.", "opening"),
        ("The full results of the 2019 vote are here: http://example.org/quillon.", "boilerplate"),
        ("Audio produced by Tamsin Quarrow in May 2019.", "boilerplate"),
        ("Video edited by Tamsin Quarrow in May 2019.", "boilerplate"),
    ],
)
def test_a_fact_that_does_not_stand_alone_is_not_offered(sentence, why):
    text = f"{OPENING}\n{sentence}\n"
    assert facts(text) == [OPENING]
    assert verdict(text, sentence) == why


@pytest.mark.parametrize(
    "sentence",
    [
        # A record, an institution, an office, or a complement that names it.
        "The Quillon governor signed the Quillon depot budget on June 30.",
        "The head of the Quillon Transit Authority resigned on Monday.",
        "The charge against Piet Harrowgate was dropped on May 9.",
        # A group the sentence names, a share of a named group.
        "Officials in Quillon County said the Marrowfield depot cost $3 million in 2019.",
        "People named in the 2019 suit have until June 30 to answer it.",
        "Half of Quillon voters opposed the Marrowfield depot in 2019.",
        "Majority Leader Tamsin Quarrow scheduled the vote for June 30.",
        "A Quillon spokesman, Piet Harrowgate, said the Marrowfield depot closed in May 2019.",
        "A spokeswoman for the Quillon Transit Authority said its depot closed in 2019.",
        "The joint account, the Brennick Victory Fund, includes 32 county committees.",
        "By a 5-2 vote, the county board closed the Marrowfield depot on Tuesday.",
        "The county board will meet on June 30 to set this year's budget.",
        # A speaker's guess or plan, reported, is a checkable statement.
        "Tamsin Quarrow said the Marrowfield depot could cost $3 million in 2019.",
        "Tamsin Quarrow and Piet Harrowgate announced they will leave the Quillon County board.",
        # What the pointing word stands for is in the sentence.
        "Piet Harrowgate moved to Marrowfield in 2009 and ran its depot there until 2019.",
        "Quillon's jobless rate was 7 percent in January 2009 and peaked in October of that year.",
        "The board named 12 new clerks in 2019, and 3 of them resigned by May.",
        "Tamsin Quarrow said it would cost $3 million to close the Marrowfield depot in 2019.",
        "In 2019, there were 40 clerks at the Marrowfield depot.",
    ],
)
def test_a_subject_that_names_itself_is_kept(sentence):
    text = f"{OPENING}\n{sentence}\n"
    assert facts(text) == [OPENING, sentence]


def test_an_opening_phrase_pronoun_is_resolved_to_the_one_person_named_before():
    text = f"{OPENING}\nA Quillon native, she first ran for the Quillon County board in 2015.\n"
    found = find_facts(text)
    assert [f.cited_text(text) for f in found[1:]] == [
        "A Quillon native, [Orla Brennick] first ran for the Quillon County board in 2015."
    ]
    assert text[found[1].start : found[1].end] == (
        "A Quillon native, she first ran for the Quillon County board in 2015."
    )


def test_a_related_storys_headline_is_not_a_fact_but_a_one_line_paragraph_is():
    text = (
        f"{OPENING}\n"
        "Tamsin Quarrow returns $43,100 in depot funds.\n"
        "In a Marrowfield poll in May 2019, Orla Brennick had 45% and Tamsin Quarrow had 44%.\n"
        "Orla Brennick has 503 delegates since May 9, 2019 and Tamsin Quarrow has 70.\n"
    )
    assert verdict(text, "Tamsin Quarrow returns") == "headline"
    assert facts(text) == [OPENING] + text.strip().split("\n")[2:]


def test_a_title_s_capitalized_words_are_never_the_bracketed_person():
    text = (
        "The Ten Offensive Things Quarrow said were listed on May 3.\n"
        "She voted for the 2019 depot budget on Tuesday.\n"
    )
    assert facts(text) == ["The Ten Offensive Things Quarrow said were listed on May 3."]


def test_a_first_line_standing_alone_before_a_longer_paragraph_is_the_title():
    body = "Tamsin Quarrow signed the Quillon depot budget on May 3, a week after the 5-2 vote.\n"
    titled = "Tamsin Quarrow signs up to be a depot delegate.\n\n" + body
    assert verdict(titled, "Tamsin Quarrow signs") == "headline"
    assert facts(titled) == [body.strip()]
    # A first line followed by a shorter paragraph, or by the next line of
    # its own paragraph, is news.
    lede = "Tamsin Quarrow signed up to be a depot delegate on May 3.\n\nShe is 40.\n"
    assert facts(lede) == ["Tamsin Quarrow signed up to be a depot delegate on May 3."]


def test_a_pronoun_subject_after_a_place_and_its_states_abbreviation_is_resolved():
    text = f"{OPENING}\nAt a rally in Quillon, Ark., she promised 40 depot jobs in 2019.\n"
    assert cited(text)[1:] == [
        "At a rally in Quillon, Ark., [Orla Brennick] promised 40 depot jobs in 2019."
    ]
