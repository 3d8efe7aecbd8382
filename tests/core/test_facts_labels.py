"""The writer's label for a person or the state of a body (#17 round 49):
"maverick" (a person the writer judges unorthodox) is read as "underdog"
and "debacle" are, and a body "reeling", "floundering" or "teetering" is a
figure of a blow's effect, the writer's reading of its state: the
evaluative words of `fact_rules`, not offered unless someone is reported
to say them. Capitalised, such a word is mostly a name's ("the Mavericks").

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brask, the Quillon maverick who backed Dana Roe in 2009, is a Velmar Guild delegate.",
        "With the Velmar Guild reeling and nearly broke, Ivo Brask gave it $40,000 on May 4, 2015.",
        "The Velmar Guild was floundering in May 2015, with 12 clerks left.",
    ],
)
def test_a_label_or_a_figured_state_is_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "opinion"
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on May 4, 2015, that Ivo Brask was a maverick.",
        "The Quillon Mavericks won the Velmar cup on May 4, 2015.",
    ],
)
def test_reported_words_or_a_name_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
