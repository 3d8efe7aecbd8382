"""Items taken out of the grouping index and state, and indexed again in id
order, as a regroup indexes them: what the in-place updates (in_place.py:
a new date, new speakers, a deleted or restored source) and an import's
update (grouping.update, for the groups of short wordings it must decide
again, `settle_short`) do alike. It never imports grouping.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from app.core.corroborate import index_store, short_wordings
from app.core.corroborate.claims import FactSig, QuoteSig
from app.core.corroborate.matching import Edge
from app.core.corroborate.state import GroupingState

Sig = QuoteSig | FactSig


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


def settle_short(
    state: GroupingState, seeds: Iterable[int], fresh: AbstractSet[int]
) -> tuple[list[Edge], set[int], set[tuple[int, str]]]:
    """Before a run decides the short wordings' joins (`GroupIndex.
    resolve_short`): the groups of the short wordings it will decide,
    those noted while indexing and `seeds`, that the index now decides
    otherwise (a statement indexed, deleted or given another speaker made
    one ambiguous, or no longer so: short_wordings.settle) are taken out
    and indexed again, but those of `fresh` (indexed again by the run,
    their groups taken apart). Returns their edges, their items, and the
    claims `take_out` dropped; the seeds are left to decide."""
    index = state.index
    seeds = set(seeds)
    index.pending_short |= seeds
    groups = short_wordings.settle(index, state.same.group, set(index.pending_short), fresh)
    if not groups:
        return [], set(), set()
    sigs: dict[int, Sig] = {i: index.quotes[i] for ids in groups for i in ids}
    dropped = take_out(state, sigs, groups)
    return index_again(state, sigs), set(sigs), dropped
