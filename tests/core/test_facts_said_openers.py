"""Words said once with no time whose first words are a determiner ("Brask
said each year of training brings a 12% rise", "said the levy this time
helped Roe"), #17 round 47: what was said starts right after the verb, so
a word of time inside it ("year", "this time") is what was said, not
when; the line is not offered, as words said with no time are
(`fact_captions.undated_speech`). A verb whose object comes first ("told
the Courier after the vote") and a time right after the verb ("said this
week") keep their time.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_speech
from tests.core.facts_helpers import dated, verdict

LEAD = "Ivo Brask founded the Velmar Guild in Quillon on May 3, 2009."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brask said each year of training brings a 12% rise in wages.",
        "Ivo Brask said every year of service adds a 12% raise in salary.",
        "Ivo Brask said the Velmar levy this time helped Dana Roe win 12 seats.",
    ],
)
def test_a_time_inside_what_was_said_is_no_time_of_the_saying(sentence: str) -> None:
    assert undated_speech(sentence, sentence.split())
    text = f"{LEAD}\n{sentence}\n"
    assert verdict(text, sentence) == "time"
    assert sentence not in " ".join(dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe told the Quillon Courier after the vote that 12 clerks had quit.",
        "Dana Roe said this week the Velmar levy would pay for 12 depots.",
        "Dana Roe said after the vote the Velmar levy would pay for 12 depots.",
    ],
)
def test_a_time_of_the_saying_stays(sentence: str) -> None:
    assert not undated_speech(sentence, sentence.split())
