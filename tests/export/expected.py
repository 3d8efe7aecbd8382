"""What a memo's citations should be, worked out from the brief directly."""

from __future__ import annotations

from app.core import cite
from app.core.brief import Brief
from app.core.render import clean


def expected_notes(brief: Brief, style: cite.Style = "chicago") -> list[str]:
    """Note text for each cited block, in order: in Chicago the full note on a
    source's first citation and the short note after; in APA the reference
    entry and in AP the source list entry, for every block."""
    seen: set = set()
    notes = []
    for block in brief.blocks():
        if not block.cited:
            continue
        key = block.source.key()
        spans = cite.note(block.source, style, key not in seen)
        seen.add(key)
        notes.append(clean(cite.plain(spans)))
    return notes


def expected_sources(brief: Brief, style: cite.Style) -> list[str]:
    unique = {b.source.key(): b.source for b in brief.blocks() if b.cited}
    ordered = sorted(unique.values(), key=lambda r: cite.sort_key(r, style))
    return [clean(cite.plain(cite.source_entry(r, style))) for r in ordered]


def squash(text: str) -> str:
    return " ".join(text.split())
