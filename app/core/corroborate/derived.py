"""Derived sources: a rewrite or near copy of another source is not a
second witness.

A source is judged derived from another when much of what it carries is
also in the other, and its own wording (outside quotes, which any report may
repeat verbatim) keeps many of the other's word pairs. Measured on the seeds:
the rewrite shares 53% of its items and 25% of its word pairs with its
original; no other pair passes 16% of either.
"""

from __future__ import annotations

from collections import Counter

from app.core.corroborate.state import GroupingState
from app.core.corroborate.text import content_lemmas
from app.core.corroborate.times import parse_date
from app.core.store import Library

DERIVED_SHARED = 0.4  # share of the copy's items also carried by the original
DERIVED_MIN_SHARED = 3  # at least this many items in common
DERIVED_SIMILARITY = 0.2  # share of word pairs (outside quotes) in common
WIDE_GROUP = 30  # a group in more sources than this says nothing about copying


def judge(
    library: Library,
    state: GroupingState,
    sources: set[int],
    groups: list[list[int]] | None = None,
) -> dict[int, tuple[int, float]]:
    """For each source in `sources` (and those it shares material with):
    {source: (original or 0, similarity)}.

    Evidence first comes from the groups (cheap): how many of a source's
    items are also carried by another source. Only pairs with enough shared
    items have their texts compared."""
    shared: Counter[tuple[int, int]] = Counter()  # (s, t): items of s carried by t
    for ids in state.same.members.values() if groups is None else groups:
        if len(ids) < 2:
            continue
        srcs = Counter(state.item_source[i] for i in ids)
        if len(srcs) < 2 or len(srcs) > WIDE_GROUP or not (srcs.keys() & sources):
            continue
        for s, n in srcs.items():
            for t in srcs:
                if s != t:
                    shared[(s, t)] += n
    verdict: dict[int, tuple[int, float]] = {s: (0, 0.0) for s in sources}
    candidates = {
        tuple(sorted((s, t)))
        for (s, t), n in shared.items()
        if n >= DERIVED_MIN_SHARED and n >= DERIVED_SHARED * state.carried[s]
    }
    for s, t in sorted(candidates):
        sim = _similarity(library, state, s, t)
        if sim < DERIVED_SIMILARITY:
            continue
        copy, original = _direction(library, s, t)
        best = verdict.get(copy, (0, 0.0))
        if sim > best[1]:
            verdict[copy] = (original, round(sim, 3))
    return verdict


def _word_pairs(library: Library, state: GroupingState, source_id: int) -> set[tuple[str, str]]:
    """Pairs of neighbouring content words of a source, outside its quotes."""
    if source_id not in state.word_pairs:
        lemmas = content_lemmas(library.text_outside_quotes(source_id))
        state.word_pairs[source_id] = set(zip(lemmas, lemmas[1:], strict=False))
    return state.word_pairs[source_id]


def _similarity(library: Library, state: GroupingState, a: int, b: int) -> float:
    """Share of the smaller text's word pairs found in the other: a rewrite
    rephrases sentences but keeps many phrases."""
    pa, pb = _word_pairs(library, state, a), _word_pairs(library, state, b)
    smaller = min(len(pa), len(pb))
    return len(pa & pb) / smaller if smaller else 0.0


def _direction(library: Library, a: int, b: int) -> tuple[int, int]:
    """(copy, original): the later-dated source copies the earlier; without
    dates, the one added later copies the one added first."""
    dates = library.source_dates((a, b))
    da, db = parse_date(dates.get(a, "")), parse_date(dates.get(b, ""))
    if da and db and da != db:
        return (a, b) if da > db else (b, a)
    return (max(a, b), min(a, b))
