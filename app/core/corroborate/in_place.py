"""Groups brought up to date in place, not by a regroup: what redating.py (a
source given another date), respeaking.py (quotes given other speakers) and
deleting.py (sources deleted or put back) do alike.

An edit keeps the grouping state under its write lock, before the change
(`keep_state`). Its run then, in one grouping transaction (`run`), takes the
items the change touched and the other members of their groups out of the
index and the grouping state (`take_out`), indexes them again in id order,
as a regroup indexes them (`index_again`), and writes their groups, derived
marks and conflicts (`store_again`). It regroups instead when the state
kept no longer matches the library (`kept_state`: another program wrote
meanwhile) or more than `REGROUP_SHARE` of it would be indexed again
(`too_many`). A run that fails marks the groups stale (`out_of_step`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet

from app.core.collector_hold import collector_held
from app.core.corroborate import conflicts, derived, grouping, index_store
from app.core.corroborate.claims import FactSig, QuoteSig
from app.core.corroborate.grouping import Summary
from app.core.corroborate.matching import Edge
from app.core.corroborate.state import GroupingState
from app.core.store import Library

Sig = QuoteSig | FactSig

# Past this share of the library's items to index again (and this many), a
# regroup costs about as much, and it is exact.
REGROUP_SHARE = 0.2
REGROUP_MIN = 5_000


def keep_state(library: Library) -> GroupingState | None:
    """Keep the library's grouping state in memory for the run after an
    edit: read under the edit's write lock, before the change, so that it
    matches the items the change replaces (a stored index opened afterwards
    would read the new ones). None when it is not in step with the items:
    the run will regroup."""
    state = grouping.current_state(library)
    if state is not None and library.grouping_mark() == library.item_extent():
        library.grouping_state = state
        state.data_version = library.data_version()
        return state
    return None


def kept_state(library: Library) -> GroupingState | None:
    """The state `keep_state` kept, if no other connection wrote since."""
    state = library.grouping_state
    if isinstance(state, GroupingState) and state.data_version == library.data_version():
        return state
    return None


def run(library: Library, update: Callable[[], Summary]) -> Summary:
    """`update()` in one grouping transaction, with the collector held. A
    failure marks the groups stale (`out_of_step`) and is raised."""
    if library.regroup_beside:
        return grouping.left_stale(library)
    try:
        with library.grouping_transaction(), collector_held():
            return update()
    except BaseException:
        out_of_step(library)
        raise


def out_of_step(library: Library) -> None:
    """After a run that failed midway: its writes were rolled back, but the
    edit it followed was committed before it, and the grouping state in
    memory was half changed. Both are marked stale, so that the next
    grouping run (an import's, the next edit's) regroups rather than
    continue from groups that no longer match the items."""
    library.grouping_state = None
    # A mark no index matches: the next run finds no state to continue from.
    with contextlib.suppress(Exception):
        library.set_grouping_mark(*grouping.STALE_MARK)


def too_many(state: GroupingState, n: int) -> bool:
    """Whether indexing `n` items again costs about what a regroup does."""
    return n > max(REGROUP_MIN, REGROUP_SHARE * len(state.item_source))


def groups_of(state: GroupingState, items: Iterable[int]) -> list[list[int]]:
    """The groups (member ids) holding `items`, each once."""
    return [list(state.same.group(r)) for r in {state.same.find(i) for i in items}]


def take_out(
    state: GroupingState,
    sigs: Mapping[int, Sig],
    old_groups: list[list[int]],
    deleted: AbstractSet[int] = frozenset(),
    speakers: dict[int, set[int | None]] | None = None,
) -> set[tuple[int, str]]:
    """Take the items of `sigs`, the whole groups `old_groups`, out of the
    index (with the signatures they were indexed with, and for a quote the
    entries of `speakers` it may have been indexed under) and out of the
    grouping state: each becomes a group of its own, without edges. Those
    of `deleted` are gone from the library. Returns the claims (item, kind)
    of the conflict edges dropped, and of the loose ones that counted only
    because a group now taken apart linked their sources."""
    index = state.index
    group_sources = [{state.item_source[i] for i in ids} for ids in old_groups]
    for item_id, sig in sigs.items():
        was = None if speakers is None else speakers.get(item_id)
        index.take_out(item_id, sig, item_id in deleted, was)
    items = set(sigs)
    state.take_apart(items)
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


def index_again(
    state: GroupingState,
    sigs: Mapping[int, Sig],
    recount: Iterable[int] = (),
    restored: bool = False,
) -> list[Edge]:
    """Index `sigs` in the order of their ids, as a regroup indexes them, so
    that two of them are compared the way round it compares them; their
    edges, as a regroup finds them. `recount`: the sources whose figures
    are counted again (once each, `GroupIndex.uncount_figures`); the
    others' count never went. `restored`: the items were taken out as
    deleted (a source put back), and are counted again."""
    index = state.index
    counted: dict[int, set[str]] = {s: set() for s in recount}
    edges: list[Edge] = []
    for item_id in sorted(sigs):
        sig = sigs[item_id]
        if restored:
            index_store.count_back(index, item_id, sig)
        state.item_source[item_id] = sig.source_id
        state.carried[sig.source_id] += 1
        if isinstance(sig, QuoteSig):
            state.item_kind[item_id] = "quote"
            edges += index.add_signed(item_id, sig)
        else:
            state.item_kind[item_id] = "fact"
            edges += index.add_signed(item_id, sig, counted.get(sig.source_id, set(sig.numbers)))
    return _as_regroup(state, edges)


def _as_regroup(state: GroupingState, edges: list[Edge]) -> list[Edge]:
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
        found = state.index.compare_claims(a, b)
        out.extend(e for e in found if e.relation != "same")  # `near` tells "same" only
    return out


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
    items `taken` were taken out (`take_out`, whose dropped claims are
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
    return grouping.finish(library, state, len(again), groups, verdict)
