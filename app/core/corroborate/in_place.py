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
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from app.core.collector_hold import collector_held
from app.core.corroborate import conflicts, derived, grouping
from app.core.corroborate.grouping import Summary
from app.core.corroborate.matching import Edge
from app.core.corroborate.reindex import Sig, groups_of, index_again, settle_short, take_out
from app.core.corroborate.state import GroupingState
from app.core.store import Library

__all__ = ["Sig", "groups_of", "index_again", "keep_state", "run", "store_again", "take_out"]

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


def store_again(
    library: Library,
    state: GroupingState,
    edges: list[Edge],
    again: list[int],
    taken: set[int],
    sources: set[int],
    dropped: set[tuple[int, str]],
    seeds: AbstractSet[int] = frozenset(),
) -> Summary:
    """Write what indexing the items `again` found (`edges`) after the
    items `taken` were taken out (`take_out`, whose dropped claims are
    `dropped`): their groups, the derived marks of `sources` and of the
    sources those groups hold, and the conflicts touched; then the mark.
    First the short wordings' joins are decided on the index as it is
    now (`reindex.settle_short`): those of `seeds` too (the short wordings
    a statement deleted or given another speaker held)."""
    more, settled, more_dropped = settle_short(state, seeds, set(again))
    edges = [*edges, *more, *state.index.resolve_short()]
    taken = taken | settled
    dropped = dropped | more_dropped
    sources = sources | {state.item_source[i] for i in settled}
    new_claims = grouping.take_edges(state, edges)
    joined = {i for e in edges if e.relation == "same" for i in (e.a, e.b)}
    touched = set(again) | settled | joined
    members = {r: state.same.group(r) for r in {state.same.find(i) for i in touched}}
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
    return grouping.finish(library, state, len(again) + len(settled), groups, verdict)
