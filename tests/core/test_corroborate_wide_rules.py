"""The tightenings measured for wide claims (bench/wide_rules.py, a proposal
not wired into the app) and the bench's test of whether a planted figure is
read (bench/plant_claims.figure_read). Sentences in invented words."""

from __future__ import annotations

import pytest

from app.core.corroborate.claims import fact_signature
from bench.plant_claims import figure_read
from bench.wide_rules import RULES, clause_names, named_clauses, same_names, value_names

DELEGATES = "It takes 1,240 delegates to win the Velmarist nomination."
PAGES = "The Quillon Department prepared 55,000 pages of Roe's letters for release."
STATES = "Next, 11 guilds hold ballots on May 4, the Brask Day vote."
TWO_STATES = "The two guilds hold ballots on May 4."

CASES = [
    # Both sentences name the same: "the Velmarist nomination" and "the nomination" do not.
    (same_names, DELEGATES, "It takes 2,380 delegates to win the nomination.", False),
    (same_names, DELEGATES, "It takes 2,310 delegates to win the Velmarist nomination.", True),
    # The figures are said of one named thing, named on both sides.
    (value_names, PAGES, PAGES.replace("55,000", "52,000"), True),
    (value_names, PAGES, "Officials prepared 52,000 pages for release.", False),
    (value_names, "Officials prepared 52,000 pages for release.", "They gave 50,000 pages.", False),
    # The figures' clauses name the same: not another place named beside one.
    (
        clause_names,
        STATES,
        "Members in Vesk and Quillon met, and 15 guilds hold ballots on May 4.",
        False,
    ),
    (clause_names, STATES, "By then 12 guilds hold ballots on May 4, the Brask Day vote.", True),
    (
        named_clauses,
        STATES,
        "By then 12 guilds hold ballots on May 4, the Brask Day vote.",
        True,
    ),
    # Naming nothing on both sides: the same for clause_names, not for named_clauses.
    (clause_names, TWO_STATES, "In all 15 guilds hold ballots on May 4.", True),
    (named_clauses, TWO_STATES, "In all 15 guilds hold ballots on May 4.", False),
]


@pytest.mark.parametrize(("rule", "first", "second", "passes"), CASES)
def test_each_rule_on_two_sentences(rule, first, second, passes):
    a, b = fact_signature(1, first), fact_signature(2, second)
    kind = next(vc.value.kind for vc in a.values if vc.value.kind.startswith("count:"))
    assert rule(a, b, kind) is passes


def test_every_rule_is_named():
    assert set(RULES) == {"same_names", "value_names", "both", "clause_names", "named_clauses"}


def test_figure_read_tells_a_figure_the_app_reads_from_one_it_does_not():
    assert figure_read("The guild raised $4 million in 2015.", "$4 million")
    assert figure_read("The guild raised $4 million in 2015.", "2015")
    assert not figure_read("The guild took a third of the seats.", "a third")
    # Not written in the sentence: not told, taken as read.
    assert figure_read("The guild raised $4 million.", "$5 million")
