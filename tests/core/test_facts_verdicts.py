"""The writer's verdict given as a noun: what an event amounts to ("a blow
to", "a setback for", "a referendum on", "a turning point in") as the
predicate of a verb of being, becoming or marking, or as a gloss after a
comma, a dash or a parenthesis, in the writer's own voice; a state the
writer names something to be in ("was in crisis", "in deep turmoil"). Such a line is
not offered; near misses (a count, a noun that modifies the next one, a
literal vote or test, someone's reported words) are.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract.fact_verdicts import WATCHED, verdict_noun
from tests.core.facts_helpers import offered_after

PUBLISHED = dt.date(2016, 3, 2)
LEAD = "Dana Roe was elected mayor of Velmar on May 3, 2015.\n\n"


def offered(sentence: str) -> bool:
    """Whether `sentence`, after the lead, is offered as a fact."""
    return offered_after(LEAD, sentence, PUBLISHED)


def judged(sentence: str) -> bool:
    """Whether the rule alone reads a verdict noun in `sentence`."""
    return verdict_noun(sentence.split(), WATCHED.intersection(sentence.split()))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Council's 7-2 vote on May 3, 2015, was a blow to the Quillon Tenants Guild.",
        "The Velmar Council voted 7-2 on May 3, 2015, to end the levy, a setback for the guild.",
        "Ivo Brask won the Quillon ward by 212 votes on May 3, 2015 \u2014 a reversal for the guild.",
        "Ivo Brask won the Quillon ward by 212 votes on May 3, 2015\u2014a reversal for the guild.",
        "The Quillon levy (a boost for the guild) passed 7-2 on May 3, 2015.",
        "The Velmar race has become a referendum on the $40 million levy since May 3, 2015.",
        "The Velmar Council's 7-2 vote on May 3, 2015, marked a turning point in the guild's history.",
        "The Velmar Council's 7-2 vote on May 3, 2015, was one of the biggest setbacks for the guild.",
        "Ivo Brask won 54 percent on May 3, 2015, a stunning and costly setback for the guild.",
        # A state the writer names: "in crisis", "in deep turmoil", "in a free-fall".
        "As the Velmar vote of 2015 approached, the Quillon Tenants Guild was in crisis.",
        "The 40 depots of the Quillon Tenants Guild have been in deep turmoil since May 3, 2015.",
        "The Quillon rope trade has been in a free-fall since 2009, with sales down 40 percent.",
    ],
)
def test_a_verdict_noun_in_the_writers_voice_is_not_offered(sentence):
    assert judged(sentence)
    assert not offered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A count: "her second victory".
        "Ivo Brask's win in the Quillon ward on May 3, 2015, was his second victory in Velmar.",
        # A noun that modifies the next one.
        "Ivo Brask spoke at a victory rally in Quillon on May 3, 2015, with 400 supporters.",
        # A literal vote, a literal test.
        "The Quillon Tenants Guild held a referendum on the $40 million levy on May 3, 2015.",
        "The Velmar Fire Service ran a test of its 12 sirens on May 3, 2015.",
        # A state's word as a modifier.
        "In May 2015, the Velmar Council held crisis meetings with the Quillon Tenants Guild.",
        # No determiner: a plain name.
        "Ivo Brask's death in Quillon on May 3, 2015, was heart failure, the Velmar coroner found.",
        # Someone's reported words.
        "The Velmar Council's 7-2 vote on May 3, 2015, was a blow to the Quillon Tenants Guild,"
        " Ivo Brask said.",
    ],
)
def test_a_near_miss_is_offered(sentence):
    assert not judged(sentence)
    assert offered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is a test of the Quillon sirens every Tuesday.",
        "The 2016 vote was a point in the guild's favour.",
        "According to the guild, the 7-2 vote was a blow to its members.",
        "Ivo Brask said the 7-2 vote was a blow to the guild.",
        "Ivo Brask won 54 percent on Tuesday, a victory speech followed.",
        # A state as a modifier, a place, someone's words.
        "The Velmar Council held crisis talks in 2015 with the 40 depots.",
        "The Quillon Tenants Guild met in Velmar in transition week of 2015.",
        "Ivo Brask said the guild was in crisis in 2015.",
    ],
)
def test_no_verdict_is_read_here(sentence):
    assert not judged(sentence)
