"""Speaker rules of issue 11's twenty-second helper round. Invented names
and sentences only; each test fails without its rule."""

from __future__ import annotations

from tests.core.speaker_helpers import speakers


def test_a_pronoun_after_a_person_brought_in_unnamed_is_that_person():
    # "A young man ... stood up. "...," he said.": the man the sentence
    # before brings in, described as the app's nominal speakers are, not
    # the last man the article named.
    text = (
        "Tobin Vesk spoke for an hour at the pier. A young man in the third row stood up. "
        '"Why the levy?" he said.'
    )
    assert speakers(text) == ["young man"]
    text = 'Dana Roe spoke at the pier. An elderly woman waved a paper sign. "Not again," she said.'
    assert speakers(text) == ["elderly woman"]
    # Across paragraphs, and for a second quote of his: the same man.
    text = (
        "Tobin Vesk spoke at the pier.\n\nA young man in the third row stood up.\n\n"
        '"Why the levy?" he asked.\n\n"The ferry runs empty," he said.'
    )
    assert speakers(text) == ["young man", "young man"]


def test_near_misses_of_a_person_brought_in_unnamed():
    # A named subject in between still wins.
    text = (
        "Tobin Vesk spoke at the pier. A young man in the third row stood up. "
        'Ivo Brask waved him off. "Sit down," he said.'
    )
    assert speakers(text) == ["Ivo Brask"]
    text = (
        "Tobin Vesk spoke at the pier. A young man in the third row stood up. "
        'Vesk pointed at the door. "Sit down," he said.'
    )
    assert speakers(text) == ["Tobin Vesk"]
    # A person of the other sex brought in leaves the pronoun to the named one.
    text = (
        'Dana Roe spoke at the pier. A young man in the third row stood up. "Why now?" she asked.'
    )
    assert speakers(text) == ["Dana Roe"]
    # A description that refers back ("The young man") or names no sex
    # ("One older voter") brings no one in.
    text = (
        "Tobin Vesk spoke at the pier. The young man in the third row stood up. "
        '"Why the levy?" he said.'
    )
    assert speakers(text) == ["Tobin Vesk"]
    text = 'Tobin Vesk spoke at the pier. One older voter waved a sign. "Not again," he said.'
    assert speakers(text) == ["Tobin Vesk"]
    # His question is answered by another: "he said" after it is not his.
    text = (
        "Tobin Vesk spoke at the pier. A man in the crowd asked about the levy. "
        '"It is dead," he said.'
    )
    assert speakers(text) == ["Tobin Vesk"]
    # A man named in his sentence (not after a preposition) is the one meant.
    text = (
        "Tobin Vesk spoke at the pier. A young man in the crowd asked Vesk about the levy. "
        '"It is dead," he said.'
    )
    assert speakers(text) == ["Tobin Vesk"]


def test_a_hyphenated_modifier_still_describes_the_person_brought_in():
    text = (
        "Tobin Vesk spoke at the pier. A middle-aged woman near the rail shook her head. "
        '"We paid twice," she said.'
    )
    assert speakers(text) == ["middle-aged woman"]


def test_a_pause_in_a_paragraph_of_its_own_breaks_no_monologue():
    # `"..." / Pause. / "..."`: a pause told alone, naming no one, leaves the
    # untagged quote after it to the speaker of the quote before it.
    text = (
        "Dana Roe works the phones for the ferry board.\n\n"
        '"How are you today?" Roe said into the phone.\n\nPause.\n\n"Well, you do that!"'
    )
    assert speakers(text) == ["Dana Roe", "Dana Roe"]
    text = (
        "Dana Roe works the phones for the ferry board.\n\n"
        '"How are you today?" Roe said into the phone.\n\nA long silence.\n\n'
        '"Well, you do that!"'
    )
    assert speakers(text) == ["Dana Roe", "Dana Roe"]


def test_near_misses_of_a_pause_between_quotes():
    # A paragraph naming someone, or a longer one, is no pause: the untagged
    # quote after it is whoever that passage is about, or no one's.
    text = (
        "Dana Roe works the phones for the ferry board.\n\n"
        '"How are you today?" Roe said into the phone.\n\nTobin Vesk laughed.\n\n'
        '"Well, you do that!"'
    )
    assert speakers(text) == ["Dana Roe", "Tobin Vesk"]
    text = (
        "Dana Roe works the phones for the ferry board.\n\n"
        '"How are you today?" Roe said into the phone.\n\n'
        "The ferry board later voted to raise the levy for the third time this year.\n\n"
        '"Well, you do that!"'
    )
    assert speakers(text) == ["Dana Roe", None]
