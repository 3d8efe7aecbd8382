"""A memo's sources as the library has them now.

Each cited block keeps a copy of its source's details: the brief file's, so
the memo opens and exports without the library. With the library present, a
block shows and cites the library's current details (the user fixes them
there); where the copy differs, the memo says so and can take the library's
into its copy (`take_current`, which export also does before it renders).
A quote block keeps the speaker it was picked with; the user may give it the
speaker the library gives the quote now (`take_speakers`).
The quote or fact text is never touched: it stays the snapshot that makes an
altered quote detectable.

A block's source counts as the library's only when the library's source has
the block's words at the block's span: a memo made with another library
(where the same id is another article) keeps its own copy.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Literal

from app.core.brief import Block, Brief, SourceRef
from app.core.short_text import which_source
from app.core.store import Library
from app.core.store_facts import Place

DETAIL_FIELDS = ("title", "outlet", "author", "date", "url", "accessed")

SourceStatus = Literal["live", "deleted", "elsewhere"]


@dataclass(frozen=True)
class SourceState:
    """How the source of one cited block stands in the library.

    `status`: "live" (in this library; `current` holds its details now),
    "deleted" (deleted from this library; `current` holds the one copy of
    its details the memo cites it with, see `_one_copy`) or "elsewhere" (not
    this library's: the memo's copy is all there is).
    `changed`: the details whose `current` value differs from the block's copy."""

    status: SourceStatus
    current: SourceRef | None = None
    changed: tuple[str, ...] = ()


def source_states(brief: Brief, library: Library) -> dict[str, SourceState]:
    """The state of every cited block's source, by block id."""
    deleted = library.deleted_source_titles()
    sources: dict[int, object] = {}
    out: dict[str, SourceState] = {}
    gone: dict[int, list[Block]] = {}
    for block in brief.blocks():
        ref = block.source
        if not block.cited or ref is None or ref.source_id is None:
            continue
        sid = ref.source_id
        if sid not in sources:
            try:
                sources[sid] = library.source(sid)
            except KeyError:
                sources[sid] = None
        source = sources[sid]
        if source is None:
            if sid in deleted:
                gone.setdefault(sid, []).append(block)
            else:
                out[block.id] = SourceState("elsewhere")
            continue
        if block.start is not None and source.text[block.start : block.end] != block.original:
            out[block.id] = SourceState("elsewhere")
            continue
        current = replace(SourceRef.of(source), file_name=ref.file_name or source.file_name)
        changed = tuple(f for f in DETAIL_FIELDS if getattr(current, f) != getattr(ref, f))
        out[block.id] = SourceState("live", current, changed)
    for sid, blocks in gone.items():
        one = _one_copy(blocks, deleted[sid])
        for block in blocks:
            current = replace(one, file_name=block.source.file_name or one.file_name)
            changed = tuple(
                f for f in DETAIL_FIELDS if getattr(current, f) != getattr(block.source, f)
            )
            out[block.id] = SourceState("deleted", current, changed)
    return out


def _one_copy(blocks: list[Block], title: str) -> SourceRef:
    """The details a deleted source is cited with: blocks picked at different
    times hold copies of different details (a title corrected in between),
    and one article must not be cited as two. The library remembers only its
    last title: the first copy in memo order with that title, else the first."""
    return next((b.source for b in blocks if b.source.title == title), blocks[0].source)


def cited_places(brief: Brief, states: dict[str, SourceState]) -> list[Place]:
    """Where the memo's blocks whose sources are this library's ("live": the
    source has the block's words at the block's span) cite: (source id,
    kind, start, end). A block of another library's article is left out,
    whatever ids it holds: the same id here may be another item."""
    out = []
    for block in brief.blocks():
        state = states.get(block.id)
        if state is None or state.status != "live" or block.start is None or block.end is None:
            continue
        out.append((block.source.source_id, block.kind, block.start, block.end))
    return out


def mark_cited(brief: Brief, library: Library, states: dict[str, SourceState] | None = None) -> int:
    """Mark in the library the items the memo cites (`Library.mark_in_memo`):
    a new date then keeps them, whether or not the memo is open. `states`:
    `source_states(brief, library)` when the caller has read them. Returns
    how many were not marked yet."""
    if states is None:
        states = source_states(brief, library)
    return library.mark_in_memo(cited_places(brief, states))


def cited_as_now(brief: Brief, states: dict[str, SourceState]) -> Brief:
    """A copy of `brief` whose blocks cite their sources' current details (for
    the preview, the preflight and export); `brief` itself is not changed."""
    shown = copy.copy(brief)
    shown.sections = []
    for section in brief.sections:
        blocks = []
        for block in section.blocks:
            state = states.get(block.id)
            if state is not None and state.current is not None and state.changed:
                block = replace(block, source=state.current)
            blocks.append(block)
        shown.sections.append(replace(section, blocks=blocks))
    return shown


