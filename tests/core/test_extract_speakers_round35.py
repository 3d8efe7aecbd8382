"""Thirty-fifth round of issue 11: construction families found by the
attribution probes (tests/data/attribution_probes.txt), each checked in
several wordings. Invented names and sentences only; each test fails
without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_quote_as_its_own_sentence_after_one_about_a_person():
    # `Ruiz was blunt. "..."`: the sentence before, in the quote's paragraph,
    # is about a person; the quote that follows it as a sentence of its own
    # is theirs, as it is when the quote opens the next paragraph.
    for text, speaker in (
        ('Petra Lindqvist was more direct. "The wells are poisoned."', "Petra Lindqvist"),
        (
            'The hall was full. Anton Brask did not hold back. "Sell the mill. Sell it now."',
            "Anton Brask",
        ),
        (
            'Mara Oduya met the press.\n\nShe shook her head. "Nobody asked the farmers."',
            "Mara Oduya",
        ),
        ('Casimir Vesk stood up at last. "I have waited long enough!"', "Casimir Vesk"),
    ):
        assert speakers(text) == [speaker], text


def test_a_quote_after_a_sentence_about_no_person_stays_unnamed():
    for text in (
        'The board met on Monday. "We will appeal."',
        'Ivo Quillon ran the mill. The roof leaked for years. "Nobody came."',
    ):
        assert speakers(text) == [None], text


def test_an_irregular_past_between_two_names_is_a_verb():
    # "Anton Brask met Petra Lindqvist": "met" is no descriptor ("Ohio
    # consultant Ana Ruiz"); the subject ends at the first name.
    for text, speaker in (
        ('Anton Brask met Petra Lindqvist on Monday.\n\n"Sell the mill."', "Anton Brask"),
        ('Mara Oduya sent Ivo Quillon a letter. "Pay the rent."', "Mara Oduya"),
        (
            'Ivo Quillon brought Tamsin Velmar to the hall.\n\n"We will win the vote."',
            "Ivo Quillon",
        ),
        ('Petra Roe fought Casimir Vesk for the seat.\n\n"It was a close race."', "Petra Roe"),
    ):
        assert speakers(text) == [speaker], text


def test_a_noun_between_two_names_still_describes_the_second():
    for text, speaker in (
        ('Ivo Vesk aide Petra Lindqvist spoke first.\n\n"Sell the mill."', "Petra Lindqvist"),
        ('Veskton campaign manager Anton Brask was blunt.\n\n"We lost."', "Anton Brask"),
    ):
        assert speakers(text) == [speaker], text


def test_they_after_two_people_joined_by_and_is_both():
    # `Ana Ruiz and Ivo Brask bought ... "...," they said`: both of them
    # (was one of them, from the passage, or the outlet the tag names).
    for text, speaker in (
        (
            'Tamsin Velmar and Ivo Quillon bought the farm in 1998.\n\n"We thought it would '
            'be easy," they said.',
            "Tamsin Velmar and Ivo Quillon",
        ),
        (
            'Velmar and Quillon sold the boat in May.\n\n"It was time," they told the Ledger.',
            "Velmar and Quillon",
        ),
        (
            'Dr. Petra Roe and Dr. Anton Brask wrote the study. "The drug works," they wrote.',
            "Petra Roe and Anton Brask",
        ),
    ):
        assert speakers(text) == [speaker], text
    # A plural description is still the group, as before.
    assert speakers('Nurses marched on Monday.\n\n"Pay us," they chanted.') == ["Nurses"]


def test_two_surnames_with_courtesy_titles_joined_by_and_are_two_people():
    # "Mrs. Lindqvist and Mr. Vesk" was one name (a firm's, as "Lindqvist
    # and Vesk"): neither was a person, so "she" and "he" found no one.
    for text, speaker in (
        ('Mrs. Lindqvist and Mr. Vesk both spoke.\n\n"I was there first," she said.', "Lindqvist"),
        ('Mrs. Lindqvist and Mr. Vesk both spoke.\n\n"I was there first," he said.', "Vesk"),
        ('Ms. Oduya and Petra Roe met the board. "We want a vote," said Ms. Oduya.', "Oduya"),
        (
            'Mr. Brask and Ms. Quillon ran the mill.\n\n"We ran it well," they said.',
            "Brask and Quillon",
        ),
    ):
        assert speakers(text) == [speaker], text


def test_quoted_as_saying_with_a_phrase_after_is_a_tag():
    # `," Ruiz was quoted as saying in the Gazette`: was no speaker (only a
    # bare `quoted as saying.` was read).
    for text, speaker in (
        (
            '"We will fix the road," Tamsin Velmar is quoted as saying in the Ledger.',
            "Tamsin Velmar",
        ),
        ('"The cod are gone," Ivo Quillon was quoted as saying on Monday.', "Ivo Quillon"),
        ('"Fix the road," the Ledger quoted Mara Oduya as saying in May.', "Mara Oduya"),
    ):
        assert speakers(text) == [speaker], text
    # A participle after another word still tags nothing.
    assert speakers('"Fix the road," a sign read, echoing the mayor.') != ["the mayor"]


def test_a_verb_and_particle_leading_a_quote_in_are_its_speaker():
    # `Ruiz said, before Vesk chimed in: "..."`: Vesk's words, not a report of
    # Ruiz's (as `Ruiz said Vesk called it "..."` is); `," Vesk chimed in`
    # is a tag as `shot back` is.
    for text, expected in (
        (
            '"The road is finished," Tamsin Velmar said, before Ivo Quillon chimed in: '
            '"It is half finished."',
            ["Tamsin Velmar", "Ivo Quillon"],
        ),
        (
            '"We pay," Mara Oduya said, but Anton Brask shot back: "With what money?"',
            ["Mara Oduya", "Anton Brask"],
        ),
        ('Petra Roe said Casimir Vesk fired back: "Prove it."', ["Casimir Vesk"]),
        ('"It is half finished," Ivo Quillon chimed in.', ["Ivo Quillon"]),
        ('"Not again," Mara Oduya chimed in on Monday.', ["Mara Oduya"]),
    ):
        assert speakers(text) == expected, text
    assert speakers('Petra Roe said Casimir Vesk called the road "a disgrace to us all."') == [
        "Petra Roe"
    ]


def test_a_signature_line_names_the_person_not_the_account():
    # `-- Ana Ruiz (@aruiz) May 9, 2016` under an embedded post: was "aruiz".
    for text, speaker in (
        (
            'Tamsin Velmar wrote on Twitter:\n\n"We will win Ohio!"\n\n'
            "\u2014 Tamsin Velmar (@TamsinV) October 9, 2016",
            "Tamsin Velmar",
        ),
        ('"The cod are gone."\n\n-- Ivo Quillon (@IvoQ) May 3, 2016', "Ivo Quillon"),
        ('"The cod are gone." \u2014 Ivo Quillon (@IvoQ) May 3, 2016', "Ivo Quillon"),
    ):
        assert speakers(text) == [speaker], text


def test_a_nickname_in_quote_marks_inside_a_name_keeps_the_name_whole():
    # `Juan "Chico" Ruiz ... he said`: was "Juan" (the marks cut the name).
    for text, speaker in (
        ('"We will win," said Ivo "Red" Quillon, the county\'s sheriff.', "Ivo Quillon"),
        (
            'Mara \u201cMoe\u201d Oduya carried one of the photos. "I cried the whole '
            'parade," she said.',
            "Mara Oduya",
        ),
        ('Anton "Tony" Brask ran the mill.\n\n"We made paper," he said.', "Anton Brask"),
    ):
        assert speakers(text) == [speaker], text


def test_a_pronoun_after_a_question_put_to_someone_is_who_was_asked():
    # `"...?" Roe asked Velmar.` then `"...," she said`: the one asked answers
    # (was the asker, the quote's speaker before); as `Roe asked Velmar whether`.
    for text, expected in (
        (
            '"Will you run?" Dana Roe asked Tamsin Velmar.\n\n"No," she replied.',
            ["Dana Roe", "Tamsin Velmar"],
        ),
        (
            '"Is the road done?" Ivo Roe asked Anton Brask.\n\n"It is done," he said.',
            ["Ivo Roe", "Anton Brask"],
        ),
        (
            '"Why?" Mara Oduya asks Petra Lindqvist.\n\n"Because," she says.',
            ["Mara Oduya", "Petra Lindqvist"],
        ),
    ):
        assert speakers(text) == expected, text
    # Not a request put to someone: the speaker goes on.
    text = (
        'Tamsin Velmar asked Dana Roe to resign.\n\n"She must go," Velmar said. "Now," she added.'
    )
    assert speakers(text) == ["Tamsin Velmar", "Tamsin Velmar"]
