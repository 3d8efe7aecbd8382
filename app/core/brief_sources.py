"""A memo's sources as the library has them now.

Each cited block keeps a copy of its source's details: the brief file's, so
the memo opens and exports without the library. With the library present, a
block shows and cites the library's current details (the user fixes them
there); where the copy differs, the memo says so and can take the library's
into its copy (`take_current`, which export also does before it renders).
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
from app.core.store import Library

DETAIL_FIELDS = ("title", "outlet", "author", "date", "url", "accessed")

SourceStatus = Literal["live", "deleted", "elsewhere"]


@dataclass(frozen=True)
class SourceState:
    """How the source of one cited block stands in the library.

    `status`: "live" (in this library; `current` holds its details now),
    "deleted" (deleted from this library; the block keeps its snapshot) or
    "elsewhere" (not this library's: the memo's copy is all there is).
    `changed`: the details whose library value differs from the memo's copy."""

    status: SourceStatus
    current: SourceRef | None = None
    changed: tuple[str, ...] = ()


def source_states(brief: Brief, library: Library) -> dict[str, SourceState]:
    """The state of every cited block's source, by block id."""
    deleted = library.deleted_source_ids()
    sources: dict[int, object] = {}
    out: dict[str, SourceState] = {}
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
            out[block.id] = SourceState("deleted" if sid in deleted else "elsewhere")
            continue
        if block.start is not None and source.text[block.start : block.end] != block.original:
            out[block.id] = SourceState("elsewhere")
            continue
        current = replace(SourceRef.of(source), file_name=ref.file_name or source.file_name)
        changed = tuple(f for f in DETAIL_FIELDS if getattr(current, f) != getattr(ref, f))
        out[block.id] = SourceState("live", current, changed)
    return out


def cited_as_now(brief: Brief, states: dict[str, SourceState]) -> Brief:
    """A copy of `brief` whose blocks cite their sources' current details (for
    the preview, the preflight and export); `brief` itself is not changed."""
    shown = copy.copy(brief)
    shown.sections = []
    for section in brief.sections:
        blocks = []
        for block in section.blocks:
            state = states.get(block.id)
            if state is not None and state.status == "live" and state.changed:
                block = replace(block, source=state.current)
            blocks.append(block)
        shown.sections.append(replace(section, blocks=blocks))
    return shown


def take_current(brief: Brief, states: dict[str, SourceState]) -> dict[str, SourceRef | None]:
    """Write the library's current details into the copies that differ;
    returns the old copies by block id (what an undo puts back)."""
    old = {}
    for block in brief.blocks():
        state = states.get(block.id)
        if state is not None and state.status == "live" and state.changed:
            old[block.id] = brief.set_block_source(block.id, state.current)
    return old


@dataclass(frozen=True)
class SourceNews:
    """What the memo should say about one of its sources."""

    source_id: int
    title: str
    status: SourceStatus
    changed: tuple[str, ...]
    blocks: int


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
        title = (state.current or block.source).title or block.source.file_name
        seen = found.get((sid, state.status))
        either = set(state.changed) | set(seen.changed if seen else ())
        changed = tuple(f for f in DETAIL_FIELDS if f in either)
        blocks = (seen.blocks if seen else 0) + 1
        found[sid, state.status] = SourceNews(sid, title, state.status, changed, blocks)
    return list(found.values())


def synced_citations(
    brief: Brief, library: Library, moved: dict[int, int]
) -> dict[str, tuple[int | None, SourceRef]]:
    """{block id: (item id, source)} for the blocks that cite a source Sync
    renumbered (`moved`: {id in the offline copy: id in the team library}) by
    its old id: what they cite in `library` (the team library, or the copy
    after Sync). A block moves only when its words are not at its span in the
    source now holding its old id, and are in the source at the new one (a
    memo made with yet another library stays as it is); its item is the one
    at the same place, or none (the block then cites only its source)."""
    out: dict[str, tuple[int | None, SourceRef]] = {}
    for block in brief.blocks():
        ref = block.source
        if not block.cited or ref is None or ref.source_id not in moved or block.start is None:
            continue
        if _words_at(library, ref.source_id, block) or not _words_at(
            library, moved[ref.source_id], block
        ):
            continue
        new_id = moved[ref.source_id]
        item_id = next(
            (
                i.id
                for i in library.items_of_source(new_id, kind=block.kind)
                if (i.start, i.end) == (block.start, block.end)
            ),
            None,
        )
        out[block.id] = (item_id, replace(ref, source_id=new_id))
    return out


def _words_at(library: Library, source_id: int, block: Block) -> bool:
    """Whether `library`'s source `source_id` has the block's words at its span."""
    try:
        text = library.source(source_id).text
    except KeyError:
        return False
    return text[block.start : block.end] == block.original
