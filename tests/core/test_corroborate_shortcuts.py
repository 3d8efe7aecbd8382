"""The shortcuts a regroup takes to go faster read what the full patterns
read: relative times tried only at words that can start one, dates only
where a word is followed by a number, shares only where their units are
spelled, the candidates' word test run before the rules, and candidates
left untested only where that test would drop them."""

from __future__ import annotations

import random
from datetime import date

import pytest

from app.core.corroborate import matching
from app.core.corroborate.claims import claim_values, fact_signature
from app.core.corroborate.matching import GroupIndex, _in_two, _met_twice
from app.core.corroborate.rules import figure_probe, words_may_match
from app.core.corroborate.text import plain
from app.core.corroborate.times import _RELATIVE, _relatives, time_anchors

SENTENCES = [
    "So far, the Brindle council has met twice this week, and will meet Tuesday.",
    "TODAY the Quorrel board said it would vote next month, as of March.",
    "The plan, thisweek's draft, was shelved nowhere near last  year's pace.",
    "Three days ago the Vellan office reopened; two weeks ago it had closed.",
    "Fenwick said the résumé arrived today, recently, and tomorrow another one.",
    "x_today today_x 2today recentlyx recently Mayday may May 5 the latest",
    "In January the Ostrel agency counted 40 homes; by Feb. it counted 42.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_relative_times_are_found_where_the_full_pattern_finds_them(text):
    found = [(m.span(), m.groupdict()) for m in _relatives(text, text.lower())]
    full = [(m.span(), m.groupdict()) for m in _RELATIVE.finditer(text)]
    assert found == full
    assert found  # each sentence names at least one relative time or month


def test_relative_times_resolve_against_the_source_date():
    anchors = time_anchors(plain(SENTENCES[0]), [], date(2016, 3, 2))
    assert "d:03-08" in anchors  # "will meet Tuesday": the one to come
    assert "r:so far" not in anchors  # "so far" marks a running figure, no time
    undated = time_anchors(plain(SENTENCES[3]), [], None)
    assert undated == frozenset({"r:three days ago", "r:two weeks ago"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout rose to 61 per\ncent in Dalby.", ("percent", "61%")),
        ("The Varn lead is 4 percentage points.", ("count:point", "4")),
        ("Polls put Orla at 38% among voters.", ("percent", "38%")),
        ("The Quill vote came on Sept. 11, 2012, downtown.", ("date", "09-11")),
        ("The hearing is set for March\n4th in Tolby.", ("date", "03-04")),
    ],
)
def test_shares_and_days_are_read_however_they_are_spaced(text, expected):
    assert expected in [(v.kind, v.value) for v in claim_values(text)]


def test_a_paper_and_a_super_committee_are_no_shares():
    values = claim_values("The super committee's paper ran 40 pages on May 5.")
    assert [(v.kind, v.value) for v in values] == [("count:page", "40"), ("date", "05-05")]


CLAIMS = [
    "The Marrowby trust raised $916 million for its canal plan in 2019, its treasurer said.",
    "The Marrowby trust raised $640 million for its canal plan in 2019, its treasurer said.",
    "The Marrowby canal plan drew $640 million from small donors, a filing showed.",
    "Tolby farmers sold 40 goats at the spring market in 2019.",
    "The Tolby market sold 640 goats to farmers from the canal towns in 2019.",
]


def test_a_candidate_the_word_test_drops_has_no_edge_by_the_full_rules():
    """The quick test is run before the rules only to spare them: a pair it
    drops gets no edge when the rules weigh it in full (a trace makes them
    skip the test), and the pair of one claim with two figures passes it."""
    index = GroupIndex()
    sigs = [fact_signature(n, text) for n, text in enumerate(CLAIMS)]
    for n, sig in enumerate(sigs):
        index.facts[n] = sig
        for f in sig.feats:
            index.df[f] += 1
    dropped = 0
    for a in range(len(sigs)):
        for b in range(len(sigs)):
            if a == b or words_may_match(sigs[a], figure_probe(sigs[b])):
                continue
            dropped += 1
            assert index._compare_facts(a, sigs[a], b, sigs[b], near=False, trace=[]) == []
    assert dropped >= 8
    assert words_may_match(sigs[0], figure_probe(sigs[1]))
    [edge] = index._compare_facts(0, sigs[0], 1, sigs[1], near=False)
    assert (edge.relation, edge.values) == ("conflict", ("$916m", "$640m"))


def test_ids_in_two_postings_are_found_by_sets_as_by_counting():
    """`_in_two` reads distinct postings longest last: the ids it finds in
    two postings or more, and their order (first met), are those counting
    every id gives, whatever the postings' lengths and overlaps."""
    rng = random.Random(10)
    cases = [[], [[1, 2, 3]], [[], ()], [[5], [5]], [[1, 2], [3, 4], [5]]]
    for _ in range(300):
        ids = rng.sample(range(1, 400), 120)
        cases.append(
            [rng.sample(ids, rng.choice((0, 1, 2, 5, 30, 101))) for _ in range(rng.randint(1, 12))]
        )
    met = 0
    for postings in cases:
        by_sets = list(_in_two(postings, distinct=True))
        assert by_sets == list(_in_two(postings, distinct=False))
        met += bool(by_sets)
        _, seen, longest = _met_twice(postings)
        assert seen.union(longest) == set().union(*postings)  # what was read: every id
    assert met > 100  # most cases have ids met twice


WORDS = (
    "brask vesk quill orrin tolby marrow canal ferry toll harbor levy grain velmar"
    " quillon dunmore skarra pelt lantern sorrel oak barrow fenwick trent"
).split()
UNITS = ("goats", "ferries", "barges")


def _invented_claims(rng: random.Random, n: int) -> list[str]:
    """Sentences of a few invented words around one or two figures: many
    share a figure and a word, fewer two words."""
    out = []
    for _ in range(n):
        a, b, c, d, e = rng.sample(WORDS, 5)
        count = f"{rng.randrange(30, 50)} {rng.choice(UNITS)}"
        year = f" in {rng.choice((2016, 2019))}" if rng.random() < 0.5 else ""
        out.append(f"The {a} {b} of {c} and {d} {e} {count}{year}.")
    return out


def test_candidates_left_untested_are_those_the_word_test_drops(monkeypatch):
    """The candidates a claim's kind keys show cannot pass the word test
    (`GroupIndex._may_pass`, postings capped at 3 here so that many keys
    are past the cap) are left out, and the edges are those found when
    every candidate is tested, in the same order."""
    monkeypatch.setattr(matching, "POSTING_CAP", 3)
    monkeypatch.setattr(matching, "_WORTH_READING", range(1, 4).__contains__)
    monkeypatch.setattr(matching, "_PAST_CAP", (3).__lt__)
    texts = _invented_claims(random.Random(7), 600)
    untested = []
    may_pass = GroupIndex._may_pass

    def counted(index, probe, n_keys, past, only, seen, longest):
        may = may_pass(index, probe, n_keys, past, only, seen, longest)
        untested.extend(only - may)
        return may

    filtered, every = GroupIndex(), GroupIndex()
    monkeypatch.setattr(filtered, "_may_pass", counted.__get__(filtered))
    monkeypatch.setattr(every, "_may_pass", lambda *args: None)
    found = [
        [(e.a, e.b, e.relation, e.values) for e in index.add_signed(n, fact_signature(n // 3, t))]
        for index in (filtered, every)
        for n, t in enumerate(texts)
    ]
    edges = [e for claim in found[: len(texts)] for e in claim]
    assert edges == [e for claim in found[len(texts) :] for e in claim]
    assert len(untested) > 100 and len(edges) > 50
