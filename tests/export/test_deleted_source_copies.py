"""A deleted source cited by blocks picked at different times: each block kept
the details its source had when picked, so a title corrected between two
picks left two copies. While the source lived both cited the library's; once
deleted, the memo must still cite it as one source, as the library last had
it, not as two articles, one under the title the user corrected away."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace

from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section
from app.core.brief_sources import cited_as_now, source_states
from app.core.cite import plain
from app.core.model import NewItem, SourceMeta
from app.core.render import render
from app.core.store import Library

TEXT = (
    'Intro. "We build the bridge," said Velmar Tarn at the hall.'
    ' "The toll stays low," said Ossa Brink later.'
)
META = SourceMeta(
    title="Bridge vote delayd", outlet="Quillon Courier", date="2024-05-02", url="https://e.org/b"
)


def _quote(text: str, words: str) -> NewItem:
    start = text.index(words)
    return NewItem("quote", start, start + len(words), speaker="Velmar Tarn")


def _memo(library: Library) -> tuple[Brief, int]:
    """Two quotes of one source, the second picked after its title was corrected."""
    sid = library.add_source(
        TEXT,
        META,
        items=[_quote(TEXT, "We build the bridge,"), _quote(TEXT, "The toll stays low,")],
    )
    first, second = library.items_of_source(sid)
    blocks = [Block.from_item(first, library.source(sid))]
    edits.update_source_meta(library, sid, replace(META, title="Bridge vote delayed"))
    blocks.append(Block.from_item(second, library.source(sid)))
    return Brief(Header(subject="Bridge"), [Section("Quotes", blocks)]), sid


def test_a_deleted_source_is_cited_once_as_the_library_last_had_it(tmp_path):
    with closing(Library(tmp_path / "library.sqlite")) as library:
        brief, sid = _memo(library)
        assert [b.source.title for b in brief.blocks()] == [
            "Bridge vote delayd",
            "Bridge vote delayed",
        ]
        edits.delete_source(library, sid)
        states = source_states(brief, library)
    layout = render(cited_as_now(brief, states))
    (entry,) = [plain(e) for e in layout.sources]
    assert "Bridge Vote Delayed" in entry
    first, second = (plain(n.spans) for n in layout.notes)
    assert "Bridge Vote Delayed" in first and "Quillon Courier" in first
    assert [n.first for n in layout.notes] == [True, False]
    assert "delayd" not in second.lower()
    # The memo itself keeps each block's copy: only what it cites follows.
    assert brief.blocks()[0].source.title == "Bridge vote delayd"
