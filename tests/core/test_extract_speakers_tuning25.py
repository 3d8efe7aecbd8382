"""Speaker rules of issue 11's twenty-fifth helper round (speakers55), each
from a construction found among the realnews tuning part's quotes. Invented
names and sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_common_word_of_a_surname_is_no_name():
    # "Word of Brask's plan": the surname after "of" is the man, not a
    # person named "Word of Brask".
    text = (
        "Lena Quorle met Ivo Brask at the mill on Friday. Word of Brask\u2019s plan "
        'spread fast, and he called it "a fair bargain for all of us."'
    )
    assert speakers(text) == ["Ivo Brask"]
    # Opening a sentence, with a pronoun after it.
    text = (
        "Ivo Brask ran the lantern works in Marlow for a decade.\n\n"
        'Footage of Brask again appears. "The river will rise by spring," he says.'
    )
    assert speakers(text) == ["Ivo Brask"]
    # A given name before "of" keeps the name whole: "Orla of Quenby".
    text = 'Orla of Quenby stood at the gate. "We open at dawn," she said.'
    assert speakers(text) == ["Orla of Quenby"]


def test_whom_footage_shows_is_the_he_after_it():
    # "Footage of Ivo Brask again appears. "...," he says.": the man the
    # film shows, not the man named last before it.
    text = (
        "Ivo Brask, a preacher, spoke in a film made in 2009. Tobin Vesk appears next "
        "in a clip from a rally. The crowd cheers Vesk\u2019s words.\n\n"
        'Footage of Ivo Brask again appears. "The river will rise by spring," he says.'
    )
    assert speakers(text) == ["Ivo Brask"]
    # After "the wife of", the name is not who speaks.
    text = (
        "Ivo Brask, a preacher, spoke in a film made in 2009. Tobin Vesk appears next "
        "in a clip from a rally. The crowd cheers Vesk\u2019s words.\n\n"
        'The brother of Ivo Brask then appears. "The river will rise by spring," he says.'
    )
    assert speakers(text) != ["Ivo Brask"]


def test_a_surname_alone_after_a_department_capitalized_is_that_person():
    # "Former Secretary of State Quorle": the woman named before, so the
    # "she" after the sentence is hers, not the last woman named before it.
    text = (
        "Lena Quorle spoke in Marlow on Sunday. Mara Fell spoke too.\n\n"
        "Former Secretary of State Quorle was in the hall. "
        '"We need more ferry inspectors," she said.'
    )
    assert speakers(text) == ["Lena Quorle"]


def test_the_adviser_a_name_modifies_is_not_that_name():
    # `," said the senior Brask adviser.`: the adviser, an unnamed source
    # brought in before, not Brask.
    text = (
        '"It helps us," said a senior Brask adviser. Ivo Brask spoke in Marlow on Monday.\n\n'
        '"I think voters are practical people," said the senior Brask adviser.'
    )
    assert speakers(text) == ["senior Brask adviser", "senior Brask adviser"]
    text = (
        "Ivo Brask spoke in Marlow on Monday.\n\n"
        '"I think voters are practical people," said the Brask adviser.'
    )
    assert speakers(text) == ["Brask adviser"]
    # The name after the description is the speaker.
    text = (
        "Ivo Brask spoke in Marlow on Monday.\n\n"
        '"I think voters are practical people," said the senator Ivo Brask.'
    )
    assert speakers(text) == ["Ivo Brask"]
