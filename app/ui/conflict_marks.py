"""What the library list and the source viewer say about an item in a conflict.

`ConflictMarks` reads the library's conflicts once (`reload`) and answers,
per item, with a short mark: "≠ conflicts with 2 sources (2017)" while the
conflict is open, a quiet "✓ conflict resolved: 2017" once the user decided,
on an item stating another value "✗ rejected value: you decided 2017".
"""

from __future__ import annotations

from app.core.corroborate.shown import value_text
from app.core.first_use import dataclass_at_first_use
from app.core.model import NEITHER, Conflict
from app.core.short_text import plural
from app.core.store import Library


@dataclass_at_first_use(frozen=True)
class ConflictMark:
    conflict_id: int
    unresolved: bool
    text: str
    tooltip: str


class ConflictMarks:
    """Conflict marks of items, from one read of the library's conflicts."""

    def __init__(self, library: Library):
        self._library = library
        self._conflicts: dict[int, Conflict] = {}
        self._by_item: dict[int, list[int]] = {}
        self._source_of: dict[int, int] = {}
        self.reload()

    def reload(self) -> None:
        """Read the conflicts again (after an import or a resolution)."""
        self._conflicts = {c.id: c for c in self._library.conflicts()}
        self._by_item = {}
        for conflict in self._conflicts.values():
            for item_id in conflict.item_ids:
                self._by_item.setdefault(item_id, []).append(conflict.id)
        self._source_of = {}

    def conflict(self, conflict_id: int) -> Conflict | None:
        return self._conflicts.get(conflict_id)

    def _source(self, item_id: int) -> int:
        if item_id not in self._source_of:
            lib = self._library  # a side that is a figure claim has a negative id
            side = lib.item(item_id) if item_id > 0 else lib.claim_item(item_id)
            self._source_of[item_id] = side.source_id
        return self._source_of[item_id]

    def mark_of(self, item_id: int) -> ConflictMark | None:
        """The item's mark, or None when it is in no conflict. An open conflict
        wins over a resolved one when the item is in both."""
        ids = self._by_item.get(item_id)
        if not ids:
            return None
        conflicts = sorted((self._conflicts[c] for c in ids), key=lambda c: bool(c.resolution))
        conflict = conflicts[0]
        stated = conflict.values[conflict.item_ids.index(item_id)]
        others = [(i, v) for i, v in zip(conflict.item_ids, conflict.values, strict=True)]
        other_sources = {self._source(i) for i, v in others if v != stated}

        def shown(value: str) -> str:  # "Dec. 15", not "12-15"
            return value_text(conflict.kind, value)

        mine = shown(stated)
        other_values = sorted({shown(v) for _, v in others if v != stated})
        about = f" on {conflict.subject}" if conflict.subject else ""
        if conflict.resolution:
            held = shown(conflict.resolution)
            if stated == conflict.resolution:
                text = f"\u2713 conflict resolved: {held}"
            else:
                # Said as the memo says it: a check mark on a card stating the
                # value the user rejected read as the fact confirmed.
                decided = "neither holds" if conflict.resolution == NEITHER else held
                text = f"\u2717 rejected value: you decided {decided}"
            tooltip = (
                f"Sources disagreed{about} ({mine} vs {', '.join(other_values)});"
                f" you decided {held}. {conflict.note}"
            ).strip()
        else:
            sources = plural(len(other_sources), "source")
            text = f"\u2260 conflicts with {sources} ({', '.join(other_values)})"
            tooltip = (
                f"This says {mine}; {sources} say {' or '.join(other_values)}{about}."
                " Click to open the conflict and record which holds."
            )
        return ConflictMark(conflict.id, not conflict.resolution, text, tooltip)
