"""An act the writer grades down with a restrictive and an adverb of manner
(#17 round 52): "only" or "merely" (Quirk et al. 8.116) before a "-ly"
adverb and a verb in the past ("only briefly explained", "merely
vaguely described") says how little was done by the writer's measure.
An adverb of time ("only recently joined"), "only" before a figure
("only 12 clerks voted"), and someone's reported words keep the line.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_characterised import characterised
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "At the Quillon depot on May 4, 2015, Ivo Brask only briefly explained the levy.",
        "On May 4, 2015, Ivo Brask merely vaguely described the Velmar Guild's budget.",
        "On May 4, 2015, Ivo Brask only narrowly defeated Dana Roe, 51 to 49 percent.",
    ],
)
def test_an_act_graded_down_by_the_writer_is_not_offered(sentence: str) -> None:
    assert characterised(sentence.split())
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "analysis"
    assert dated(text)[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 4, 2015, Ivo Brask only recently joined the Velmar Guild.",
        "On May 4, 2015, only 12 Velmar clerks voted for the levy.",
        "Dana Roe said on May 4, 2015 that Ivo Brask only briefly explained the levy.",
        "On May 4, 2015, Ivo Brask briefly explained the levy to 12 clerks.",
    ],
)
def test_a_time_a_figure_or_reported_words_keep_the_line(sentence: str) -> None:
    assert not characterised(sentence.split())
