"""What an event is for someone, by the writer's reading, as a verdict noun
(#17 round 52): "an opportunity for" / "to" and "a red line for" as the
predicate of a verb of being or as a gloss after a comma ("..., a
high-stakes opportunity for the rivals to ...", "..., a red line for many
donors") grade the event; the line is not offered. Someone's reported
words keep it, and so does a plain "line" or an opportunity someone has.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_verdicts import WATCHED, verdict_noun
from tests.core.facts_helpers import OPENING, dated


def _verdict(sentence: str) -> bool:
    tokens = sentence.split()
    return verdict_noun(tokens, WATCHED.intersection(tokens))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe skipped the May 3, 2016 debate in Quillon, a high-stakes opportunity for "
        "Ivo Brask to win over 12 clerks.",
        "On May 3, 2016, Dana Roe refused to back the Velmar levy, a red line for many donors.",
        "The May 3, 2016 vote in Quillon was an opportunity for Dana Roe to win 12 seats.",
    ],
)
def test_an_opportunity_or_a_red_line_the_writer_names_is_a_verdict(sentence: str) -> None:
    assert _verdict(sentence)
    assert dated(f"{OPENING}\n{sentence}\n")[1:] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe said the May 3, 2016 vote was an opportunity for Ivo Brask to win.",
        "On May 3, 2016, Dana Roe had an opportunity to buy 12 boats.",
        "On May 3, 2016, Dana Roe crossed the Quillon county line with 12 clerks.",
        "On May 3, 2016, the Velmar Guild drew a line for 12 new lots.",
    ],
)
def test_reported_words_or_a_plain_line_is_no_verdict(sentence: str) -> None:
    assert not _verdict(sentence)
