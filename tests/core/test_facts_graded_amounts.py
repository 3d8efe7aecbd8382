"""The writer's characterisation of an amount, a contender or a critic
(#17 round 49): a compromiser before a quantifier grades an amount by the
writer's measure ("had spent relatively little on mailers", "fairly few
clerks"), a contender called the "underdog" is the writer's estimate of
its chances, and "took shots at" someone is criticism told as a blow. None
is a figure or an act a reader can check as written; someone's reported
words keep them.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Through the end of May 2015, the Velmar Guild had spent relatively little on mailers.",
        "Comparatively few clerks in Quillon joined the Velmar Guild in 2014.",
        "The underdog Velmar Guild won the Quillon ward vote on May 4, 2015.",
        "Ivo Brask, an underdog in the Quillon race, raised $40,000 in May 2015.",
        "At a Quillon town hall on May 4, 2015, Ivo Brask took some shots at Dana Roe over her"
        " plan to close 12 depots.",
        "Ivo Brask took shots at Dana Roe at a Quillon town hall on May 4, 2015.",
    ],
)
def test_a_graded_amount_an_underdog_or_shots_taken_are_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Guild spent $4,000 on mailers through the end of May 2015.",
        "Dana Roe said on May 4, 2015, that the guild had spent relatively little on mailers.",
        "Ivo Brask skipped the Quillon debate on May 4, 2015, a chance for Dana Roe to take shots"
        " at Ivo Brask.",
        "A Quillon clerk was shot at on May 4, 2015, near the Velmar depot.",
        "Very few of the 12 Velmar clerks voted on May 4, 2015.",
    ],
)
def test_a_figure_reported_words_or_a_chance_to_take_shots_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
