"""A present of speech in the writer's voice with no time of its own
("Quarrow says her biggest worry is the levy", "The guild says it will
spend $150,000"), #17 round 47: what the speaker holds as the article was
written, so with the source's date the line is cited "[as of <date>]" at
its end (all of it is what was said); with none it is offered as before.
A time in the line, a clause's "say" or a poll's leave it as it was; a line
ending in an abbreviation's stop gets its "[as of]" after that stop, with
a stop of its own (#17 round 55: it was left undated before).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_perfect import says_at
from tests.core.facts_helpers import OPENING, dated, verdict

DAY = dt.date(2016, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tova Quarrow, 29, of Quillon, says her biggest worry is the Velmar levy.",
            "Tova Quarrow, 29, of Quillon, says her biggest worry is the Velmar levy"
            " [as of May 11, 2016].",
        ),
        (
            "The Quillon Guild says it will spend about $90,000 on 12 ferry ads in Velmar.",
            "The Quillon Guild says it will spend about $90,000 on 12 ferry ads in Velmar"
            " [as of May 11, 2016].",
        ),
        (
            "Dana Roe says 12 clerks took jobs in the U.S.",
            "Dana Roe says 12 clerks took jobs in the U.S. [as of May 11, 2016].",
        ),
    ],
)
def test_a_present_of_speech_is_dated_as_of_the_source(sentence: str, expected: str) -> None:
    assert says_at(sentence) > 0
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text, DAY)[-1] == expected
    assert verdict(text, sentence) == ""
    assert dated(text, None)[-1] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe says the Velmar levy raised $5 million in 2015.",
        "Dana Roe says 12 clerks will leave the Quillon depot next week.",
        "The Quillon clerks do the kind of work that many Velmar economists say is the future.",
        "The Velmar poll says Dana Roe leads Ivo Brask by 12 points.",
        "According to Dana Roe, Ivo Brask says the levy is fair.",
    ],
)
def test_a_timed_clausal_or_polled_saying_gets_no_as_of(sentence: str) -> None:
    assert says_at(sentence) < 0
