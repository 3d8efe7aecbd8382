"""Conflicts inside a memo: which blocks carry a claim the sources disagree on,
and, once the user has decided which value holds, which blocks still carry
the value they rejected.

A block counts as a library item only when the item has the block's source,
span and words (a memo made with another library is not judged by this one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from app.core import corroborate
from app.core.brief import Brief
from app.core.model import NEITHER, Item
from app.core.store import Library

ConflictState = Literal["open", "rejected", "holds"]
_WORST = {"rejected": 0, "open": 1, "holds": 2}


@dataclass(frozen=True)
class BlockConflict:
    """A block's claim in a conflict: still `open`, `rejected` by the user's
    resolution, or the value that `holds`."""

    conflict_id: int
    state: ConflictState
    value: str  # what this block says
    others: tuple[str, ...]  # what the other claims say
    choice: str  # the user's resolution ("" while open)
    note: str
    kind: str  # the kind of value: year, date, tally, governor ...
    subject: str

    def _shown(self, value: str) -> str:
        """A value as a reader writes it ("Dec. 15" for a day stored "12-15")."""
        return corroborate.value_text(self.kind, value)

    @property
    def caption(self) -> str:
        """A few words for the block's card."""
        others = ", ".join(self._shown(v) for v in self.others)
        if self.state == "open":
            return f"\u2260 CONFLICT: {self._shown(self.value)} vs {others}"
        if self.state == "rejected":
            return f"\u2717 REJECTED VALUE: you decided {self._shown(self.choice)}"
        return f"\u2713 {self._shown(self.choice)} holds"

    @property
    def explanation(self) -> str:
        """A sentence for a tooltip or a preflight warning."""
        about = f" about the {self.subject}" if self.subject else ""
        value, choice = self._shown(self.value), self._shown(self.choice)
        if self.state == "open":
            others = " or ".join(self._shown(v) for v in self.others)
            return (
                f"Sources disagree{about}: this says {value}, others say"
                f" {others} ({corroborate.kind_label(self.kind)}). Resolve it in"
                " View > Conflicts."
            )
        if self.state == "rejected":
            note = self.note.strip().rstrip(".")
            why = f" ({note})" if note else ""
            where = f" for the {self.subject}" if self.subject else ""
            held = "neither value" if self.choice == NEITHER else choice
            return (
                f"This says {value}, but you resolved that {held} holds{where}{why}."
                " Change the block, or reopen the conflict."
            )
        return f"Sources disagreed{about}; you resolved that {choice} holds."


def matching_items(brief: Brief, library: Library) -> dict[str, Item]:
    """The library item each quote or fact block was picked from, by block id."""
    blocks = [b for b in brief.blocks() if b.item_id is not None and b.kind != "prose"]
    found = library.items_by_id([b.item_id for b in blocks])
    out: dict[str, Item] = {}
    for block in blocks:
        item = found.get(block.item_id)
        if item is None:
            continue
        same_source = block.source is None or block.source.source_id == item.source_id
        if same_source and (item.start, item.end, item.text) == (
            block.start,
            block.end,
            block.original,
        ):
            out[block.id] = item
    return out


def block_conflicts(
    brief: Brief, library: Library, items: Mapping[str, Item] | None = None
) -> dict[str, BlockConflict]:
    """Every block whose claim is in a conflict, by block id (the worst state
    when a claim is in several: rejected, then open, then holds). `items`:
    `matching_items` when the caller has read them already."""
    if items is None:
        items = matching_items(brief, library)
    of_item = library.conflicts_of_items(i.id for i in items.values())
    if not of_item:
        return {}
    wanted = {cid for ids in of_item.values() for cid in ids}
    conflicts = {c.id: c for c in library.conflicts() if c.id in wanted}
    out: dict[str, BlockConflict] = {}
    for block_id, item in items.items():
        for cid in of_item.get(item.id, []):
            c = conflicts.get(cid)
            if c is None or item.id not in c.item_ids:
                continue
            value = c.values[c.item_ids.index(item.id)]
            if not c.resolution:
                state: ConflictState = "open"
            else:
                state = "holds" if value == c.resolution else "rejected"
            found = BlockConflict(
                cid,
                state,
                value,
                tuple(sorted({v for v in c.values if v != value})),
                c.resolution,
                c.note,
                c.kind,
                c.subject,
            )
            if block_id not in out or _WORST[state] < _WORST[out[block_id].state]:
                out[block_id] = found
    return out


def export_checks(brief: Brief, library: Library) -> tuple[frozenset[int], dict[int, str]]:
    """For the preflight: the items of the memo in open conflicts, and the
    items carrying a rejected value with what to say about each."""
    return checks_of(brief, block_conflicts(brief, library))


def checks_of(
    brief: Brief, found: dict[str, BlockConflict]
) -> tuple[frozenset[int], dict[int, str]]:
    """`export_checks` from block conflicts already found."""
    blocks = {b.id: b for b in brief.blocks()}
    found = {b: c for b, c in found.items() if b in blocks}
    open_ids = frozenset(blocks[b].item_id for b, c in found.items() if c.state == "open")
    rejected = {blocks[b].item_id: c.explanation for b, c in found.items() if c.state == "rejected"}
    return open_ids, rejected
