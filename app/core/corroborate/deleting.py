"""Groups brought up to date after sources were deleted, or put back (undo).

Delete Source, its undo, and the undo and redo of an added source call this
rather than regroup the whole library (library_edits), measured by
bench/bench_delete_regroup.py (groups against a regroup's) and
bench/bench_delete_time.py (seconds at 200,000 items). What redating.py does
for a source given another date, for a source deleted: its items and the
other members of their groups are taken out of the index (postings, feature
counts) and the grouping state, the others are indexed again in id order,
and their groups, derived marks and conflicts are written again
(`in_place.store_again`). A source put back is indexed as an import's update
indexes new items. The library is regrouped instead when the grouping state
is out of step with it (another program wrote meanwhile) or more than
`in_place.REGROUP_SHARE` of it would be indexed again.

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

from app.core.corroborate import grouping, in_place
from app.core.corroborate.claims import FactSig, QuoteSig, fact_signature, quote_signature
from app.core.corroborate.grouping import Summary
from app.core.corroborate.short_wordings import held
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


def before(library: Library, source_ids: list[int]) -> Gone:
    """Read under the write lock, before the delete."""
    state = in_place.keep_state(library)
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
    return in_place.run(library, lambda: _deleted_or_regroup(library, gone))


def _deleted_or_regroup(library: Library, gone: Gone) -> Summary:
    state = in_place.kept_state(library)
    if not gone.in_step or state is None:
        return grouping.regroup_inside(library)
    ids = set(gone.sigs)
    if library.item_extent()[1] != len(state.item_source) - len(ids):
        return grouping.regroup_inside(library)
    old_groups = in_place.groups_of(state, ids)
    others = sorted({i for g in old_groups for i in g} - ids)
    if in_place.too_many(state, len(others)):
        return grouping.regroup_inside(library)
    kept = {i: _sig(state, i) for i in others}
    sources = {state.item_source[i] for g in old_groups for i in g}
    sources -= {sig.source_id for sig in gone.sigs.values()}
    # The short wordings a deleted statement held may be ambiguous no more.
    seeds = {i for s in gone.sigs.values() if isinstance(s, QuoteSig) for i in held(state.index, s)}
    dropped = in_place.take_out(state, {**gone.sigs, **kept}, old_groups, deleted=ids)
    # How many sources state each figure: each deleted source's count goes.
    state.index.uncount_figures(s for s in gone.sigs.values() if isinstance(s, FactSig))
    edges = in_place.index_again(state, kept)
    taken = ids | set(others)
    return in_place.store_again(library, state, edges, others, taken, sources, dropped, seeds)


def before_restore(library: Library) -> bool:
    """Read under the write lock, before a deleted source is put back."""
    return in_place.keep_state(library) is not None


def update_restored(library: Library, source_ids: list[int], in_step: bool) -> Summary:
    return in_place.run(library, lambda: _restored_or_regroup(library, source_ids, in_step))


def _restored_or_regroup(library: Library, source_ids: list[int], in_step: bool) -> Summary:
    state = in_place.kept_state(library)
    if not in_step or state is None:
        return grouping.regroup_inside(library)
    sigs: dict[int, Sig] = {}
    speakers: dict[int, int] = {}
    for source_id in source_ids:
        proper = proper_words(library.source_text(source_id))
        when = parse_date(library.source(source_id).meta.date)
        for item in library.items_of_source(source_id):
            if item.id in state.item_source:
                return grouping.regroup_inside(library)
            if item.kind == "quote":
                sigs[item.id] = quote_signature(source_id, item.text)
                if item.speaker_id is not None:
                    speakers[item.id] = item.speaker_id
            else:
                sigs[item.id] = fact_signature(source_id, item.text, when, proper)
    if library.item_extent()[1] != len(state.item_source) + len(sigs):
        return grouping.regroup_inside(library)
    state.index.speakers.update(speakers)
    edges = in_place.index_again(state, sigs, recount=source_ids, restored=True)
    return in_place.store_again(library, state, edges, sorted(sigs), set(), set(source_ids), set())
