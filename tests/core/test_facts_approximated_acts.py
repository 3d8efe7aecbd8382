"""An act the writer approximates (#17 round 49): an approximator or a
minimiser (Quirk et al., A Comprehensive Grammar of the English Language,
1985, 8.112-8.117: "practically", "virtually", "hardly", "scarcely")
before a verb in the past ("had hardly mentioned the levy", "practically
begged for a raise") says how near the act came to another by the
writer's measure, which no record bears out as written. Before a figure
or a quantifier ("virtually all", "hardly any") it counts, and an
adjective ("virtually unchanged") is a measure; someone's reported words
keep it.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brask had hardly mentioned Dana Roe until May 4, 2015.",
        "At the Quillon depot on May 4, 2015, 12 clerks practically begged Dana Roe for a raise.",
        "Ivo Brask virtually ignored the Velmar Guild vote of May 4, 2015.",
    ],
)
def test_an_approximated_act_is_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Virtually all of the 12 Velmar clerks voted for Dana Roe on May 4, 2015.",
        "Turnout in Quillon was virtually unchanged at 40 percent on May 4, 2015.",
        "Dana Roe said on May 4, 2015, that Ivo Brask had hardly mentioned the Velmar levy.",
    ],
)
def test_a_count_a_measure_or_reported_words_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
