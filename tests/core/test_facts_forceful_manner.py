"""How forcefully someone acted, graded by the writer (#17 round 49):
adverbs made from the adjectives of force ("aggressively taking on
hecklers", "forcefully shaken", "vigorously campaigned", "relentlessly
attacked"; R. M. W. Dixon's physical-property and human-propensity
types, said of an act) grade the act by the writer's measure, as the
published lexicon's manner adverbs do (`fact_manner`: "cheered
enthusiastically"). Someone's reported words keep them.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 4, 2015, Dana Roe aggressively took on 12 hecklers at a Quillon town hall.",
        "Ivo Brask relentlessly attacked the Velmar levy of 2 percent in May 2015.",
        "Ivo Brask and Dana Roe vigorously campaigned in Quillon for 12 days in May 2015.",
    ],
)
def test_a_forceful_manner_is_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said Ivo Brask relentlessly attacked the Velmar levy of 2 percent in May 2015.",
        "On May 4, 2015, Dana Roe took on 12 hecklers at a Quillon town hall.",
    ],
)
def test_reported_words_or_an_ungraded_act_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
