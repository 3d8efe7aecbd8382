"""Verbs that tell how someone spoke by grading it ("who brags she has
held 12 town halls", "fumed about the levy", "scoffed at"), #17 round 47:
the writer's reading of the speaker's manner, read as the evaluative words
are (`fact_lexicon.SPEECH_MANNER_VERBS`), so the line is the writer's
opinion, not offered, unless someone else reports it ("Roe said Brask
bragged ..."). "Boasts" of a place (a port "boasts 12 piers") is no such
verb and is not listed.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe, who brags she has held 12 town halls in Velmar, won the Quillon primary on"
        " Tuesday.",
        "Ivo Brask fumed about the Velmar levy of 2 percent on Tuesday.",
        "Ivo Brask scoffed at the 12 new Velmar clerks on Tuesday.",
        # round 49: "harangue", "hector", "bluster", "browbeat"
        "In 2009, Ivo Brask, then a clerk, quit the Velmar Guild, haranguing Dana Roe about her"
        " 12 depots.",
        "Ivo Brask hectored the 12 Velmar clerks about the levy on Tuesday.",
    ],
)
def test_a_graded_manner_of_speech_is_the_writers_opinion(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "opinion"
    assert not any(sentence[:20] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on Tuesday that Ivo Brask bragged about the 12 new clerks.",
        "The Velmar port boasts 12 piers, the most in Quillon since 2012.",
    ],
)
def test_a_reported_manner_or_a_place_that_boasts_stays(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
