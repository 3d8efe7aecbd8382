"""An amount graded by the writer's measure ("a sizable lead", "substantial
sums", "the gains were considerable") is the writer's reading, not a figure
to check: the line is not offered. A measure's term ("statistically
significant") and someone's reported words keep the word.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_considerable import CONSIDERABLE, amount_graded
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        (
            "Tova Quarrow won the Quillon ward vote on May 4, 2015, widening her sizable lead"
            " over Ivo Brask.",
            "sizable ",
        ),
        ("Ivo Brask raised substantial sums for the Velmar Guild in May 2015.", "substantial "),
        ("The Velmar Guild spent appreciable amounts on mailers in May 2015.", "appreciable "),
    ],
)
def test_an_amount_the_writer_grades_is_not_offered(sentence, grade):
    text = f"{OPENING}\n{sentence}\n"
    assert dated(text) == [OPENING], sentence
    assert verdict(text, sentence) == "analysis"
    # The same line without the grade is offered.
    plain = sentence.replace(grade, "")
    assert dated(f"{OPENING}\n{plain}\n")[1:] == [plain], plain
    # So is a grade after "be".
    assert amount_graded("The guild's gains in the May 2015 ward vote were considerable.".split())


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone's words, anywhere in the line.
        "Ivo Brask raised substantial sums for the Velmar Guild in May 2015, a Quillon clerk said.",
        "Tova Quarrow said on May 4, 2015, that the guild had won a sizable share of the ward vote.",
        # A measure's term.
        "The Velmar survey of May 4, 2015, found a statistically significant drop in Quillon fares.",
        # The figure itself, no grade.
        "Tova Quarrow won the Quillon ward vote on May 4, 2015, by 412 votes.",
    ],
)
def test_reported_words_a_term_or_a_figure_stay(sentence):
    assert not amount_graded(sentence.split()), sentence


def test_the_words_are_the_dictionarys_grades_of_an_amount():
    # Words whose first sense is something else ("healthy", "tidy") are not
    # among them.
    assert {"sizable", "substantial", "considerable"} <= CONSIDERABLE
    assert CONSIDERABLE.isdisjoint({"healthy", "tidy", "respectable", "big"})
