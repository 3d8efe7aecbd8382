"""The learned confidence gate (`fact_gate`): its features read general
grammar off the cited line, and a dated source's fact of a form the judges
seldom passed is not offered. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.extract import fact_gate
from app.core.extract.facts import find_facts, sentence_verdicts

DAY = dt.date(2031, 3, 14)


@pytest.fixture(autouse=True)
def gate_on(monkeypatch):
    """The gate as fitted, on (the app ships it off: `fact_gate.ENABLED`)."""
    monkeypatch.setattr(fact_gate, "ENABLED", True)


ARTICLE = (
    "Quillon council votes on harbour plan.\n\n"
    "Ortun Vesk was elected mayor of Quillon in 2019 with 4,210 votes.\n\n"
    "The Quillon ferry is 40 years old and its hull is rusting badly.\n"
)


def feature(line: str, name: str, text: str | None = None) -> float:
    text = text if text is not None else "An opening line of the article. " + line
    return fact_gate.features(text, text.index(line), line)[fact_gate.NAMES.index(name)]


def test_the_features_read_the_line_s_opening_its_times_and_its_verbs():
    named = "Brenna Tolvik joined the Dunmere board in 2027 and left last week."
    assert feature(named, "opens with a name (not lower case in the article near it)")
    assert feature(named, "a year")
    assert feature(named, "a relative time")
    assert feature(named, "says when (any of the times above, a dated bracket)")
    assert not feature(named, "'is'/'are'")
    assert feature(named, "share of words ending -ed") == 1 / 12
    bracket = "[Brenna Tolvik] won 58 percent of the vote on Monday [March 10, 2031]."
    assert feature(bracket, "opens with a resolved bracket")
    assert feature(bracket, "brackets in the line") == 2
    assert feature(bracket, "a bracket holds a figure")
    assert feature(bracket, "a percent")
    assert feature(bracket, "a weekday")
    plain = "The ferry is 40 years old and they say it is rusting badly."
    assert feature(plain, "opens with 'the'")
    assert feature(plain, "'is'/'are'")
    assert feature(plain, "a pronoun (a resolved one is bracketed: none)")
    assert feature(plain, "a figure and no time")
    assert not feature(plain, "a year")  # "40": no year
    assert feature(plain, "share of words ending -ly") == 1 / 13


def test_the_features_read_names_and_words_that_point_back():
    # "Tolvik" is a name: the article never writes it in lower case near
    # the line; "Dunmere" is not, where "dunmere" (a word) stands nearby.
    text = "The dunmere clay is soft. Dunmere Quay also rose to 9 crowns again."
    line = "Dunmere Quay also rose to 9 crowns again."
    assert not feature(line, "opens with a name (not lower case in the article near it)", text)
    assert feature(line, "a word pointing back (also, again, another, same ...)", text)
    fresh = "Tolvik Marine bought 3 barges from Ostrava Yards."
    assert feature(fresh, "opens with a name (not lower case in the article near it)")
    assert feature(fresh, "capitalised words inside (share)") == 3 / 8
    assert not feature(fresh, "a past act (-ed) and no time")  # "bought": no -ed
    assert not feature(fresh, "a strongly evaluative adjective")
    assert feature("Tolvik Marine ran a brilliant 3-day sale.", "a strongly evaluative adjective")


def test_a_high_confidence_fact_is_kept_and_a_low_one_dropped():
    kept = "Ortun Vesk was elected mayor of Quillon in 2019 with 4,210 votes."
    dropped = "The Quillon ferry is 40 years old and its hull is rusting badly."
    high = fact_gate.confidence(fact_gate.features(ARTICLE, ARTICLE.index(kept), kept))
    low = fact_gate.confidence(fact_gate.features(ARTICLE, ARTICLE.index(dropped), dropped))
    assert high >= fact_gate.THRESHOLD > low
    found = [ARTICLE[f.start : f.end] for f in find_facts(ARTICLE, published=DAY)]
    assert kept in found and dropped not in found
    reasons = {
        ARTICLE[a:b]: reason for a, b, reason, _ in sentence_verdicts(ARTICLE, published=DAY)
    }
    assert reasons[dropped] == "doubtful"


def test_an_undated_source_is_not_gated():
    # The model was fitted on dated sources only: an undated one's facts
    # are left to the rules.
    dropped = "The Quillon ferry is 40 years old and its hull is rusting badly."
    assert not fact_gate.doubtful(ARTICLE, ARTICLE.index(dropped), dropped, None)
    assert fact_gate.doubtful(ARTICLE, ARTICLE.index(dropped), dropped, DAY)
