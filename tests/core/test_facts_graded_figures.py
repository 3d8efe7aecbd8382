"""Two forms a strict reader rejects: a figure the writer grades ("at a
solid 52 percent"), and a word the sentences before gave, pointed at as
"this term" ("coined this term"). Each line is not offered; near misses
are.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.facts_helpers import offered_after

PUBLISHED = dt.date(2016, 3, 2)
LEAD = "Dana Roe was elected mayor of Velmar on May 3, 2015.\n\n"


def offered(sentence: str) -> bool:
    """Whether `sentence`, after the lead, is offered as a fact."""
    return offered_after(LEAD, sentence, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Poll put Dana Roe's approval at a solid 52 percent in March 2015.",
        "The Quillon Fund raised a healthy $4 million in March 2015.",
        "The Quillon Fund raised a healthy forty percent of its budget in March 2015.",
        "The Quillon Fund raised an impressive 12 percent more in March 2015.",
    ],
)
def test_a_graded_figure_is_not_offered(sentence):
    assert not offered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Poll put Dana Roe's approval at 52 percent in March 2015.",
        "The Quillon Fund raised a record $4 million in March 2015.",
        "In March 2015, the Velmar Board set a new 26% tariff on imported rope.",
        # Someone's reported words keep their own grade.
        "Ivo Brask said in March 2015 that the Quillon Fund raised a healthy $4 million.",
    ],
)
def test_a_figure_not_graded_by_the_writer_is_offered(sentence):
    assert offered(sentence)


def test_a_word_pointed_at_as_this_term_is_not_offered():
    assert not offered(
        "Velmar Police Chief Ivo Brask coined this term in 2014 when he blamed thefts on guards."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Council passed six bills this term, its clerk reported on Monday.",
        "Dana Roe chaired the Velmar Council's budget panel this term and in 2014.",
    ],
)
def test_this_term_as_a_span_of_office_is_offered(sentence):
    assert offered(sentence)
