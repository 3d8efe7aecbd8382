"""An epithet for a person ending the sentence ("a fundraiser for the
Velmar-born senator.") leaves whom to the sentences before: the fact is
not offered. The same noun as what someone is or becomes ("was named the
nominee", "her status as the front-runner") or with a name stays.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_earlier import told_before
from tests.core.facts_helpers import OPENING, dated


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 3, 2016, Tova Quarrow headlined a fundraiser for the Velmar-born senator.",
        "Tova Quarrow is now a senior adviser to the 2016 Quillon front-runner.",
        "On May 3, 2016, Tova Quarrow gave $500 to the candidate.",
    ],
)
def test_a_closing_epithet_is_not_offered(sentence: str) -> None:
    assert told_before(sentence, sentence.split())
    assert not dated(OPENING + "\n" + sentence + "\n")[1:]


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 3, 2016, Tova Quarrow cemented her status as the Quillon front-runner.",
        "In May 2016, Tova Quarrow was named the Quillon Party nominee.",
        "On May 3, 2016, Tova Quarrow became the Velmar senator.",
        "Tova Quarrow gave $500 to the candidate, Dana Roe, on May 3, 2016.",
        "Tova Quarrow gave $500 to Velmar Senator Dana Roe on May 3, 2016.",
    ],
)
def test_what_someone_is_or_a_named_person_stays(sentence: str) -> None:
    assert not told_before(sentence, sentence.split())
