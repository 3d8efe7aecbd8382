"""Speaker rules of issue 11's twenty-third helper round (speakers53), each
from a construction found among the realnews tuning part's quotes. Invented
names and sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_pronoun_after_a_sentence_opening_with_whose_view_it_gives_is_that_person():
    # "For Quell, Brask is ...": the sentence tells Quell's view of Brask,
    # and the "he" tagging the words after it is Quell, not the subject.
    text = (
        "Critics have piled on. For Tobin Quell, Ivo Brask is laying bare the cold sums of "
        "the old guard. \u201cThe harbor has not failed the workers,\u201d he mocks. "
        "\u201cThe workers have failed the harbor.\u201d"
    )
    assert speakers(text) == ["Tobin Quell", "Tobin Quell"]
    # "To ..." gives a view as well, and the viewer need not be the subject's sex.
    text = (
        "To Mara Vesk, Lena Ruiz is the wrong woman to run the port. "
        '"She has never sailed a ship," she said.'
    )
    assert speakers(text) == ["Mara Vesk"]
    # A description after the name, and a subject that is no person.
    text = (
        '"We have worked the phones since spring," said Ivo Brask, the county organizer. \n'
        "For Nessa Quell, a retired welder who knocks on doors for the slate, calling voters on "
        "Tuesday evenings is how she shows her grandchildren what a citizen does.\n"
        '"The young ones listen when you show up," she said.'
    )
    assert speakers(text) == ["Ivo Brask", "Nessa Quell"]


def test_a_viewpoint_opening_gives_way_to_its_owner_and_to_the_pronouns_sex():
    # Near misses: an owner's thing ("For Brask's campaign") gives no view
    # of a person, and a "he" after a woman's view is the man the sentence
    # is about.
    text = (
        "For Ivo Brask's campaign, Tobin Quell is the wrong man for the port. "
        '"He has never run a ship," he said.'
    )
    assert speakers(text) == ["Tobin Quell"]
    text = (
        "To Mara Vesk, Ivo Brask is the wrong man for the port. "
        '"I have run ships for thirty years," he said.'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_name_whose_s_stands_for_has_or_is_is_the_subject_a_pronoun_means():
    # "Quell's been making the case": "'s" for "has", Quell the subject, not
    # an owner; the "he" tagging the quote after it is Quell, not the man
    # the clause after "that" is about.
    text = (
        "Tobin Quell lit into Ivo Brask at the debate. Quell's been making the case "
        'for weeks that Brask isn\'t ready for the port. "You have never run a ship," he said.'
    )
    assert speakers(text) == ["Tobin Quell"]
    text = (
        "Ivo Brask spoke at noon. Tobin Quell's not going to let it go. "
        '"You have never run a ship," he said.'
    )
    assert speakers(text) == ["Tobin Quell"]
    # Near miss: an owner's "'s" ("Quell's aide") names no subject of Quell's.
    text = (
        "Ivo Brask spoke at noon. Tobin Quell's aide set up the chairs. "
        '"You have never run a ship," he said.'
    )
    assert speakers(text) == ["Ivo Brask"]


def test_a_pronoun_after_a_question_put_to_it_is_not_who_the_question_names():
    # "Asked about Ruiz, she replied": the one asked answers, not the one
    # the question is about.
    text = (
        "Mara Vesk has backed Lena Ruiz for years. Asked whom she would pick if Ruiz ends "
        "up facing the harbor chief, who has mocked pilots and clerks, she replied: "
        '"I can\'t say. We will find out soon enough."'
    )
    assert speakers(text) == ["Mara Vesk"]
    text = (
        "Ivo Brask has backed Tobin Quell for years. Asked whether Quell would win, "
        'he said: "I don\'t know."'
    )
    assert speakers(text) == ["Ivo Brask"]
    # Near miss: a question opening a sentence with its own subject after it
    # leaves that subject to a pronoun further on.
    text = (
        "Her nephew said she never once gave up. Asked what got her through the nights, "
        "Mara Vesk told a radio host from her ward that she had hummed old tunes. "
        '"Over and over, mostly. I figured somebody would hear me," she said.'
    )
    assert speakers(text) == ["Mara Vesk"]


def test_a_pronoun_after_a_quote_tagged_by_a_plain_woman_or_man_is_that_person():
    # `"...," said the woman, who ... "...," she said`: the woman the tag
    # describes by her sex alone goes on, not the last woman the article named.
    text = (
        '"This is our little town!" said Nessa Vale, 39, a cook at the harbor cafe. '
        "She said the cafe is proud of the mix of people in town.\n\n"
        "At a bakery near the pier, a young clerk was upset by the angry talk she has "
        'heard since the fire. "One guy came in and said we should close the pier for '
        'good," said the woman, who did not want to be named. "Too much anger," she said, '
        "blaming some of it on the council."
    )
    assert speakers(text) == ["Nessa Vale", "woman", "woman"]
    # Near miss: a description by office ("the congresswoman") points back
    # to the one the article named with that office.
    text = (
        'Rep. Nessa Vale spoke first. "We need the levy," the congresswoman said. "Now," she added.'
    )
    assert speakers(text) == ["Nessa Vale", "Nessa Vale"]


def test_a_pronoun_subject_after_an_opening_clause_is_that_clause_s_subject():
    # "When Mara Vesk arrived, she looked tired.": the "she" is Vesk, and so
    # is the "she" tagging the quote after it, not a woman named before.
    text = (
        "Lena Ruiz opened the hearing on Monday.\n\n"
        'Ivo Brask spoke next. When Mara Vesk arrived, she looked tired. "It is a mess," '
        "she said."
    )
    assert speakers(text) == ["Mara Vesk"]
    # Near miss: a "he" after her clause is someone else, and a "she" after
    # it still looks further back.
    text = (
        "Lena Ruiz opened the hearing on Monday.\n\n"
        'Ivo Brask spoke next. When Mara Vesk arrived, he looked tired. "It is a mess," '
        "she said."
    )
    assert speakers(text) == ["Lena Ruiz"]