def take_current(brief: Brief, states: dict[str, SourceState]) -> dict[str, SourceRef | None]:
    """Write the details each block cites (`cited_as_now`: the library's
    current ones, a deleted source's one copy) into the copies that differ;
    returns the old copies by block id (what an undo puts back)."""
    old = {}
    for block in brief.blocks():
        state = states.get(block.id)
        if state is not None and state.current is not None and state.changed:
            old[block.id] = brief.set_block_source(block.id, state.current)
    return old


def take_speakers(brief: Brief, speakers: dict[str, str]) -> dict[str, str]:
    """Give the quote blocks named in `speakers` ({block id: speaker}, as
    `preflight.changed_speakers` finds them: only blocks whose words this
    library's source has at their span) those speakers; the words never
    change. Returns the old speakers by block id: taken again, they undo it."""
    return {
        block_id: brief.set_block_speaker(block_id, name) for block_id, name in speakers.items()
    }


@dataclass(frozen=True)
class SourceNews:
    """What the memo should say about one of its sources."""

    source_id: int
    title: str
    status: SourceStatus
    changed: tuple[str, ...]
    blocks: int
    which: str = ""  # its outlet and date (`which_source`): two may share a title


def source_news(brief: Brief, states: dict[str, SourceState]) -> list[SourceNews]:
    """One entry per source whose copy differs from the library's details,
    which was deleted from the library, or which this library does not have
    ("elsewhere": the memo was made with another library, and its blocks are
    checked for neither conflicts nor changed speakers); in memo order."""
    # By source and status: blocks of one source id whose words this library's
    # source has and blocks whose words it has not are told apart.
    found: dict[tuple[int, str], SourceNews] = {}
    for block in brief.blocks():
        state = states.get(block.id)
        if state is None or (state.status == "live" and not state.changed):
            continue
        sid = block.source.source_id
        ref = state.current or block.source
        title = ref.title or block.source.file_name
        seen = found.get((sid, state.status))
        either = set(state.changed) | set(seen.changed if seen else ())
        changed = tuple(f for f in DETAIL_FIELDS if f in either)
        blocks = (seen.blocks if seen else 0) + 1
        which = which_source(ref.outlet, ref.date)
        found[sid, state.status] = SourceNews(sid, title, state.status, changed, blocks, which)
    return list(found.values())


def synced_citations(
    brief: Brief, library: Library, moved: dict[int, int]
) -> dict[str, tuple[int | None, SourceRef]]:
    """{block id: (item id, source)} for the blocks whose ids Sync made stale,
    with what they cite in `library` (the team library, or the copy after
    Sync). A block drafted in the copy may cite a source added there by the
    copy's id (`moved`: {id in the copy: id in the team library}), which
    may be another article's there: it moves only when its words are not at
    its span in the source holding its old id, and are in the one at the new
    id (a block picked from that other article, or a memo made with yet
    another library, stays). It may also cite an item the copy made (a fact
    found again for a date typed in), which the team library has under
    another id. Either way its item is the one of its kind at its place in
    its source."""
    texts: dict[int, str | None] = {}

    def words_at(source_id: int, block: Block) -> bool:
        if source_id not in texts:
            try:
                texts[source_id] = library.source(source_id).text
            except KeyError:
                texts[source_id] = None
        text = texts[source_id]
        return text is not None and text[block.start : block.end] == block.original

    places: dict[tuple[int, str], dict[tuple[int, int], list[int]]] = {}

    def items_at(source_id: int, block: Block) -> list[int]:
        if (source_id, block.kind) not in places:
            found: dict[tuple[int, int], list[int]] = {}
            for i in library.items_of_source(source_id, kind=block.kind):
                found.setdefault((i.start, i.end), []).append(i.id)
            places[source_id, block.kind] = found
        return places[source_id, block.kind].get((block.start, block.end), [])

    out: dict[str, tuple[int | None, SourceRef]] = {}
    for block in brief.blocks():
        ref = block.source
        if not block.cited or ref is None or ref.source_id is None or block.start is None:
            continue
        source_id = ref.source_id
        if not words_at(source_id, block):
            if source_id not in moved or not words_at(moved[source_id], block):
                continue
            source_id = moved[source_id]
        here = items_at(source_id, block)
        # No item there (one no longer offered): the block keeps its id, which
        # matches nothing, so the export still says so.
        item_id = here[0] if here and block.item_id not in here else block.item_id
        if (source_id, item_id) != (ref.source_id, block.item_id):
            out[block.id] = (item_id, replace(ref, source_id=source_id))
    return out
