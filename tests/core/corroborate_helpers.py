"""Helpers shared by the corroboration tests."""

from __future__ import annotations

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library


def add(library: Library, text: str, quotes=(), facts=(), date: str = "") -> int:
    """Store `text` with the given quote and fact passages (found verbatim in it)."""
    items = [NewItem("quote", text.index(q), text.index(q) + len(q)) for q in quotes]
    items += [NewItem("fact", text.index(f), text.index(f) + len(f)) for f in facts]
    sid = library.add_source(text, SourceMeta(title=text[:30], date=date), items=items)
    corroborate.update(library, sid)
    return sid


def groups_by_text(library: Library) -> list[set[str]]:
    return [{library.item(i).text for i in c.item_ids} for c in library.clusters()]
