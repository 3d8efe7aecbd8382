"""Issue 11: a group named by a noun for a kind of person speaks as that
group, found in a general word list (WordNet's nouns for a kind of person),
not only in the extractor's own short lists. Invented names and sentences
only; each test failed before its rule."""

from __future__ import annotations

from app.core.extract import find_quotes
from app.core.extract.speaker_nouns import people_plural


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def test_a_group_modified_by_a_clause_naming_someone_speaks_not_the_name():
    # The tag verb's subject is the group; the name is the object of the
    # participle or relative clause that says which group it is.
    text = 'Republicans supporting Ivo Brask called the plan "a giveaway."'
    assert quoted(text) == [("a giveaway.", "Republicans")]
    text = 'Democrats who backed Ivo Brask said "the valley road has waited long enough."'
    assert quoted(text) == [("the valley road has waited long enough.", "Democrats")]
    # With the name known from before, still the group.
    text = (
        "Ivo Brask toured the depot on Monday. "
        'Republicans backing Ivo Brask called the levy "a stealth tax."'
    )
    assert quoted(text) == [("a stealth tax.", "Republicans")]


def test_the_person_noun_list_reads_plurals_as_written():
    assert people_plural("reviewers")
    assert people_plural("Republicans")
    assert people_plural("Reviewers")  # a lower-case noun opening a sentence
    assert people_plural("deputies")
    assert not people_plural("plans")
    assert not people_plural("reviewer")  # one person: the plural only
    assert not people_plural("republicans")  # WordNet capitalizes the party noun


def test_a_plural_person_noun_subject_of_a_verb_of_saying_is_the_speaker():
    # No name and no word of the extractor's own lists: the group as written,
    # as "the guild's spokesman said" gives "guild's spokesman".
    text = 'The guild\'s reviewers had said "the manuscript needs another year of work."'
    assert quoted(text) == [("the manuscript needs another year of work.", "guild's reviewers")]
    text = 'The reviewers said "the second chapter drags and the ending is rushed."'
    assert quoted(text) == [("the second chapter drags and the ending is rushed.", "reviewers")]
    text = 'After the frost, the beekeepers said "the spring was the worst in a decade."'
    assert quoted(text) == [("the spring was the worst in a decade.", "beekeepers")]


def test_two_groups_joined_by_and_speak_together_not_the_last_alone():
    # "X and Y called it ...": both groups are the subject; the last noun
    # alone names only half of them.
    text = 'In a joint note, 40 glaziers and roofers called the levy "a tax on every new porch."'
    assert quoted(text) == [("a tax on every new porch.", "40 glaziers and roofers")]
    text = 'Beekeepers and growers said the spray was "worse than the frost of two winters ago."'
    assert quoted(text) == [("worse than the frost of two winters ago.", "Beekeepers and growers")]
    text = 'Dozens of ferrymen and lecturers called the timetable "a puzzle with no answer."'
    assert quoted(text) == [("a puzzle with no answer.", "Dozens of ferrymen and lecturers")]
    # Singular titles joined by "and" describe one person: not widened.
    text = 'The harbor chief and former pilot said "the channel is safe again."'
    assert quoted(text) == [("the channel is safe again.", "former pilot")]
    # A clause of its own before "and": only the group after it speaks.
    text = 'Rents rose and lecturers called the plan "a step too far for the valley."'
    assert quoted(text) == [("a step too far for the valley.", "lecturers")]


def test_a_name_and_a_group_joined_by_and_speak_together_not_the_group_alone():
    # "X and nurses said": the whole subject as written, a name among it
    # (was the group alone); the other order was already whole.
    text = 'Tamsin Velmar and nurses said "the night ward is full by nine."'
    assert quoted(text) == [("the night ward is full by nine.", "Tamsin Velmar and nurses")]
    text = '"The night ward is full by nine," Tamsin Velmar and two nurses said.'
    assert quoted(text) == [("The night ward is full by nine,", "Tamsin Velmar and two nurses")]
    text = 'The ferrymen and Ivo Quillon called the timetable "a riddle nobody solved."'
    assert quoted(text) == [("a riddle nobody solved.", "ferrymen and Ivo Quillon")]
    # Two names, as before.
    text = 'Tamsin Velmar and Ivo Quillon said "the night ward is full by nine."'
    assert quoted(text) == [("the night ward is full by nine.", "Tamsin Velmar and Ivo Quillon")]


