"""How far a round figure reaches, and which words are months (#10: the
same measure at a compatible time). A round number written plainly stands
for what a reporter rounds to it, never for a figure far off ("$100,000" is
not $55,000); a qualifier still widens it. "may" and "march" in lower case
are verbs, not months. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.corroborate.claims import claim_values, fact_signature
from app.core.corroborate.matching import GroupIndex
from app.core.corroborate.quantities import agree
from app.core.corroborate.times import time_anchors


def _value(text: str):
    return next(v for v in claim_values(text) if v.kind != "number")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Velmar club charged a $100,000 entry fee.",
            "The Velmar club charged a $55,000 entry fee.",
        ),
        ("Orrel says the firm is worth $10 billion.", "Orrel says the firm is worth $6 billion."),
        ("The guild sank 200 barges.", "The guild sank 150 barges."),
    ],
)
def test_a_plain_round_figure_does_not_reach_far_off_figures(a, b):
    assert not agree(_value(a), _value(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # What rounds to it, near: a reporter's rounding.
        ("The guild sank 1,000 barges.", "The guild sank 1,100 barges."),
        (
            "The Velmar club charged a $100,000 entry fee.",
            "The Velmar club charged a $96,500 entry fee.",
        ),
        # Qualified: wider.
        ("The club charged nearly $1 billion.", "The club charged $916 million."),
        ("The guild sank about 200 barges.", "The guild sank 172 barges."),
        ("The guild sank more than 30 barges.", "The guild sank 34 barges."),
    ],
)
def test_a_round_figure_agrees_with_what_rounds_to_it(a, b):
    assert agree(_value(a), _value(b))


def test_a_plain_round_fee_against_a_far_one_is_a_conflict():
    a = "In 2031 the Velmar Landing club, north of Quillon, charged a $100,000 entry fee, mostly refundable."
    b = "In 2031 the Velmar Landing club, north of Quillon, charged a $55,000 entry fee, mostly refundable."
    index = GroupIndex()
    index.add(1, 1, "fact", a, date(2031, 5, 1))
    edges = index.add(2, 2, "fact", b, date(2031, 5, 2))
    assert [(e.relation, e.values) for e in edges] == [("conflict", ("$100000", "$55000"))]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Voters may benefit if the rivals march on Quillon.", set()),
        ("The vote on the toll came in May.", {"m:5"}),
        ("Aides met in late March to plan the toll.", {"m:3"}),
    ],
)
def test_a_month_is_written_with_a_capital(text, times):
    assert time_anchors(text, [], date(2031, 4, 1)) == times
    assert fact_signature(1, text, date(2031, 4, 1)).times == times


def _conflicts(a: str, b: str) -> list:
    index = GroupIndex()
    index.add(1, 1, "fact", a, date(2031, 5, 1))
    return [
        e.values for e in index.add(2, 2, "fact", b, date(2031, 5, 2)) if e.relation == "conflict"
    ]


def test_a_short_sentence_worded_alike_but_for_its_figure_is_one_report():
    assert _conflicts("Dues were $10,579 a year.", "Dues were $6,612 a year.") == [
        ("$10579", "$6612")
    ]


@pytest.mark.parametrize(
    "b",
    [
        "Dues were $10,579 a year.",  # the same figure
        "Fees were $6,612 a year.",  # other words
        "Velmar dues were $6,612 a year.",  # another name
    ],
)
def test_a_short_sentence_otherwise_worded_is_not_one_report(b):
    assert _conflicts("Dues were $10,579 a year.", b) == []
