"""Twelfth round of issue 11: a described speaker ("a spokeswoman for the
Board", "the board", "six in 10 voters", "Vesk's campaign") is the subject
phrase as written, never a name standing nearby as an object, inside a
prepositional phrase or after a possessive. Invented names and sentences
only; each test fails on the code before its rule."""

from __future__ import annotations

from app.core.extract import find_quotes

LEAD = "Ana Vesk spoke in Ardell on Monday.\n\n"


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(text)]


def test_someone_unnamed_keeps_whom_they_speak_for_before_the_verb():
    # As "said a spokesman for X" already did: the subject before the verb,
    # after the quote or opening the sentence, keeps "for X".
    text = LEAD + '"The facts have not changed at all," a spokesman for the Ardell Party said.'
    assert quoted(text) == [
        ("The facts have not changed at all,", "spokesman for the Ardell Party")
    ]
    text = (
        LEAD + "A spokeswoman for the House Farm Committee emailed reporters with the text of "
        'the act, arguing, "As you can see, the law says nothing of the kind."'
    )
    assert quoted(text) == [
        (
            "As you can see, the law says nothing of the kind.",
            "spokeswoman for the House Farm Committee",
        )
    ]
    # With nothing after the noun, the noun alone.
    assert quoted(LEAD + '"We will win," a spokesman said.') == [("We will win,", "spokesman")]


def test_a_name_after_a_verb_is_the_object_not_the_subject():
    # "The board saw Vesk": the board is the subject; Vesk, after a verb,
    # its object. A name after a noun for a person still is the subject.
    text = (
        LEAD + "The board saw Vesk, then 44, as the right driver to speed the "
        '"grandfather of the valley" into the new age.'
    )
    assert quoted(text) == [("grandfather of the valley", "board")]
    text = LEAD + 'A staffer emailed Vesk the list of guests under the subject line "Our people."'
    assert quoted(text) == [("Our people.", "staffer")]
    text = LEAD + 'The presumptive nominee Tomas Brask called it "a clear win for all of us."'
    assert quoted(text) == [("a clear win for all of us.", "Tomas Brask")]


def test_an_absolute_with_clause_names_who_speaks():
    text = (
        "Lindvale was on the minds of the crowd, with many walkers and neighbors singing "
        '"Bridges for all" and "Home again."'
    )
    assert quoted(text) == [
        ("Bridges for all", "many walkers and neighbors"),
        ("Home again.", "many walkers and neighbors"),
    ]
    text = (
        "Nurses were loud backers of Ana Vesk, with the Federation of Harbor Nurses "
        'praising her as "the ally our wards deserve" at a picnic.'
    )
    assert quoted(text) == [("the ally our wards deserve", "Federation of Harbor Nurses")]


def test_a_verb_inside_a_phrase_after_the_quote_is_no_tag():
    # `" until Brask said`: Brask speaks in the "until" clause, not the
    # quote; `" after Big Tuesday voting in 11 states`: no one speaks there.
    text = (
        "Ivo Lund, a teacher, voted on Saturday.\n\n"
        'Lund said he was "riding the fence for weeks" until Brask said she backed the senator.'
    )
    assert quoted(text) == [("riding the fence for weeks", "Ivo Lund")]
    text = (
        "Tomas Brask is starting his campaign in Ardell.\n\n"
        'Brask says he will win "plenty of seats" after Big Tuesday voting in 11 states.'
    )
    assert quoted(text) == [("plenty of seats", "Tomas Brask")]
    # A tag past a comma still tags: `" from the fund, the Gazette reported`.
    text = (
        LEAD + 'The Vesk Trust "received as much as $2 million in payments" from the fund, '
        "the Ardell Gazette reported."
    )
    assert quoted(text) == [("received as much as $2 million in payments", "Ardell Gazette")]


def test_a_name_in_the_possessive_owns_the_subject_it_opens():
    text = (
        "Tomas Vesk spoke in Ardell on Monday.\n\n"
        "In responding Friday, Vesk's campaign took the rare step of faulting the "
        'agencies, accusing them of "overreach run amok."'
    )
    assert quoted(text) == [("overreach run amok.", "Vesk's campaign")]
    # Another campaign named before is not the one Vesk's owns.
    text = (
        "The Brask Campaign opened an office.\n\n"
        "Tomas Vesk spoke in Ardell on Monday.\n\n"
        'Vesk\'s campaign accused the agencies of "overreach run amok."'
    )
    assert quoted(text)[-1] == ("overreach run amok.", "Vesk's campaign")


def test_a_share_of_ten_speaks_as_written():
    # As "60 percent of voters said" does.
    text = LEAD + 'Six in 10 voters said they were "angry at the way the state is run."'
    assert quoted(text) == [("angry at the way the state is run.", "Six in 10 voters")]
    text = LEAD + 'Roughly four in 10 said they were "tired of the way the state is run."'
    assert quoted(text) == [("tired of the way the state is run.", "four in 10")]


def test_a_share_answering_a_poll_named_in_its_sentence_is_the_polls():
    # A share of respondents speaks through the poll the sentence names,
    # before it or as its subject; with no poll named, the share itself.
    text = (
        LEAD + "In a September Gazette-Ardell News poll, 75 percent of voters said "
        '"most people in politics" cannot be trusted.'
    )
    assert quoted(text) == [("most people in politics", "September Gazette-Ardell News poll")]
    text = (
        LEAD + "The Lindvale poll further shows that, while 37 percent of voters say Vesk is "
        '"very responsible" for the mess, 22 percent say she is "not at all responsible."'
    )
    assert [s for _, s in quoted(text)] == ["Lindvale poll", "Lindvale poll"]
    text = (
        LEAD + "In a national Ardell poll released Monday, 31% of voters said they were "
        '"extremely keen about voting."'
    )
    assert quoted(text) == [("extremely keen about voting.", "national Ardell poll")]
    text = LEAD + '75 percent of voters said "most people in politics" cannot be trusted.'
    assert quoted(text) == [("most people in politics", "75 percent of voters")]
