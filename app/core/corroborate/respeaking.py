"""Quote groups brought up to date after quotes were given other speakers.

A short wording (`matching.SHORT_WORDING` words or fewer: a stock phrase, a
slogan, a term) joins two quotes only when both are given to one speaker
entry, or one to nobody (matching.GroupIndex._may_join). So a change of a
quote's speaker (Change Speaker, a merge or its undo, Check Speakers'
repair, an alias taken back, an import's joins of a lone surname, a sync)
may split its group or join it to another. Rather than regroup the whole
library, `update_respoken` does for the quotes whose speaker changed what
redating.py does for the facts of a source given another date:

- the quotes whose speaker entry is not the one they were indexed with
  (the items against `GroupIndex.speakers`) are found;
- they and the other members of their groups are taken out of the index
  and the grouping state, then indexed again in id order with the
  speakers they have now, which finds the groups they now join;
- their groups are written again, derived marks judged again for the
  sources those groups hold, and the conflicts whose sources a group
  linked are rebuilt.

A speaker edit calls `before` under its write lock (the grouping state
must be the one matching the groups before the change: the stored index
opened afterwards would read the new speakers), then `update_respoken`.
"""

from __future__ import annotations

from app.core.corroborate import grouping, in_place
from app.core.corroborate.claims import QuoteSig, same_quote
from app.core.corroborate.grouping import Summary
from app.core.corroborate.matching import SHORT_WORDING, GroupIndex
from app.core.corroborate.short_wordings import held
from app.core.corroborate.state import GroupingState
from app.core.store import Library


def before(library: Library) -> None:
    """Keep the library's grouping state in memory before its speakers
    change (see `in_place.keep_state`): read under the write lock, so that
    the speakers it holds are those its groups were made with."""
    in_place.keep_state(library)


def update_moved(library: Library) -> Summary:
    """`update_respoken` after an import, for the quotes its speaker joins
    moved (`Library.take_moved_quotes`); nothing when it moved none."""
    moved = library.take_moved_quotes()
    if not moved:
        return Summary()
    return update_respoken(library, moved)


def update_respoken(library: Library, moved: dict[int, int] | None = None) -> Summary:
    """Bring quote groups, derived marks and conflicts up to date after
    quotes were given other speaker entries (read after `before`). Nothing
    is done when no indexed quote's speaker changed; the library is
    regrouped when its grouping state in memory no longer matches it
    (another program wrote meanwhile) or most of it is to be compared
    again. `moved`: quotes known to have been given another entry ({item
    id: the entry they had}), also when the grouping state was read after
    the change (an import's joins). A run that fails marks the groups stale
    (the next run regroups) and raises."""
    return in_place.run(library, lambda: _update_or_regroup(library, moved or {}))


def respoken(state: GroupingState, now: dict[int, int]) -> set[int]:
    """The indexed quotes whose speaker entry in `now` ({item id: speaker
    id}, as `Library.quote_speakers` gives) is not the one they were indexed
    with."""
    was = state.index.speakers
    kinds = state.item_kind
    return {
        i for i in now.keys() | was.keys() if now.get(i) != was.get(i) and kinds.get(i) == "quote"
    }


def _update_or_regroup(library: Library, moved: dict[int, int]) -> Summary:
    state = in_place.kept_state(library)
    if state is None:
        if library.grouping_mark() is None:
            return Summary()  # never grouped: the next import's run groups all
        return grouping.regroup_inside(library)
    up_to = max(state.item_source, default=0)
    now = library.quote_speakers(up_to=up_to)
    changed = respoken(state, now) | {i for i in moved if state.item_kind.get(i) == "quote"}
    deciding = {i for i in changed if _speaker_decides(state.index, i)}
    if not deciding:
        _take_speakers(state.index, changed, now)
        # The groups stand as stored: the mark the edit made stale goes.
        library.set_grouping_mark(max(state.item_source, default=0), len(state.item_source))
        return Summary()
    old_groups = in_place.groups_of(state, deciding)
    taken = sorted({i for ids in old_groups for i in ids})
    if in_place.too_many(state, len(taken)):
        return grouping.regroup_inside(library)
    return _update(library, state, now, changed, old_groups, taken, moved)


def _update(
    library: Library,
    state: GroupingState,
    now: dict[int, int],
    changed: set[int],
    old_groups: list[list[int]],
    taken: list[int],
    moved: dict[int, int],
) -> Summary:
    index = state.index
    sigs: dict[int, QuoteSig] = {i: index.quotes[i] for i in taken}  # type: ignore[misc]
    # The entries each may have been indexed under: its own, and the one it
    # had before an import's join moved it.
    was = {i: {index.speakers.get(i), moved.get(i, index.speakers.get(i))} for i in taken}
    sources = {state.item_source[i] for ids in old_groups for i in ids}
    # The short wordings a statement given another speaker holds: it may
    # be one of theirs no more, or now (short_wordings.Resolver.statements).
    seeds = {h for i in changed for h in held(index, index.quotes[i])}
    dropped = in_place.take_out(state, sigs, old_groups, speakers=was)
    _take_speakers(index, changed, now)
    edges = in_place.index_again(state, sigs)
    return in_place.store_again(library, state, edges, taken, set(taken), sources, dropped, seeds)


def _take_speakers(index: GroupIndex, items: set[int], now: dict[int, int]) -> None:
    """Give the index the speaker entries `items` have `now`."""
    for item_id in items:
        if item_id in now:
            index.speakers[item_id] = now[item_id]
        else:
            index.speakers.pop(item_id, None)


def _speaker_decides(index: GroupIndex, item_id: int) -> bool:
    """Whether an indexed quote's speaker decides any join of it: it is a
    short wording, or holds one (`same_quote` finds a short wording of
    `MIN_QUOTE_WORDS` or more in a longer quote by their shared shingles).
    A longer quote's other joins read no speaker: its group stays, and
    nothing is written (a conflict rebuilt would get another id)."""
    sig: QuoteSig = index.quotes[item_id]  # type: ignore[assignment]
    if sig.length <= SHORT_WORDING:
        return True
    quotes = index.quotes
    for h in sig.shingles:
        for other in index.quote_keys.get(h, ()):
            found: QuoteSig = quotes[other]  # type: ignore[assignment]
            if found.length <= SHORT_WORDING and same_quote(found, sig):
                return True
    return False
