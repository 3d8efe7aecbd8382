"""The writer's judgment in a noun phrase: an adjective of the subjectivity
lexicon's milder list right after "a"/"an" or a possessive, before its noun, in the
writer's voice ("an enthusiastic reception") is no citable fact.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_attributive import judged_as_one
from app.core.extract.fact_evaluative import EVALUATIVE, SUBJECTIVE
from tests.core.facts_helpers import OPENING, verdict


def _judged(sentence: str) -> bool:
    tokens = sentence.split()
    return judged_as_one(tokens, SUBJECTIVE.intersection(tokens))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe received an enthusiastic reception at the Velmar convention on Friday.",
        "Tova Quarrow became a popular figure on the Quillon morning show in 2015.",
        "Roe closed her speech on Tuesday with a spirited tribute to the Velmar guild.",
        "Tova Quarrow has emerged as a serious rival to Dana Roe in the 2016 Quillon race.",
        # A dash sets the writer's gloss off from the words reported before it.
        "Roe said on Tuesday she would end the Velmar levy \u2014 a controversial plan she first"
        " raised in May 2015.",
        "Roe said on Tuesday she would end the Velmar levy -- a controversial plan she first"
        " raised in May 2015.",
        # After a possessive: the adjective is the writer's word for someone's thing.
        "The Velmar poll was taken in May 2016, before Roe's controversial plan to end the levy.",
        "Roe and Quarrow took the Quillon guild's awards in May 2016 for their outstanding work.",
    ],
)
def test_the_writers_judgment_is_not_offered(sentence: str) -> None:
    assert _judged(sentence)
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == "analysis"


@pytest.mark.parametrize(
    "sentence",
    [
        # Not after "a"/"an": a kind's plain name.
        "Roe ended her own campaign in Quillon on Friday.",
        "In the latest Velmar poll, conducted in May 2016, Roe led with 47 percent.",
        "Roe won the popular vote in Quillon on May 3, 2016.",
        "Roe announced her latest plan for the Velmar levy on May 3, 2016.",
        # A possessive before the adjective, in someone's reported words.
        "Quarrow said on May 3, 2016, that Roe's controversial plan would fail.",
        # No noun after it.
        "The Quillon council set a fine of $500 for late filings on Monday.",
        # Someone's reported words.
        "Roe said Quillon has a powerful new weapon against the levy.",
        "Velmar Democrats say they have a powerful new weapon: the levy.",
        "Quillon saw an unprecedented surge of 1.1 million voters in 2016, Roe said.",
        # A gloss after a dash that itself reports: someone's words still.
        "Roe said on Tuesday she would end the levy \u2014 a controversial plan, Quarrow said.",
    ],
)
def test_no_judgment_of_the_writers(sentence: str) -> None:
    assert not _judged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe entered a guilty plea in the Velmar county court on May 3, 2015.",
        "Tova Quarrow filed a sexual harassment lawsuit against the Quillon guild on Monday.",
        "Governor Roe signed a mental health bill in Velmar on June 2, 2016.",
        "Dana Roe was hurt in a deadly crash on the Quillon highway on Friday, March 4, 2016.",
        "Quarrow closed a fake account on the Velmar site on Tuesday, May 10, 2016.",
    ],
)
def test_an_adjective_that_sorts_a_thing_into_a_kind_judges_nothing(sentence: str) -> None:
    """A guilty plea, a deadly crash: kinds of things, facts to cite."""
    assert not _judged(sentence)
    assert verdict(OPENING + "\n" + sentence + "\n", sentence) == ""


def test_the_milder_list_leaves_the_strong_one_to_its_rule() -> None:
    assert SUBJECTIVE.isdisjoint(EVALUATIVE)
    assert "enthusiastic" in SUBJECTIVE and "brilliant" in EVALUATIVE
