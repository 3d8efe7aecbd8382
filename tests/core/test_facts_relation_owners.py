"""A "his" or "her" owning a relation no one holds to themselves, right
after its line's subject and "was" ("Ivo Brask was his uncle"), #17 round
50: whose uncle, only the sentences before say, not the subject's own; the
fact is not offered (or cited with the owner in brackets, where the
sentence before names the one person who fits).

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_owners import unowned_possessive
from tests.core.facts_helpers import OPENING, cited

LEAD = OPENING + "\nThe Quillon Guild chose a new clerk, Tova Quarrow, in 2010.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Vask was her aunt and ran the Velmar depot from 1990 to 2001.",
        "Lena Vask became her successor at the Velmar depot in 2012.",
    ],
)
def test_the_subjects_relation_is_someone_elses(sentence: str) -> None:
    assert unowned_possessive(sentence, LEAD + sentence)
    assert sentence not in cited(LEAD + "\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # Not a relation: the subject may own it.
        "Tova Quarrow was her guild's nominee for the Velmar seat in 2012.",
        # Another verb first: "her" may be the subject's own.
        "Tova Quarrow hired Ivo Brask, who was her uncle, in 2012.",
    ],
)
def test_the_subject_may_own_the_rest(sentence: str) -> None:
    assert not unowned_possessive(sentence, LEAD + sentence)
