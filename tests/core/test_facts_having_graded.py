"""What something has, graded by the writer (#17 round 49): after a verb
of having ("features", "offers", "boasts", "enjoys"), an adjective of the
published subjectivity lexicon's milder list before a plural noun
("features spectacular views of the harbor", "offers splendid
pensions") is the writer's description, as "a spectacular view" is
(`fact_attributive`). A kind's plain name ("has sexual harassment
claims", an adjective that sorts) and someone's reported words stay.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Guild works out of two floors of a Quillon tower that features spectacular"
        " views of Quillon Bay.",
        "Since May 2015 the Velmar Guild has offered splendid pensions to its 12 Quillon clerks.",
    ],
)
def test_a_graded_thing_had_is_the_writers(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) != ""
    assert not any(sentence[:24] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said on May 4, 2015, that the Quillon tower features spectacular views.",
        "Since May 2015 the Velmar Guild has offered pensions to its 12 Quillon clerks.",
        "Since May 2015 the Velmar Guild has had sexual harassment claims from 12 clerks.",
    ],
)
def test_a_plain_kind_or_reported_words_stay(sentence: str) -> None:
    assert verdict(f"{OPENING}\n{sentence}\n", sentence) == ""
