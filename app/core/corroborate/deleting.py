"""Groups brought up to date after sources were deleted, or put back (undo).

Delete Source, its undo, and the undo and redo of an added source call this
rather than regroup the whole library (library_edits), measured by
bench/bench_delete_regroup.py (groups against a regroup's) and
bench/bench_delete_time.py (seconds at 200,000 items). What redating.py does
for a source given another date, for a source deleted: its items and the
other members of their groups are taken out of the index (postings, feature
counts) and the grouping state, the others are indexed again in id order,
and their groups, derived marks and conflicts are written again
(`redating.store_again`). A source put back is indexed as an import's update
indexes new items. The library is regrouped instead when the grouping state
is out of step with it (another program wrote meanwhile) or more than
`redating.REGROUP_SHARE` of it would be indexed again.

An edit calls `before` (or `before_restore`) under its write lock, with the
groups marked stale in that transaction (`grouping.mark_stale`), then
`update_deleted` (or `update_restored`), which stores the mark again.

Where it parts from a regroup (measured): deleting a source changes the
feature counts, and so the weights, of pairs it shares no group with; a
regroup may then join or split one of those, which this never looks at.
And an item put back is compared with the whole library, where a regroup
compared it, at its place in id order, with the items before it only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.collector_hold import collector_held
from app.core.corroborate import grouping, redating, respeaking
from app.core.corroborate.claims import FactSig, QuoteSig, fact_signature, quote_signature
from app.core.corroborate.grouping import Summary
from app.core.corroborate.index_store import StoredSigs
from app.core.corroborate.matching import Edge, GroupIndex
from app.core.corroborate.state import GroupingState
from app.core.corroborate.text import proper_words
from app.core.corroborate.times import parse_date
from app.core.store import Library

Sig = QuoteSig | FactSig


@dataclass
class Gone:
    """The indexed signatures of the items of sources about to be deleted
    (a stored index reads them from the items, which will be gone)."""

    sigs: dict[int, Sig] = field(default_factory=dict)
    in_step: bool = False


def _keep_state(library: Library) -> GroupingState | None:
    state = grouping._current_state(library)
    if state is not None and library.grouping_mark() == library.item_extent():
        library.grouping_state = state
        state.data_version = library.data_version()
        return state
    return None


def before(library: Library, source_ids: list[int]) -> Gone:
    """Read under the write lock, before the delete."""
    state = _keep_state(library)
    if state is None:
        return Gone()
    sigs: dict[int, Sig] = {}
    for source_id in source_ids:
        for item in library.items_of_source(source_id):
            if state.item_kind.get(item.id) is None:
                return Gone()
            sigs[item.id] = _sig(state, item.id)
    return Gone(sigs, True)


def _sig(state: GroupingState, item_id: int) -> Sig:
    index = state.index
    return index.quotes[item_id] if state.item_kind[item_id] == "quote" else index.facts[item_id]


def update_deleted(library: Library, gone: Gone) -> Summary:
    try:
        with library.grouping_transaction(), collector_held():
            return _deleted_or_regroup(library, gone)
    except BaseException:
        redating._out_of_step(library)
        raise


def _deleted_or_regroup(library: Library, gone: Gone) -> Summary:
    state = library.grouping_state
    if (
        not gone.in_step
        or not isinstance(state, GroupingState)
        or state.data_version != library.data_version()
    ):
        return grouping._regroup(library)
    ids = set(gone.sigs)
    if library.item_extent()[1] != len(state.item_source) - len(ids):
        return grouping._regroup(library)
    old_groups = [list(state.same.group(r)) for r in {state.same.find(i) for i in ids}]
    others = sorted({i for g in old_groups for i in g} - ids)
    limit = max(redating.REGROUP_MIN, redating.REGROUP_SHARE * len(state.item_source))
    if len(others) > limit:
        return grouping._regroup(library)
    index = state.index
    kept = {i: _sig(state, i) for i in others}
    for item_id, sig in gone.sigs.items():
        _unindex(index, item_id, sig, deleted=True)
    for item_id, sig in kept.items():
        _unindex(index, item_id, sig, deleted=False)
    # How many sources state each figure: each deleted source's count goes.
    figures: dict[int, set[str]] = {}
    for sig in gone.sigs.values():
        if isinstance(sig, FactSig):
            figures.setdefault(sig.source_id, set()).update(sig.numbers)
    for numbers in figures.values():
        for figure in numbers:
            index.df[f"#{figure}"] -= 1
    group_sources = [{state.item_source[i] for i in g} for g in old_groups]
    dropped = redating._forget(state, ids | set(others), group_sources)
    edges = _index_again(state, kept, count_figures=False)
    deleted_sources = {sig.source_id for sig in gone.sigs.values()}
    sources = {s for ss in group_sources for s in ss} - deleted_sources
    return redating.store_again(library, state, edges, others, ids | set(others), sources, dropped)


def _index_again(state: GroupingState, sigs: dict[int, Sig], count_figures: bool) -> list[Edge]:
    """Index `sigs` in id order; their edges, as a regroup finds them."""
    index = state.index
    edges: list[Edge] = []
    for item_id in sorted(sigs):
        sig = sigs[item_id]
        if isinstance(sig, FactSig):
            fresh = count_figures and index._figures_of[0] != sig.source_id
            figures = set() if fresh else index._figures_of[1]
            if not count_figures:
                figures = set(sig.numbers)
            index._figures_of = (sig.source_id, figures)
            kind = "fact"
            _count_back(index.facts, item_id)
        else:
            kind = "quote"
            _count_back(index.quotes, item_id)
        state.item_source[item_id] = sig.source_id
        state.item_kind[item_id] = kind
        state.carried[sig.source_id] += 1
        edges += index.add_signed(item_id, sig)
    index._figures_of = (-1, set())
    return redating._as_regroup(index, edges)


def _count_back(sigs, item_id: int) -> None:
    """A stored index counts an item put back under an id it had counted
    before (`StoredSigs.__setitem__` counts only ids past its mark)."""
    if isinstance(sigs, StoredSigs) and item_id <= sigs._up_to and item_id not in sigs._sigs:
        sigs._count += 1


def _unindex(index: GroupIndex, item_id: int, sig: Sig, deleted: bool) -> None:
    if isinstance(sig, FactSig):
        redating._unindex(index, item_id, sig, deleted)
        if deleted:
            index._probes.pop(item_id, None)
        return
    respeaking._unindex_quote(index, item_id, sig, {index.speakers.get(item_id)})
    if deleted:
        index.speakers.pop(item_id, None)
        quotes = index.quotes
        # A stored index counts its quotes (`len`), it does not list them.
        stored = isinstance(quotes, StoredSigs)
        (quotes._sigs if stored else quotes).pop(item_id, None)  # type: ignore[union-attr]
        if stored:
            quotes._count -= 1  # type: ignore[union-attr]


def before_restore(library: Library) -> bool:
    """Read under the write lock, before a deleted source is put back."""
    return _keep_state(library) is not None


def update_restored(library: Library, source_ids: list[int], in_step: bool) -> Summary:
    try:
        with library.grouping_transaction(), collector_held():
            return _restored_or_regroup(library, source_ids, in_step)
    except BaseException:
        redating._out_of_step(library)
        raise


def _restored_or_regroup(library: Library, source_ids: list[int], in_step: bool) -> Summary:
    state = library.grouping_state
    if (
        not in_step
        or not isinstance(state, GroupingState)
        or state.data_version != library.data_version()
    ):
        return grouping._regroup(library)
    sigs: dict[int, Sig] = {}
    speakers: dict[int, int] = {}
    for source_id in source_ids:
        proper = proper_words(library.source_text(source_id))
        when = parse_date(library.source(source_id).meta.date)
        for item in library.items_of_source(source_id):
            if item.id in state.item_source:
                return grouping._regroup(library)
            if item.kind == "quote":
                sigs[item.id] = quote_signature(source_id, item.text)
                if item.speaker_id is not None:
                    speakers[item.id] = item.speaker_id
            else:
                sigs[item.id] = fact_signature(source_id, item.text, when, proper)
    if library.item_extent()[1] != len(state.item_source) + len(sigs):
        return grouping._regroup(library)
    state.index.speakers.update(speakers)
    edges = _index_again(state, sigs, count_figures=True)
    return redating.store_again(library, state, edges, sorted(sigs), set(), set(source_ids), set())
