"""The near misses and plants of the plant generator (bench/plants_rewrite.py):
an approximation truly agrees with the figure it rounds, a change or a time
is told where the figure's phrase ends (never between the figure and what
it is of), a time only in a clause told in the past, and a count is never
the second number of a tally. Invented sentences and names."""

from __future__ import annotations

import random

import pytest

from bench.plants_rewrite import PATTERNS, control, plant, span_parts


def _control(sentence: str, written: str, how: str, kind: str = "count") -> str | None:
    new = control(kind, written, sentence, how, random.Random(0), sentence.find(written))
    if new is None:
        return None
    more, text = span_parts(new)
    at = sentence.find(written)
    return sentence[:at] + text + sentence[at + len(written) + more :]


@pytest.mark.parametrize(
    ("sentence", "written", "kind", "expected"),
    [
        # Never tighter than the figure's own rounding.
        ("The archive holds 55,000 letters.", "55,000 letters", "count", "more than 50,000"),
        ("It takes 2,383 tokens to win.", "2,383 tokens", "count", "more than 2,300 tokens"),
        ("The guild sent 99 barges.", "99 barges", "count", "more than 90 barges"),
        ("The guild raised $916 million.", "$916 million", "money", "about $920 million"),
        ("The fund spent $145 million.", "$145 million", "money", "about $150 million"),
        ("Velmar polled 45.4 percent.", "45.4 percent", "percent", "about 45 percent"),
    ],
)
def test_an_approximation_agrees_with_what_it_rounds(sentence, written, kind, expected):
    assert expected in _control(sentence, written, "approx", kind)


@pytest.mark.parametrize(
    ("sentence", "written", "kind"),
    [
        ("The guild sent 20 barges.", "20 barges", "count"),  # no round number below it
        ("The guild sent about 99 barges.", "99 barges", "count"),  # bounded already
        ("He took all 99 barges.", "99 barges", "count"),
        ('She said "about $200,000" came in.', "$200,000", "money"),
        ("It backs a $15 ferry fare.", "$15", "money"),  # "a about $15"
        ("Velmar leads 46 percent to 44 percent.", "46 percent", "percent"),  # a score
        ("Velmar leads 46 percent to 44 percent.", "44 percent", "percent"),
    ],
)
def test_no_approximation_where_it_cannot_stand(sentence, written, kind):
    assert _control(sentence, written, "approx", kind) is None


def test_a_change_is_told_after_the_words_the_figure_is_of():
    changed = _control(
        "Some 46 percent of Velmarists backed the toll, the survey found.",
        "46 percent",
        "change",
        "percent",
    )
    assert "46 percent of Velmarists, up from 32 percent, backed" not in changed
    assert changed.startswith("Some 46 percent of Velmarists backed the toll, up from 32 percent,")
    changed = _control("The board set a $12 ferry fare in Brask.", "$12", "change", "money")
    assert changed == "The board set a $12 ferry fare in Brask, up from $8."


def test_a_change_closes_before_another_clause():
    changed = _control(
        "The guild took $200,000 from millers and spent it.", "$200,000", "change", "money"
    )
    assert changed == "The guild took $200,000 from millers, up from $140,000, and spent it."


def test_no_change_of_a_span_of_time_or_a_share_of_a_total():
    assert (
        _control("Wages stalled for the past 15 years, aides said.", "15 years", "change") is None
    )
    assert _control("Vesk swept seven out of 11 towns.", "11 towns", "change") is None


def test_a_time_only_in_a_clause_told_in_the_past():
    changed = _control("The guild bought 99 barges from Brask.", "99 barges", "time")
    assert changed is not None and changed.endswith(" from Brask in 1993.")
    # Told in the present, to come, or placed already: another year misdates it.
    assert _control("It takes 99 barges to cross the bay.", "99 barges", "time") is None
    assert _control("The guild will buy 99 barges from Brask.", "99 barges", "time") is None
    assert _control("Today the guild bought 99 barges.", "99 barges", "time") is None
    assert _control("The guild bought 99 barges 20 years ago.", "99 barges", "time") is None


def test_a_count_is_not_the_second_number_of_a_tally():
    assert not PATTERNS["count"].search("The bench ruled by 5-to-4 votes.")
    assert not PATTERNS["count"].search("The council passed it in 7-2 votes.")
    assert PATTERNS["count"].search("The council cast 9 votes.")


def test_money_does_not_take_the_comma_after_it():
    assert PATTERNS["money"].search("It costs $25,000, but not now.").group(0) == "$25,000"
    assert PATTERNS["money"].search("It costs $1,250,000 in all.").group(0) == "$1,250,000"


def test_a_plant_is_no_figure_its_sentence_states_already():
    sentence = "Some 20 percent said yes; 29 percent said no."
    new = plant("percent", "20 percent", random.Random(0), sentence)
    assert new != "29 percent" and new != "20 percent"
    assert plant("percent", "20 percent", random.Random(0)) == "29 percent"
