"""Speakers no reader would take as one: a sentence-opening verb ("Ask
yourself"), a contraction, "Here's", a capitalised phrase after "the", a
given name inside a sea's name, a form label, a truncated group noun. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from app.core.extract.clauses import main_subject
from tests.core.speaker_helpers import speakers


@pytest.mark.parametrize(
    "text",
    [
        "Quillon keeps losing votes. Ask yourself: which town will Vesk Brask win with her"
        " talk of rivals as the \u201cenemy,\u201d the deficit, and so on?",
        'Tell me: who calls a neighbour the "enemy" these days?',
        'Warn them now, and call the rivals "friends" instead.',
    ],
)
def test_a_sentence_opening_verb_before_its_object_is_no_speaker(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Vesk spoke in 1999. Here's Vesk again in May 2001:"
        ' "Our plan must rest on the new facts of trade."',
        "Ana Vesk spoke in 1999. Here\u2019s Vesk in 2001: \u201cWe cannot wait.\u201d",
    ],
)
def test_heres_before_a_name_is_not_part_of_it(text):
    assert speakers(text) == ["Ana Vesk"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We\u2019re told the rich should pay \u201ca lot\u201d more.", None),
        ('Vesk Brask met the board. She\'ll say the plan is "dead" on Monday.', "Vesk Brask"),
        ("Roe Quillon spoke. He\u2019s called the levy \u201cunfair\u201d twice.", "Roe Quillon"),
    ],
)
def test_a_contracted_pronoun_is_the_pronoun_not_a_name(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "For those not yet on the Velmar Train, the choice is plain. Velmar told"
            " reporters the plan was \u201ca disaster for everyone.\u201d",
            "Velmar",
        ),
        (
            "In our last letter from the Bottomless Quarry, we mocked three rivals.\n\n"
            "As for Roe, he was odd. As they say about the good doctor,"
            " \u201cgifted hands, busy mind.\u201d",
            None,
        ),
        (
            "The band played at the Brask Lantern on Friday. They called the crowd"
            ' "the loudest in years."',
            None,
        ),
    ],
)
def test_a_name_only_the_made_an_organization_is_no_antecedent(text, expected):
    # "the Velmar Train": an organization only for its "the", which neither
    # a bare "Velmar" nor "they" later points back to.
    assert speakers(text) == [expected]


@pytest.mark.parametrize("given", ["Daniel", "Ivo", "Anton"])
@pytest.mark.parametrize("feature", ["Sea", "Gulf", "Strait"])
def test_a_given_name_in_a_sea_or_gulf_is_no_person(given, feature):
    text = (
        "Brask kept pressing the point. He is one of few envoys who has toured"
        f" the thawing glaciers up north, the drought-ravaged {given} {feature}, and the"
        ' sinking isle of Quill.\n\n"I\'m no scientist," he said.'
    )
    assert speakers(text) != [f"{given} {feature}"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Name: Lisel Vesk Age: 31 City: Quillon Why she marched:"
            " \u201cWe never know what we will earn.\u201d",
            "Lisel Vesk",
        ),
        (
            "Name: Ivo Brask Age: 44City: LindvaleJob: cookWhy he came:"
            " \u201cTo be heard at last.\u201d",
            "Ivo Brask",
        ),
        ("Name: Roe Quillon\nAge: 52\nWhy he came: \u201cTo be heard.\u201d", "Roe Quillon"),
    ],
)
def test_a_form_label_is_not_the_speaker_but_the_name_it_gives(text, expected):
    assert speakers(text) == [expected]


def test_a_form_label_leaves_a_colon_after_a_name_alone():
    assert speakers("Vesk: \u201cWe will win this vote.\u201d") == ["Vesk"]
    assert speakers('Update: Roe Quillon said the vote was "a farce."') == ["Roe Quillon"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Legal observers note the council wouldn\u2019t truly \u201cclose\u201d the depot.",
            "Legal observers",
        ),
        ('Foreign observers said the count was "clean and quick."', "Foreign observers"),
        ('Several observers called the vote "a farce."', "Several observers"),
    ],
)
def test_observers_are_a_group_not_a_truncated_name(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text, subject",
    [
        ('Senior aides called the plan "a farce."', "Senior aides"),
        ('Local farmers said the dam was "a mistake."', "Local farmers"),
        ('Vesk said the dam was "a mistake."', "Vesk"),
    ],
)
def test_a_capitalized_word_before_a_plural_speaker_noun_describes_the_group(text, subject):
    found = main_subject(text, 0, text.index('"'))
    assert found is not None and text[found.start : found.end] == subject
    assert found.kind == ("name" if subject == "Vesk" else "noun")


@pytest.mark.parametrize(
    "text",
    [
        "Programs for deaf adults vary from state to state and town to town, depending on"
        ' whether they are "high" or "low" priority.',
        "Grants for small farms vary from state to state and town to town, depending on"
        ' whether they are "high" or "low" priority.',
    ],
)
def test_a_plural_opening_a_sentence_before_a_preposition_is_no_name(text):
    assert all(s is None for s in speakers(text))


def test_a_surname_ending_in_s_before_a_preposition_stays_a_name():
    text = 'Brooks of the harbor board spoke. Brooks said the dam was "a mistake."'
    assert speakers(text) == ["Brooks"]
