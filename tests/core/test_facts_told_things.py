"""A verb of telling whose object is a thing ("posted a photo of ...",
"wrote a letter about ..."), #17 round 50: the words describing the thing
are the writer's, not the teller's, so a grade among them ("hugely
wasteful") is the writer's characterisation and the line is no fact. A
verb of telling that reports words ("told a crowd that ...", "wrote a
letter saying ...") leaves the grade the speaker's, and the line stays.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_reported import reported_words
from tests.core.facts_helpers import OPENING, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe on Friday posted a photo of the hugely wasteful Velmar depot roof.",
        "Ivo Brask wrote a letter about the extremely costly Quillon levy on May 3, 2016.",
    ],
)
def test_a_grade_of_the_thing_told_is_the_writers(sentence: str) -> None:
    assert not reported_words(sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe told a crowd on Sunday that the Quillon levy was extremely costly.",
        "Ivo Brask wrote a letter on May 3, 2016 saying the Quillon levy was extremely costly.",
        "Dana Roe said the Quillon levy was extremely costly on May 3, 2016.",
    ],
)
def test_a_grade_in_words_told_stays_the_speakers(sentence: str) -> None:
    assert reported_words(sentence.split())
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""
