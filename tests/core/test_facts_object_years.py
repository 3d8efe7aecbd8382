"""A past act whose only year dates the thing acted on ("agreed to settle a
1981 claim", "cited a 2015 audit"), #17 round 52: the year says when the
claim or the audit was, not when the act was; with no other time in the
line the act is undated and not offered. A year after a preposition ("on
a 2010 recall", "in the 2012 race") or a verb of being ("was a 2012
graduate"), or after a possessive, still dates the act. A verb that is a
word of a name ("the United States agreed") is no verb of speech.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_captions import undated_act
from tests.core.facts_helpers import OPENING, held_back_undated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar Guild also agreed to pay $1.7 million to settle a 1981 claim over unpaid fees.",
        "Dana Roe cited a 2015 audit of the Quillon depot to the Velmar board.",
        "The United Guilds paid $40,000 to revive a 2010 harbor plan.",
    ],
)
def test_a_past_act_dated_only_by_its_object_is_not_offered(sentence: str) -> None:
    held_back_undated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe worked with the Velmar Guild on a 2010 recall of three clerks.",
        "Dana Roe was campaign manager for Lee Vesk's 1996 campaign and hired 12 clerks.",
        "Dana Roe paid $40,000 in the 2012 race for the Quillon seat.",
        "Dana Roe paid $40,000 to settle a 1981 claim in 2009.",
        "The United States agreed in 2009 to pay $1.7 million to the Velmar Guild.",
    ],
)
def test_a_year_that_dates_the_act_keeps_it(sentence: str) -> None:
    assert not undated_act(sentence, sentence.split(), perfect=True)


def test_a_verb_inside_a_name_is_no_verb_of_speech() -> None:
    sentence = "The United States paid $1.7 million to the Velmar Guild."
    assert undated_act(sentence, sentence.split(), perfect=True)
    said = "Dana Roe stated the Velmar Guild paid $1.7 million."
    assert not undated_act(said, said.split(), perfect=True)


def test_a_year_after_the_may_be_the_act_s_own_event() -> None:
    sentence = "Dana Roe lost the 2019 race for the Quillon seat."
    assert not undated_act(sentence, sentence.split(), perfect=True)


def test_a_comparison_s_pro_verb_is_no_auxiliary() -> None:
    # (#17 round 52) "than did ...": the verb said again, not a "did" of the main clause.
    sentence = "More Velmar clerks voted in the Quillon primary than did pilots."
    assert undated_act(sentence, sentence.split(), perfect=True)
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "time"
    dated_in = "More Velmar clerks voted in the 2012 Quillon primary than did pilots."
    assert not undated_act(dated_in, dated_in.split(), perfect=True)
