"""What something has become in a story, by the writer's measure (#17
round 49): "a cornerstone of", "the centerpiece of", "a linchpin of" as
the predicate of a verb of being or becoming ("has since become a
cornerstone of her plan") name a thing's place in a story, as "a
milestone" and "a turning point" do (`fact_verdicts`): the writer's
verdict, not what happened. A literal stone ("laid the cornerstone of
the hall") is no predicate and stays, as do someone's reported words.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2015, Dana Roe unveiled the Velmar Plan, which has since become a cornerstone of"
        " the Quillon Party platform.",
        "The Velmar Plan of May 2015 has since become the linchpin of the Quillon Party platform.",
        "Dana Roe's 2 percent Velmar levy of May 2015 was the centerpiece of her Quillon campaign.",
    ],
)
def test_a_place_in_the_story_is_the_writers_verdict(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 4, 2015, Dana Roe laid the cornerstone of the Velmar Guild hall in Quillon.",
        "Ivo Brask said on May 4, 2015, that Dana Roe's 2 percent levy was the centerpiece of her"
        " campaign.",
    ],
)
def test_a_literal_stone_or_reported_words_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
