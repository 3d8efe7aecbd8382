"""What a memo's citations should be, worked out from the brief directly."""

from __future__ import annotations

from app.core import cite
from app.core.brief import Brief
from app.core.citations import MemoCitations
from app.core.render import _clean_ref, clean


def _citations(brief: Brief, style: cite.Style) -> MemoCitations:
    refs = {}
    for block in brief.blocks():
        if block.cited:
            ref = _clean_ref(block.source)
            refs.setdefault(ref.key(), ref)
    return MemoCitations(refs.values(), style)


def expected_notes(brief: Brief, style: cite.Style = "chicago") -> list[str]:
    """Note text for each cited block, in order: in Chicago the full note on a
    source's first citation and the short note after; no notes in APA and AP,
    which cite in the text."""
    if style not in cite.NOTE_STYLES:
        return []
    citations = _citations(brief, style)
    seen: set = set()
    notes = []
    for block in brief.blocks():
        if not block.cited:
            continue
        ref = _clean_ref(block.source)
        key = citations.entry_key(ref)
        notes.append(clean(cite.plain(citations.note(ref, key not in seen))))
        seen.add(key)
    return notes


def expected_in_text(brief: Brief, style: cite.Style) -> list[str]:
    """The in-text citation of each cited block, in order (empty in Chicago)."""
    citations = _citations(brief, style)
    return [cite.plain(citations.in_text(_clean_ref(b.source))) for b in brief.blocks() if b.cited]


def expected_sources(brief: Brief, style: cite.Style) -> list[str]:
    return [clean(cite.plain(e)) for e in _citations(brief, style).entries()]


def squash(text: str) -> str:
    return " ".join(text.split())


def flatten(text: str) -> str:
    """Text without any whitespace, to compare what a PDF reader may space
    differently (a URL broken across lines)."""
    return "".join(text.split())
