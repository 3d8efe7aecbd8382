"""The writer's grade of a verbal attack or of a lead (#17 round 49): an
adjective of force before the words someone used ("unleashed a harsh
attack on", "over her harsh rhetoric", "in a bitter tone") grades them by
the writer's measure, as it grades a reaction ("came under heavy
criticism"); "resounding victories" grade a win as "a big lead" does,
where no figure in the line bears the grade out. Someone's reported words keep them; a military "heavy attack" is a
weight of arms, not a grade of words.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brask unleashed a harsh attack on Dana Roe on May 4, 2015, comparing her to a thief.",
        "On May 4, 2015, the Quillon Herald pulled out of a deal with the Velmar Guild over Ivo"
        " Brask's harsh rhetoric.",
        "Dana Roe won resounding victories in Quillon and Velmar on Tuesday.",
    ],
)
def test_a_graded_attack_or_lead_is_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brask said on May 4, 2015, that Dana Roe had unleashed a harsh attack on him.",
        "The Velmar Militia launched a heavy attack on the Quillon depot on May 4, 2015, killing 12"
        " clerks.",
        "Dana Roe won resounding victories of 40 points in Quillon and Velmar on Tuesday.",
        "Ivo Brask attacked Dana Roe over the Velmar levy of 2 percent on May 4, 2015.",
    ],
)
def test_reported_words_a_military_attack_or_a_figure_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
