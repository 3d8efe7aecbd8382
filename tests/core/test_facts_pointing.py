"""Facts whose words point back to the sentences before: a noun repeated
with "the", a pronoun in an opening phrase, a pronoun subject before a far
comma. Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import cited, facts, verdict

OPENING = "Dana Roe founded the Velmar Guild in Quillon on May 3, 2009."


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # Which guild, which ordinance: the sentence before says.
        ("Tova Quarrow later left the guild in 2019.", "pointer"),
        ("Tova Quarrow praised the depot and left on May 9.", "pointer"),
        ("Tova Quarrow left the guild hall in 2019.", "pointer"),
        ("Tova Quarrow praised the mayor on May 9.", "pointer"),
        # A record a decision is about, with no tally and no name: which one?
        ("The Quillon board approved the ordinance on May 9.", "pointer"),
        ("Tova Quarrow signed the measure into law on May 9.", "pointer"),
        # A pronoun in the opening phrase, for someone the sentences before named.
        ("As they met in Quillon, Tova Quarrow signed the depot contract on May 9.", "subject"),
        ("As its first act, the board closed the depot on May 9.", "subject"),
        # A bare "the <noun>" subject: which one, even with a figure or a date.
        ("The company said it had closed 40 depots since 2019.", "pointer"),
        ("The survey reached 1,000 adults between May 6 and May 9.", "pointer"),
        ("In 2019, the program hired 12 clerks.", "pointer"),
        # "The state" as the subject when the article named no state before.
        ("In 2017, the state declared itself a depot-free zone.", "pointer"),
        # A shell noun stands for what was said before, even with a date.
        ("Tova Quarrow spoke about the issue on Tuesday.", "pointer"),
        ("Tova Quarrow rejected the allegation.", "pointer"),
        ("Tova Quarrow walked back her comments on May 9.", "pointer"),
        ("Tova Quarrow spoke for the plan on May 9.", "pointer"),
        # The time or the act the sentences before told of.
        ("At the time, Tova Quarrow kept 2 clerks at the depot.", "pointer"),
        ("Instead, Tova Quarrow spent 20 minutes at the depot.", "pointer"),
        # Something the sentences before said, done again or by another.
        ("Tova Quarrow played a part in 2019, too.", "pointer"),
        # A place named before: the name before "there" is no place.
        ("Tova Quarrow met with Piet Harrowgate there in 2019.", "pointer"),
        # What the sentences before said, what a picture shows.
        ("Tova Quarrow, for one, voted against the depot budget on May 9.", "pointer"),
        ("The county board sued Tova Quarrow that same day.", "pointer"),
        ("The county board sued Tova Quarrow on May 9, as mentioned above.", "pointer"),
        ("Tova Quarrow (left) and Piet Harrowgate (right) met on May 9.", "caption"),
        # A count or a share of a group the sentences before named.
        ("All three candidates voted against the depot on May 9.", "subject"),
        ("Some people signed the depot petition on May 9.", "subject"),
        ("All were confirmed to the depot board on May 9.", "subject"),
        # A poll's answers or a contest's result without the poll or the contest.
        ("Tova Quarrow won 31 percent, picking up 4 seats.", "pointer"),
        ("Tova Quarrow is up from 37 percent, and Piet Harrowgate is down.", "pointer"),
        ("Among county voters, 48 percent chose Tova Quarrow on May 9.", "pointer"),
        ("Six in 10 said the depot should stay open in 2019.", "pointer"),
        # An epithet subject after three opening phrases.
        (
            "On May 9, during a visit to the depot, now called Velmar Hall, "
            "the candidate promised 40 jobs.",
            "subject",
        ),
        # The subject pronoun comes before the phrase's comma.
        (
            "All day it was the top subject of the Quillon Gazette, which hosted 3 debates.",
            "subject",
        ),
    ],
)
def test_a_fact_pointing_back_is_not_offered(sentence, why):
    text = f"{OPENING}\n{sentence}\n"
    assert facts(text) == [OPENING]
    assert verdict(text, sentence) == why


@pytest.mark.parametrize(
    "sentence",
    [
        # A figure or a date makes it worth citing all the same.
        "Tova Quarrow left the guild in 2019.",
        "Some people in Marrowfield signed a depot petition on May 9.",
        # A poll named, a vote, a count, a contest, a place.
        "Tova Quarrow won 31 percent of the Quillon vote on May 9.",
        "Tova Quarrow won 31 percent in Marrowfield on May 9.",
        "A Quillon Gazette poll found 48 percent chose Tova Quarrow on May 9.",
        "Two-thirds of the Quillon board voted to close the Quillon depot on May 9.",
        "Half of Quillon's 40 clerks resigned in 2019.",
        # More words say which one, or nothing before it is the same noun.
        "Tova Quarrow left the guild of Marrowfield in 2019.",
        # A clause says what the shell noun holds.
        "Tova Quarrow rejected the idea that the Marrowfield depot cost $3 million.",
        "Tova Quarrow announced her decision to close the Quillon depot on May 9.",
        # A record whose vote or decision the sentence states: the one the
        # story is about, worth citing even where the article never names it.
        "The ordinance passed 5-2 on May 9.",
        "The Quillon board approved the ordinance 5-2 on May 9.",
        "The Quillon board approved the ordinance in a unanimous vote on May 9.",
        "Tova Quarrow won the primary in Quillon on May 9.",
        # A place's governing body: the one the story is about.
        "The council voted 5-2 on May 9 to close the Quillon depot.",
        # A complement or an appositive that names it.
        "The charge against Tova Quarrow was dropped on May 9.",
        "The program, Marrowfield Works, hired 12 clerks in 2019.",
        # The pronoun stands for the subject after the phrase, or a noun in it.
        "Since its founding in 1990, the Marrowfield Grange has met 300 times.",
        "Unlike their rivals, the Marrowfield delegates voted 5-2 on May 9.",
        "While the Marrowfield Grange counted its votes, Tova Quarrow left on May 9.",
        "When it comes to taxes, the Marrowfield Grange voted 5-2 on May 9.",
        # A capitalized word after the comma is the subject, not the pronoun.
        "In a sign of worry, Tova Quarrow hired 3 new aides on May 9.",
    ],
)
def test_a_fact_that_names_what_it_speaks_of_is_kept(sentence):
    text = f"{OPENING}\n{sentence}\n"
    assert facts(text) == [OPENING, sentence]


def test_a_pronoun_before_a_far_comma_is_resolved_to_the_one_person_named_before():
    text = (
        "Orla Brennick won the Quillon County primary on May 3 with 5,210 votes.\n"
        "On Tuesday she lost the Marrowfield primary, according to the Quillon returns.\n"
    )
    assert cited(text)[1:] == [
        "On Tuesday [Orla Brennick] lost the Marrowfield primary, according to the Quillon returns."
    ]


def test_a_bare_record_as_the_subject_points_back_even_with_a_figure():
    text = (
        "The Quillon Gazette polled 500 voters on May 3 about the depot budget.\n"
        "The poll surprised Dana Roe's aides on May 4.\n"
        "The poll's sponsor surprised Dana Roe's aides on May 4.\n"
        "The poll taken by the Quillon Gazette surprised Dana Roe's aides on May 4.\n"
        "During Dana Roe's term, the budget surprised the board on May 4.\n"
        "The poll showed Dana Roe ahead by 5 points.\n"
    )
    assert verdict(text, "The poll surprised") == verdict(text, "The poll's") == "pointer"
    # A figure does not say which poll: as the subject, a bare "the poll"
    # points back all the same.
    assert verdict(text, "The poll showed") == "pointer"
    # The opening phrase names whose budget; which board, nothing does.
    assert verdict(text, "During Dana Roe's term") == "pointer"
    # (Nor does anything say which depot's budget the first line means.)
    assert facts(text) == [
        "The poll taken by the Quillon Gazette surprised Dana Roe's aides on May 4."
    ]


def test_a_man_named_only_with_his_honorific_still_counts_as_someone_he_may_be():
    text = (
        "Mr. Quarrow visited the grave of John Harrowgate on May 3.\n"
        "He met 40 voters in Marrowfield on May 9.\n"
    )
    assert facts(text) == ["Mr. Quarrow visited the grave of John Harrowgate on May 3."]


def test_a_name_in_a_quoted_title_is_not_the_person_a_pronoun_means():
    text = (
        'Orla Brennick appeared on "The Velmar Hour with Mary Harrowgate" on May 3.\n'
        "She raised $40,000 in Marrowfield on May 9.\n"
    )
    assert cited(text)[1:] == ["[Orla Brennick] raised $40,000 in Marrowfield on May 9."]


def test_someone_a_speaker_names_inside_quote_marks_is_not_the_person_a_pronoun_means():
    for mark, close in (('"', '"'), ("\u201c", "\u201d")):
        text = (
            f"{mark}I will beat Mary Harrowgate in May,{close} Orla Brennick said on May 3.\n"
            "She raised $40,000 in Marrowfield on May 9.\n"
        )
        assert cited(text)[-1] == "[Orla Brennick] raised $40,000 in Marrowfield on May 9."


def test_a_sentence_whose_parenthesis_opens_or_closes_elsewhere_is_a_fragment():
    text = (
        f"{OPENING}\n"
        "(In an interview on May 9, Tova Quarrow said the guild had 40 members.\n"
        "The county board closed the depot on May 9.)\n"
        "Tova Quarrow (a Quillon native) joined the Quillon board in 2019.\n"
    )
    assert verdict(text, "The county board closed") == "fragment"
    assert facts(text)[1:] == ["Tova Quarrow (a Quillon native) joined the Quillon board in 2019."]


def test_a_pronoun_after_a_first_word_the_article_writes_in_lower_case_is_unnamed():
    text = (
        "Quillon County reported its unemployment figures on May 3.\n"
        "Unemployment fell to 5 percent during the crisis he inherited.\n"
        "Making her way through Quillon, Orla Brennick met 40 voters on May 9.\n"
    )
    assert verdict(text, "Unemployment fell") == "subject"
    assert facts(text)[1:] == [
        "Making her way through Quillon, Orla Brennick met 40 voters on May 9."
    ]


def test_a_body_named_before_is_named_in_brackets_an_office_without_its_holder_points_back():
    text = (
        "The mayor of Quillon County cut the county budget on May 3.\n"
        "Tova Quarrow praised the county on May 9.\n"
        "Tova Quarrow praised the mayor on May 9.\n"
    )
    # Named before as "Quillon County", "the county" is that one; the
    # article never names the mayor.
    assert verdict(text, "Tova Quarrow praised the mayor") == "pointer"
    assert cited(text) == ["Tova Quarrow praised [Quillon County] on May 9."]