def test_a_list_of_three_names_or_groups_speaks_whole_not_its_last_two():
    # "A, B and C said": every one of the list (was "B and C"), with or
    # without a comma before "and", opening the sentence or after the quote.
    text = 'Glaziers, ferrymen and lecturers said "the bridge toll is far too steep."'
    assert quoted(text) == [
        ("the bridge toll is far too steep.", "Glaziers, ferrymen and lecturers")
    ]
    text = '"The bridge toll is far too steep," students, ferrymen, and lecturers said.'
    assert quoted(text) == [
        ("The bridge toll is far too steep,", "students, ferrymen, and lecturers")
    ]
    text = 'But glaziers, ferrymen and lecturers called the toll "a tax on the valley."'
    assert quoted(text) == [("a tax on the valley.", "glaziers, ferrymen and lecturers")]
    names = "Tamsin Velmar, Ivo Quillon and Odo Brannick"
    text = f'{names} said "the bridge toll is far too steep."'
    assert quoted(text) == [("the bridge toll is far too steep.", names)]
    text = 'On Monday, Tamsin Velmar, Ivo Quillon, and Odo Brannick said "the toll must go."'
    assert quoted(text) == [("the toll must go.", names)]
    text = '"The toll must go," Tamsin Velmar, Ivo Quillon and nurses said.'
    assert quoted(text) == [("The toll must go,", "Tamsin Velmar, Ivo Quillon and nurses")]
    # An introductory phrase or a place before the list is no part of it.
    text = 'In Lindvale, Tamsin Velmar, Ivo Quillon and Odo Brannick said "the toll must go."'
    assert quoted(text) == [("the toll must go.", names)]
    text = 'At the pier in Lindvale, Ohio, Tamsin Velmar and Ivo Quillon said "the toll must go."'
    assert quoted(text) == [("the toll must go.", "Tamsin Velmar and Ivo Quillon")]


def test_one_person_described_and_a_group_or_a_name_speak_together():
    # "the principal and ferrymen said": a person and a group (was the group
    # alone); "the principal and Ivo Quillon said": both (was the name alone).
    text = 'The principal and ferrymen said "the pier will stay shut until spring."'
    assert quoted(text) == [("the pier will stay shut until spring.", "principal and ferrymen")]
    text = '"The pier will stay shut," the principal and two ferrymen said.'
    assert quoted(text) == [("The pier will stay shut,", "principal and two ferrymen")]
    text = 'The principal and Ivo Quillon said "the pier will stay shut until spring."'
    assert quoted(text) == [("the pier will stay shut until spring.", "principal and Ivo Quillon")]
    # Two singular descriptions are one person, as before.
    text = 'The harbor chief and former ferryman said "the pier will stay shut."'
    assert quoted(text) == [("the pier will stay shut.", "former ferryman")]


def test_a_word_before_two_names_is_no_list_item():
    # "Well, A and B said": no list of three; "A, Lindvale, and B said": a
    # place set off after a name, no list either (as before).
    text = 'Well, Tamsin Velmar and Ivo Quillon said "the toll must go."'
    assert quoted(text) == [("the toll must go.", "Tamsin Velmar and Ivo Quillon")]
    text = 'Tamsin Velmar, Lindvale, and Ivo Quillon said "the toll must go."'
    assert quoted(text) == [("the toll must go.", "Ivo Quillon")]


def test_two_names_after_an_inverted_verb_of_saying_speak_together():
    # `," said A and B`: both, as `," A and B said` gives (was B alone).
    text = '"The pier will stay shut," said Tamsin Velmar and Ivo Quillon.'
    assert quoted(text) == [("The pier will stay shut,", "Tamsin Velmar and Ivo Quillon")]
    text = '"The pier will stay shut," said Velmar and Quillon, who run the ferry.'
    assert quoted(text) == [("The pier will stay shut,", "Velmar and Quillon")]
