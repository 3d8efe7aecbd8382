"""General mechanisms for speakers (sixth round of issue 11): who counts as a
person, and what stands in for a speaker nobody names. Invented names and
sentences only; each test fails without its rule."""

from __future__ import annotations

from app.core.extract.people import Cast
from tests.core.speaker_helpers import speakers


def test_a_surname_given_with_a_title_is_a_person():
    cast = Cast(
        "President Vesko signed the order. Vesko described the plan at length. "
        "Mrs. Tarrow did not attend; Tarrow wrote to the board instead."
    )
    people = {m.entity.name: m.entity for m in cast.mentions if m.entity.kind == "person"}
    assert set(people) == {"Vesko", "Tarrow"}
    assert people["Tarrow"].gender == "f"
    # Every use is a mention, so a later pronoun can point back to it.
    assert sum(m.entity is people["Vesko"] for m in cast.mentions) == 2


def test_a_pronoun_finds_a_person_known_only_by_title_and_surname():
    text = (
        "The ferry tour with President Vesko was moved to June.\n\n"
        'Vesko called the storm damage "worse than anything the harbor has known."\n\n'
        'He also took care to note that the pier "will be rebuilt by the spring."'
    )
    assert speakers(text) == ["Vesko", "Vesko"]


def test_a_place_opening_with_a_given_name_is_no_antecedent():
    # "Warren" makes a man of "Warren Hills" by the name list, but a name
    # met only after "in" is a place: no speaker rather than a town.
    text = (
        "The ferry tour was moved to June, the week of the fair in Warren Hills.\n\n"
        'He also took care to note that the pier "will be rebuilt by the spring."'
    )
    assert speakers(text) == [None]
    text = "Ivo Brask spoke on Monday.\n\n" + text
    assert speakers(text) == ["Ivo Brask"]


def test_a_description_as_subject_speaks_when_no_one_is_named():
    text = (
        "The harbor board met on Tuesday.\n\n"
        "Ruling on the dredging permit, a district judge found that the board's "
        'records left "more than a few questions about the survey."'
    )
    assert speakers(text) == ["district judge"]


def test_a_title_says_which_of_a_family_a_bare_surname_is():
    text = (
        "Ivo Vesk and his wife, Lisel Vesk, spoke at the hall on Monday.\n\n"
        '"We lost our son," Mr. Vesk said.\n\n'
        '"I could not speak," Mrs. Vesk said. "I was too sad."\n\n'
        '"She cried," Vesk said.'
    )
    # The bare surname is still the person introduced first.
    assert speakers(text) == ["Ivo Vesk", "Lisel Vesk", "Lisel Vesk", "Ivo Vesk"]


def test_who_a_message_is_sent_to_does_not_say_it():
    text = (
        "Lisel Vesk lost the ferry vote on Tuesday.\n\n"
        'The Ohio senator wrote donors saying: "The harbor still needs us."\n\n'
        'Ivo Brask texted volunteers saying "the pier comes first, then the road."'
    )
    assert speakers(text) == ["Ohio senator", "Ivo Brask"]


def test_a_description_keeps_the_capitals_it_is_written_with():
    text = (
        '"The pier comes first," a Lindvale ferry official said.\n\n'
        '"No comment," one Harbor Board aide said.'
    )
    assert speakers(text) == ["Lindvale ferry official", "Harbor Board aide"]


def test_a_quote_alone_in_its_paragraph_continues_the_person_before():
    text = (
        "Ana Quill spoke to the harbor board on Monday.\n\n"
        "Quill has sat on the harbor board for ten years, and chairs it now.\n\n"
        '"The boats are ready, and so are the crews."\n\n'
        "The board votes on Tuesday.\n\n"
        '"The tide tables decide the rest, not the board."'
    )
    # Only a person subject carries over; a sentence about no one does not.
    assert speakers(text) == ["Ana Quill", None]


def test_an_organization_as_the_clause_subject_speaks():
    text = (
        "The Lindvale Teachers Union (LTU) met on Monday.\n\n"
        "Before the board vote, the LTU was phoning parents day and night, rallying "
        'families behind "a pay rise for every classroom aide."'
    )
    assert speakers(text) == ["Lindvale Teachers Union"]


def test_a_title_gives_the_gender_a_given_name_does_not():
    # Neither "Teodric" nor "Quennel" is in the name list.
    cast = Cast("Teodric Orrel and Quennel Vasko met. Ms. Vasko spoke first, then Mr. Orrel.")
    genders = {m.entity.name: m.entity.gender for m in cast.mentions}
    assert genders == {"Teodric Orrel": "m", "Quennel Vasko": "f"}


def test_a_time_or_place_alone_before_a_colon_goes_on_with_the_last_speaker():
    # "Then, later that month at a rally: "...": no one new is named.
    text = (
        'Ivo Brask changed his mind often. "We will build the bridge by June," he told '
        'the Quillon Gazette in March.\n\nThen, later that month at a rally: "I never '
        'promised a bridge."'
    )
    assert speakers(text) == ["Ivo Brask"] * 2
    first = 'Ana Velmar has been consistent. "Taxes stay where they are," she said in January.'
    text = first + '\n\nIn April, on the radio: "Taxes stay where they are, and I mean it."'
    assert speakers(text) == ["Ana Velmar"] * 2
    assert speakers(first + '\n\nA week later: "Taxes will not go up."') == ["Ana Velmar"] * 2
    # Someone named there speaks instead.
    text = first + '\n\nAt the rally, Ivo Brask: "Taxes will go up."'
    assert speakers(text) == ["Ana Velmar", "Ivo Brask"]
