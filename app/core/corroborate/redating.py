"""Groups brought up to date after sources were given other dates.

A source's date is read into its claims' signatures (its "last year" and
"on Tuesday" are placed against it), decides which of two near copies
copies the other, and decides which facts it offers at all
(app/core/fact_refresh.py). Rather than regroup the whole library (half a
minute at 200,000 items), `update_redated` does what an import's update
does, for the changed sources only:

- their facts as they were indexed are taken out of the index (postings,
  feature counts), with the other members of the groups they were in:
  a group held together only by a changed fact must fall apart as a
  regroup would leave it, and the index keeps no edges to say so;
- all of these are indexed again (the changed sources' facts with their
  new signatures), and their groups are written again;
- derived marks are judged again for every source that shares a group with
  them, and the conflicts whose edges or groups changed are rebuilt.

What it cannot promise is the very result of a regroup: a regroup compares
each pair when the later of the two is indexed, weighing words and figures
by how many claims held them then (a pair of early sources is judged as
in a small library), while this compares the items indexed again with the
library as it is now. A pair whose verdict sits near a threshold may go the
other way. The tests find no difference on the seeds, on real news, or on
either backend; on the synthetic library of bench/bench_redate.py, about
one group in a few thousand differs after a date change (BENCHMARKS.md).
A regroup (`main.py clusters --regroup`, or after a source is removed)
makes it exact again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.collector_hold import collector_held
from app.core.corroborate import conflicts, derived, grouping
from app.core.corroborate.claims import FactSig, fact_signature, hash_keys
from app.core.corroborate.grouping import Summary
from app.core.corroborate.index_store import StoredSigs
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.corroborate.state import GroupingState
from app.core.corroborate.text import proper_words
from app.core.corroborate.times import parse_date
from app.core.corroborate.weights import POSTING_CAP
from app.core.store import Library

# Past this share of the library's items to index again (and this many), a
# regroup costs about as much, and it is exact.
REGROUP_SHARE = 0.2
REGROUP_MIN = 5_000


@dataclass(frozen=True)
class Before:
    """A source as it was grouped, before its date changed: what taking
    its facts out of the index needs (a fact no longer found is deleted
    from the library by then)."""

    source_id: int
    date: str
    facts: dict[int, str]  # item id -> text


def before(library: Library, source_id: int, date: str) -> Before:
    """What `update_redated` will need of a source about to be given another
    date (`date` is the one it has): read under the write lock, before the
    change. The library's grouping state is loaded now if it is not in
    memory, so that it still matches the items the change replaces."""
    state = grouping._current_state(library)
    if state is not None and library.grouping_mark() == library.item_extent():
        library.grouping_state = state
        state.data_version = library.data_version()
    facts = {i.id: i.text for i in library.items_of_source(source_id, kind="fact")}
    return Before(source_id, date, facts)


def update_redated(library: Library, changed: Iterable[Before]) -> Summary:
    """Bring groups, derived marks and conflicts up to date after the
    sources of `changed` (each read by `before`) were given other dates and
    their facts found again. Regroups the library instead when the grouping
    state kept before the change no longer matches it (another program
    wrote meanwhile, or it was not in step with the items), or when most of
    the library is to be compared again."""
    changed = list(changed)
    try:
        return _update_or_regroup(library, changed)
    except BaseException:
        _out_of_step(library)
        raise


def _out_of_step(library: Library) -> None:
    """After a run that failed midway: its writes were rolled back, but the
    date change it followed was committed before it, and the grouping state
    in memory was half changed. Both are marked stale, so that the next
    grouping run (an import's, the next date change's) regroups rather than
    continue from groups that no longer match the facts."""
    library.grouping_state = None
    # A mark no index matches: the next run finds no state to continue from.
    with contextlib.suppress(Exception):
        library.set_grouping_mark(*grouping.STALE_MARK)


def _update_or_regroup(library: Library, changed: list[Before]) -> Summary:
    with library.grouping_transaction(), collector_held():
        state = library.grouping_state
        if not isinstance(state, GroupingState) or state.data_version != library.data_version():
            return grouping._regroup(library)
        now = {b.source_id: _facts_now(library, b.source_id) for b in changed}
        old_ids = {i for b in changed for i in b.facts}
        new_ids = {i for facts in now.values() for i in facts} - old_ids
        gone = old_ids - {i for facts in now.values() for i in facts}
        in_step = all(state.item_kind.get(i) == "fact" for i in old_ids) and not (
            new_ids & state.item_source.keys()
        )
        expected = len(state.item_source) - len(gone) + len(new_ids)
        if not in_step or library.item_extent()[1] != expected:
            return grouping._regroup(library)
        old_groups = [list(state.same.group(r)) for r in {state.same.find(i) for i in old_ids}]
        others = {i for ids in old_groups for i in ids} - old_ids
        again = len(others) + len(old_ids) + len(new_ids)
        if again > max(REGROUP_MIN, REGROUP_SHARE * len(state.item_source)):
            return grouping._regroup(library)
        return _update(library, state, changed, now, old_groups, sorted(others), gone)


def _facts_now(library: Library, source_id: int) -> dict[int, str]:
    return {i.id: i.text for i in library.items_of_source(source_id, kind="fact")}


def _update(
    library: Library,
    state: GroupingState,
    changed: list[Before],
    now: dict[int, dict[int, str]],
    old_groups: list[list[int]],
    others: list[int],
    gone: set[int],
) -> Summary:
    proper = {b.source_id: proper_words(library.source_text(b.source_id)) for b in changed}
    taken, dropped = _take_out(state, changed, proper, old_groups, others, gone)
    # All indexed again in the order of their ids, as a regroup indexes
    # them, so that two of them are compared the way round it compares them.
    again: dict[int, FactSig] = {i: taken[i] for i in others}
    for b in changed:
        when = parse_date(library.source(b.source_id).meta.date)
        for item_id, text in now[b.source_id].items():
            again[item_id] = fact_signature(b.source_id, text, when, proper[b.source_id])
    edges = _put_back(state, again, {b.source_id for b in changed})
    sources = {b.source_id for b in changed} | {taken[i].source_id for i in taken}
    sources |= _sharing_a_group(state, {b.source_id for b in changed})
    return store_again(library, state, edges, list(again), set(taken), sources, dropped)


def store_again(
    library: Library,
    state: GroupingState,
    edges: list[Edge],
    again: list[int],
    taken: set[int],
    sources: set[int],
    dropped: set[tuple[int, str]],
) -> Summary:
    """Write what indexing the items `again` found (`edges`) after the
    items `taken` were taken out (`_forget`, whose dropped claims are
    `dropped`): their groups, the derived marks of `sources` and of the
    sources those groups hold, and the conflicts touched; then the mark."""
    new_claims = grouping.take_edges(state, edges)
    members = {r: state.same.group(r) for r in {state.same.find(i) for i in again}}
    groups = [(state.item_kind[root], ids) for root, ids in members.items()]
    replaced = taken | {i for ids in members.values() for i in ids}
    if replaced:  # (none to replace would replace them all)
        library.write_clusters(groups, replace_items=sorted(replaced))

    sources = sources | {state.item_source[i] for ids in members.values() for i in ids}
    verdict = derived.judge(library, state, sources)
    # Only the sources judged on all their groups: another source's verdict
    # here may miss a group it shares with a third.
    verdict = {s: v for s, v in verdict.items() if s in sources}
    library.replace_detected_derivations(verdict)

    # The conflicts an edge taken out was part of are rebuilt, or go.
    stale = library.conflicts_with_direct_claims(dropped)
    if stale:
        library.write_conflicts([], replace=stale)
    seeds = {n for n in dropped if n[0] in state.item_source} | new_claims
    state.n_conflicts = conflicts.store_touched(library, state, seeds, set(members))
    return grouping._finish(library, state, len(again), groups, verdict)


def _take_out(
    state: GroupingState,
    changed: list[Before],
    proper: dict,
    old_groups: list[list[int]],
    others: list[int],
    gone: set[int],
) -> tuple[dict[int, FactSig], set[tuple[int, str]]]:
    """Take the changed sources' facts (as indexed, with their old date)
    and the other members of their groups out of the index and the state.
    Returns the signatures they were indexed with, and the claims of the
    conflict edges dropped (see `_forget`)."""
    index = state.index
    taken: dict[int, FactSig] = {}
    for b in changed:
        when = parse_date(b.date)
        for item_id, text in b.facts.items():
            taken[item_id] = fact_signature(b.source_id, text, when, proper[b.source_id])
    for item_id in others:
        taken[item_id] = index.facts[item_id]  # type: ignore[assignment]
    group_sources = [{state.item_source[i] for i in ids} for ids in old_groups]
    for item_id, sig in taken.items():
        _unindex(index, item_id, sig, deleted=item_id in gone)
    for b in changed:
        # How many sources state each figure: the source's own count goes.
        for figure in {f for i in b.facts for f in taken[i].numbers}:
            index.df[f"#{figure}"] -= 1
    return taken, _forget(state, set(taken), group_sources)


def _put_back(state: GroupingState, again: dict[int, FactSig], changed: set[int]) -> list[Edge]:
    """Index `again` in id order; their edges, as a regroup finds them."""
    index = state.index
    # How many sources state each figure: counted again for the changed
    # sources (once each), not for the others (their count never went).
    counted: dict[int, set[str]] = {sid: set() for sid in changed}
    edges: list[Edge] = []
    for item_id in sorted(again):
        sig = again[item_id]
        index._figures_of = (sig.source_id, counted.get(sig.source_id, set(sig.numbers)))
        state.item_source[item_id] = sig.source_id
        state.item_kind[item_id] = "fact"
        state.carried[sig.source_id] += 1
        edges += index.add_signed(item_id, sig)
    index._figures_of = (-1, set())
    return _as_regroup(index, edges)


def _unindex(index: GroupIndex, item_id: int, sig: FactSig, deleted: bool) -> None:
    """Take an indexed fact out of the index's postings and feature counts
    (`_add_fact` in reverse). A posting past the cap stays as it is: it is
    never read again, and one item fewer would make it read."""
    figure_keys, kind_keys = GroupIndex._fact_keys(sig)
    # Its sketch was cut from these by the feature counts of the moment it
    # was indexed: every key it may have used is looked at.
    sketchable = hash_keys([f for f in sig.feats if " " in f and f[0] != "="])
    fact_keys = index.fact_keys
    for key in {*figure_keys, *kind_keys, *sketchable}:
        posting = fact_keys.get(key)
        if posting and len(posting) <= POSTING_CAP and item_id in posting:
            fact_keys[key] = [i for i in posting if i != item_id]
    df = index.df
    for feature in (*sig.feats, *sig.runs):
        df[feature] -= 1
    # A fact still there is given its new signature when indexed again.
    if deleted:
        facts = index.facts
        if isinstance(facts, StoredSigs):
            # A stored index counts its facts (`len`), it does not list them.
            facts._sigs.pop(item_id, None)
            facts._count -= 1
        else:
            facts.pop(item_id, None)


def _forget(
    state: GroupingState, items: set[int], group_sources: list[set[int]]
) -> set[tuple[int, str]]:
    """Take `items` (whole groups) out of the grouping state: each becomes a
    group of its own, without edges. Returns the claims (item, kind) of the
    conflict edges dropped, and of the loose ones that counted only because
    a group now taken apart linked their sources."""
    for item_id in items:
        source_id = state.item_source.pop(item_id)
        del state.item_kind[item_id]
        state.carried[source_id] -= 1
        state.same.parent.pop(item_id, None)
        state.same.members.pop(item_id, None)
    state._by_source = None  # items of each source, cached by the count of items
    dropped: set[tuple[int, str]] = set()

    def keep(e: Edge) -> bool:
        if e.a in items or e.b in items:
            dropped.update(((e.a, e.kind), (e.b, e.kind)))
            return False
        return True

    state.conflict_edges = [e for e in state.conflict_edges if keep(e)]
    state.loose_edges = [e for e in state.loose_edges if keep(e)]
    for e in state.loose_edges:
        pair = {state.item_source.get(e.a), state.item_source.get(e.b)}
        if any(pair <= sources for sources in group_sources):
            dropped.update(((e.a, e.kind), (e.b, e.kind)))
    return dropped


def _as_regroup(index: GroupIndex, edges: list[Edge]) -> list[Edge]:
    """The edges with each conflict between two claims found as a regroup
    finds it: comparing the earlier claim with the later one (the rules
    read the first claim's words first, for the subject they name). An
    item indexed again was compared with the items after it the other way
    round."""
    out, again = [], set()
    for e in edges:
        if e.relation == "same" or e.a < e.b:
            out.append(e)
        else:
            again.add((e.b, e.a))
    for a, b in sorted(again):
        found = index._compare_facts(a, index.facts[a], b, index.facts[b], near=False)
        out.extend(e for e in found if e.relation != "same")  # `near` tells "same" only
    return out


def _sharing_a_group(state: GroupingState, sources: set[int]) -> set[int]:
    """The sources holding an item grouped with an item of `sources`
    (their quotes too: which of two copies the other follows their dates)."""
    out: set[int] = set()
    for ids in state.same.members.values():
        found = {state.item_source.get(i) for i in ids}
        if found & sources:
            out |= found
    out.discard(None)
    return out
