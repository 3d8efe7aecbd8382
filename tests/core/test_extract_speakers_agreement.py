"""Agreement between a pronoun and the one it points back to, and what can
be a person at all: a state or a country named alone is no "she", a crowd
"of" someone is not that someone, a word hyphened to a description is no
part of a name; a woman's "said he" is about someone else.
Sentences and names are invented."""

from __future__ import annotations

from app.core.extract.names import parse_name
from app.core.extract.people import Cast
from app.core.extract.place_names import is_place_name
from tests.core.speaker_helpers import speakers


def test_a_state_or_country_named_alone_is_no_person():
    assert is_place_name("Georgia") and is_place_name("Israel") and is_place_name("Asia")
    assert not is_place_name("Margaret") and not is_place_name("georgia")
    text = (
        "Florida is a swing state, and Ana Lusk aimed her speech at her rival. "
        '"We have work to do," she told the crowd.\n\n'
        'Georgia is a big prize. "We need it," she said.'
    )
    assert speakers(text) == ["Ana Lusk", "Ana Lusk"]


def test_a_country_that_speaks_is_a_body_not_a_he():
    text = 'Israel says the plan fails. Ivo Brask agreed. "It is a bad deal," he said.'
    cast = Cast(text)
    assert cast.orgs["Israel"].kind == "org" and "Israel" not in cast.people
    assert speakers(text) == ["Ivo Brask"]


def test_a_crowd_of_someone_is_not_that_someone():
    text = 'Supporters of Tom Vesk cheered as Rick Dorn spoke. "We love him," he said.'
    assert not [name for name in Cast(text).people if "Supporters" in name]
    assert speakers(text) == ["Rick Dorn"]
    lawyers = Cast('Lawyers for Ana Lusk filed a motion. "It is simple," she said.')
    assert "Ana Lusk" in lawyers.people
    # A person's title with "for" is still one run, not a crowd: the title,
    # then the person, as "Secretary of State Ana Lusk" is read.
    parsed = parse_name("Undersecretary for Political Affairs Ana Lusk")
    assert (parsed.name, parsed.role) == (["Ana", "Lusk"], ["Undersecretary"])


def test_a_word_hyphened_to_a_description_is_no_part_of_a_name():
    assert parse_name("Oscar-winner Ana Lusk").name == ["Ana", "Lusk"]
    assert parse_name("Liberal Emmy-nominated Lusk").name == ["Lusk"]
    assert parse_name("Ana Vasko-Prent").name == ["Ana", "Vasko-Prent"]
    text = (
        "Liberal Oscar-winner Lusk not sure about the race\n\n"
        "The actress Susan Lusk is not sure she can vote for Tom Vesk.\n\n"
        '"That is a fair worry," Lusk told a reporter.'
    )
    assert speakers(text) == ["Susan Lusk"]


def test_said_he_after_a_womans_name_is_about_someone_else():
    # "Ana Lusk said he ..." in political news is mostly reported speech
    # about a man; it never overrules the name list's gender.
    text = (
        "Ana Lusk said he was unfit. Lusk said he had lied. Tom Vesk stayed away.\n\n"
        '"He is a fraud," she said.'
    )
    assert speakers(text) == ["Ana Lusk"]


def test_a_name_apposed_to_a_spokeswoman_for_someone_speaks():
    text = (
        '"We lost," said a spokeswoman for Tom Vesk, Ana Lusk.\n\n'
        '"We will be back," said a spokesman for the Harbor Group, Ivo Brask, in a statement.\n\n'
        '"It is done," said a spokesman for Tom Vesk.'
    )
    assert speakers(text) == ["Ana Lusk", "Ivo Brask", "spokesman for Tom Vesk"]


def test_it_as_a_subject_leaves_the_sentence_to_the_one_it_names():
    text = (
        "Rick Dorn was joined by Tom Vesk at the rally.\n\n"
        "It was Tom Vesk who first raised the issue with Rick Dorn. "
        '"I had to," he said.'
    )
    assert speakers(text) == ["Tom Vesk"]


def test_quoted_as_saying_names_who_said_it():
    text = (
        'A later post quoted Omar Vesk as saying "We must act before the next flood."\n\n'
        'Tom Vesk quoted Ana Lusk as saying the bill "will never pass."'
    )
    assert speakers(text) == ["Omar Vesk", "Ana Lusk"]


def test_a_sentence_announcing_someones_answer_names_the_quote_after_it():
    text = 'Tom Vesk had a simple answer. "No way."\n\nAna Lusk had a message. "Vote."'
    assert speakers(text)[0] == "Tom Vesk"
