"""Speaker rules of issue 11's twenty-third helper round (speakers53), each
from a construction found among the realnews tuning part's quotes. Invented
names and sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_pronoun_after_a_sentence_opening_with_whose_view_it_gives_is_that_person():
    # "For Quell, Brask is ...": the sentence tells Quell's view of Brask,
    # and the "he" tagging the words after it is Quell, not the subject.
    text = (
        "Critics have piled on. For Tobin Quell, Ivo Brask is exposing the cold logic of "
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
        "For Nessa Quell, a retired welder and one of the volunteers, calling voters two nights "
        "a week is a way to set an example for her grandchildren.\n"
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
