"""A people's feeling graded by its force (#17 round 49): "issues of keen
interest to clerks", "intense anger among voters", "growing frustration
with the board" grade the feeling by the writer's measure, as "heavy
criticism" grades a reaction (`fact_characterised`); no figure measures
it. "Heavy interest" (a debt's) and someone's reported words stay.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe ran a 2015 race built around questions of keen interest to Quillon clerks,"
        " including pay and leave.",
        "Ivo Brask's 2 percent levy of May 2015 met intense anger among Velmar clerks.",
    ],
)
def test_a_graded_feeling_is_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Guild paid heavy interest on a $40,000 loan in May 2015.",
        "Dana Roe said on May 4, 2015, that Ivo Brask's 2 percent levy met intense anger among"
        " Velmar clerks.",
    ],
)
def test_a_debt_or_reported_words_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
