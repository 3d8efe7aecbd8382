"""The writer's figures and grades (#17, round 46): an idiom of the body
("turned his back on the bill", "bailing on the plan") and an adjective
that grades a reputation or a character ("the undisputed leader", "a
tenacious rival") in the writer's voice are not offered; the same act told
plainly, someone's reported words, and a literal act toward a person are.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_idioms import idiom
from tests.core.facts_helpers import OPENING, facts, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        # The act told plainly.
        "Tova Quarrow voted against the Velmar levy she pushed in 2013.",
        # Someone's reported words.
        "Dana Roe said Tova Quarrow turned her back on the Velmar levy in 2013.",
        # A literal act toward a person: what a crowd may have done.
        "About 40 students turned their backs on Tova Quarrow at a Velmar rally on May 9, 2016.",
        # Not the idiom: no body part, "bail" the noun, another particle.
        "Tova Quarrow turned the Velmar depot over to the Quillon council in 2015.",
        "Tova Quarrow posted bail on May 9, 2016, in Quillon.",
        "Tova Quarrow turned her back yard into a garden for 40 Velmar children in 2015.",
    ],
)
def test_the_plain_act_and_a_literal_one_stay(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert not idiom(sentence.split()) or "said" in sentence
    assert verdict(text, sentence) == ""
    assert sentence in facts(text)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # An idiom of the body.
        ("Tova Quarrow turned her back on the Velmar levy she pushed in 2013.", "analysis"),
        (
            "Tova Quarrow defended herself on May 9, 2016, for bailing on her own Velmar levy.",
            "analysis",
        ),
        ("The Quillon council dragged its feet on the 12 depot permits in 2015.", "analysis"),
        ("The Velmar Guild threw its weight behind Tova Quarrow in May 2016.", "analysis"),
        ("Tova Quarrow has set her sights on the Quillon council seat in 2017.", "analysis"),
        ("The Brask board washed its hands of the $4 million depot in 2015.", "analysis"),
        ("Tova Quarrow stuck her neck out for the Velmar levy in May 2016.", "analysis"),
        # A grade of reputation or character.
        (
            "The Velmar Guild was the undisputed leader of the 2012 and 2016 Quillon races.",
            "opinion",
        ),
        ("In 2012, Tova Quarrow beat a well-known Quillon judge for the Velmar seat.", "opinion"),
        (
            "The Brask board is dealing with a tenacious rival in the 12 Velmar towns in 2016.",
            "opinion",
        ),
        ("The Quillon levy faced formidable hurdles in the Velmar council in May 2016.", "opinion"),
    ],
)
def test_the_writers_figure_or_grade_is_not_offered(sentence: str, why: str) -> None:
    assert idiom(sentence.split()) == (why == "analysis")
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == why
    assert sentence not in facts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # The same facts, ungraded.
        "The Velmar Guild won the 2012 and 2016 Quillon races.",
        "In 2012, Tova Quarrow beat a Quillon judge for the Velmar seat.",
        # A grade in someone's reported words.
        "Dana Roe said the Velmar Guild was the undisputed leader of the 2016 Quillon race.",
    ],
)
def test_the_ungraded_fact_and_a_reported_grade_stay(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == ""
