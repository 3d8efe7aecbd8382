"""Figurative phrases of English idiom, not of the body, in the writer's
voice (#17, round 47): "cementing her status", "captured the hearts of",
"put her faith in", "took heat from", "was having none of it", "eked out a
win", "make inroads with", "on a giddy note", "looking past", "rivals moved
on.", "is looking forward to", "turned her attention to", "doubled down
on", "took a swipe at", "has taken center stage", "a last-ditch effort"
are the writer's reading of an act, no fact as written. Literal phrases
the news uses (stepped up patrols, dropped out, a promissory note, moved
on to the budget, a back turned to a building) and the same idioms in
someone's reported words stay.

Every example is an invented sentence with invented names.
"""

from __future__ import annotations

import pytest

from app.core.extract.fact_figures import figure
from tests.core.facts_helpers import OPENING, dated, verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Roe won 54 percent of the Velmar vote on Tuesday, cementing her status as the"
        " Quillon Guild's pick.",
        "Dana Roe has cemented her position in the Velmar race since the 2012 vote.",
        "Dana Roe has captured the hearts of Quillon voters since the 2012 race.",
        "Dana Roe put her faith in the Velmar field staff in the 2012 race.",
        "Dana Roe took heat from Ivo Brask over the Quillon depot on Tuesday.",
        "The Velmar Guild met on Tuesday, and the Quillon Guild was having none of it.",
        "Dana Roe eked out a win over Ivo Brask in the Velmar primary on Tuesday.",
        "Dana Roe visited Quillon on Tuesday as she looked to make inroads with Velmar voters.",
        "In May 2012, Dana Roe ended a meeting of the Velmar board on a giddy note.",
        "Dana Roe spent Tuesday looking past the Quillon primary.",
        "On Tuesday night, Dana Roe's rivals moved on.",
        "Dana Roe is looking forward to the Velmar vote on May 3, 2016.",
        "Dana Roe turned her attention to the Quillon primary on Tuesday.",
        "Dana Roe opened a fence-mending tour of Velmar on Tuesday.",
        "Ivo Brask doubled down on the Velmar levy on Tuesday.",
        "Ivo Brask took a swipe at Dana Roe in a speech in Quillon on Tuesday.",
        "Dana Roe tested the waters in Quillon in 2012.",
        "Tova Quarrow has taken center stage at the Velmar Guild's meeting on Tuesday.",
        "Velmar voters in 2012 saw a glass half empty.",
        "The Quillon Guild paid for 12 last-ditch ads against Dana Roe on Tuesday.",
        "A long-shot candidate, Ivo Brask, won 12 percent of the Velmar vote on Tuesday.",
        "Serving 12 Velmar towns in 2012 came naturally to Dana Roe.",
    ],
)
def test_a_figure_of_idiom_in_the_writers_voice_is_no_fact(sentence: str) -> None:
    assert figure(sentence.split())
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == "analysis"
    assert not any(sentence[:25] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        # Literal phrases the news uses.
        "The Velmar police stepped up patrols in Quillon on Tuesday.",
        "Ivo Brask dropped out of the Velmar race on Tuesday.",
        "Dana Roe moved on to the Velmar budget on Tuesday.",
        "Ivo Brask repaid the Velmar loan on a promissory note on Tuesday.",
        "Dana Roe held 54 percent of the Velmar vote on Tuesday.",
        # The idiom in someone's reported words.
        "Ivo Brask said on Tuesday that Dana Roe would eke out a win in the Velmar primary.",
        "Dana Roe will eke out a win, according to the Quillon Poll released Tuesday.",
        "Dana Roe told 12 Velmar clerks on Tuesday that she has their backs.",
        "The Quillon Guild has none of it, Dana Roe wrote on Tuesday.",
        # A back that is a back.
        "Dana Roe stood with her back to the Velmar depot on Tuesday.",
        "Dana Roe had her back to the Velmar depot on Tuesday.",
    ],
)
def test_literal_or_reported_phrases_are_no_figure(sentence: str) -> None:
    assert not figure(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        # The figure only in a relative clause set off by commas; the main
        # clause states a figure or an act with its time.
        "In Velmar, where Dana Roe eked out a slim victory over Ivo Brask in a bitter contest,"
        " ferry ridership fell about 40 percent from 2008.",
        "Dana Roe, who doubled down on the Quillon levy, signed the Velmar budget on Tuesday.",
        "The Quillon Guild, which took heat from Velmar clerks, cut its fee by 12 percent on"
        " May 3, 2016.",
        "Ivo Brask signed the Velmar budget on Tuesday with Dana Roe, who eked out a win in 2012.",
        # The figure in quote marks: someone's words.
        "Dana Roe's 2016 flyer, mailed to 12 Velmar towns on Tuesday, reads \u201cwe have your"
        " backs, Velmar.\u201d",
        "The Quillon Guild sent 12 Velmar clerks a card on Tuesday that reads 'we doubled down"
        " for Velmar'.",
        # The figure in someone's message, told in the writer's words.
        "Dana Roe made it clear to 12 Velmar clerks on Tuesday that she has their backs,"
        " offering a message of support.",
        "Dana Roe assured 12 Velmar clerks on Tuesday that she has their backs.",
    ],
)
def test_a_figure_in_a_relative_clause_quote_marks_or_a_message_is_no_figure(
    sentence: str,
) -> None:
    assert not figure(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "In Velmar, where Dana Roe eked out a slim victory over Ivo Brask in a bitter contest,"
        " ferry ridership fell about 40 percent from 2008.",
        "Dana Roe made it clear to 12 Velmar clerks on Tuesday that she has their backs,"
        " offering a message of support.",
    ],
)
def test_a_checkable_sentence_with_a_figure_aside_is_offered(sentence: str) -> None:
    text = f"{OPENING}\n{sentence}\n"
    assert verdict(text, sentence) == ""
    assert any(sentence[:25] in c for c in dated(text))


@pytest.mark.parametrize(
    "sentence",
    [
        # The main clause states no figure and no time: the figure is the news.
        "Dana Roe, who eked out a win over Ivo Brask, visited the Velmar depot.",
        # The figure in the main clause, a figure in the relative clause.
        "Dana Roe, who won 54 percent in 2012, eked out a win over Ivo Brask on Tuesday.",
        # A "which" clause on the whole main clause is the writer's reading of it.
        "Dana Roe won the Velmar vote on Tuesday, which cemented her status as the Guild's pick.",
        # Quote marks around other words than the figure.
        "Dana Roe doubled down on the \u201cVelmar plan\u201d on Tuesday.",
        # A figure in the main clause, not in the message.
        "Dana Roe doubled down on Tuesday and stressed the Velmar levy.",
    ],
)
def test_a_figure_in_the_main_clause_stays_a_figure(sentence: str) -> None:
    assert figure(sentence.split())
