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

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.corroborate import grouping, in_place
from app.core.corroborate.claims import FactSig, fact_signature
from app.core.corroborate.grouping import Summary
from app.core.corroborate.state import GroupingState
from app.core.corroborate.text import proper_words
from app.core.corroborate.times import parse_date
from app.core.store import Library


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
    in_place.keep_state(library)
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
    return in_place.run(library, lambda: _update_or_regroup(library, changed))


def _update_or_regroup(library: Library, changed: list[Before]) -> Summary:
    state = in_place.kept_state(library)
    if state is None:
        return grouping.regroup_inside(library)
    now = {b.source_id: _facts_now(library, b.source_id) for b in changed}
    old_ids = {i for b in changed for i in b.facts}
    new_ids = {i for facts in now.values() for i in facts} - old_ids
    gone = old_ids - {i for facts in now.values() for i in facts}
    in_step = all(state.item_kind.get(i) == "fact" for i in old_ids) and not (
        new_ids & state.item_source.keys()
    )
    expected = len(state.item_source) - len(gone) + len(new_ids)
    if not in_step or library.item_extent()[1] != expected:
        return grouping.regroup_inside(library)
    old_groups = in_place.groups_of(state, old_ids)
    others = {i for ids in old_groups for i in ids} - old_ids
    if in_place.too_many(state, len(others) + len(old_ids) + len(new_ids)):
        return grouping.regroup_inside(library)
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
    again: dict[int, FactSig] = {i: taken[i] for i in others}
    for b in changed:
        when = parse_date(library.source(b.source_id).meta.date)
        for item_id, text in now[b.source_id].items():
            again[item_id] = fact_signature(b.source_id, text, when, proper[b.source_id])
    # The changed sources' figures are counted again (once each), not the
    # others' (their count never went).
    edges = in_place.index_again(state, again, recount={b.source_id for b in changed})
    sources = {b.source_id for b in changed} | {taken[i].source_id for i in taken}
    sources |= _sharing_a_group(state, {b.source_id for b in changed})
    return in_place.store_again(library, state, edges, list(again), set(taken), sources, dropped)


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
    conflict edges dropped (see `in_place.take_out`)."""
    index = state.index
    taken: dict[int, FactSig] = {}
    for b in changed:
        when = parse_date(b.date)
        for item_id, text in b.facts.items():
            taken[item_id] = fact_signature(b.source_id, text, when, proper[b.source_id])
    for item_id in others:
        taken[item_id] = index.facts[item_id]
    dropped = in_place.take_out(state, taken, old_groups, deleted=gone)
    # How many sources state each figure: the changed sources' own count goes.
    index.uncount_figures(taken[i] for b in changed for i in b.facts)
    return taken, dropped


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
