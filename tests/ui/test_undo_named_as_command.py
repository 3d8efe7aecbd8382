"""Edit > Undo names a memo edit as its command does: "Undo Remove Quote"
after Memo > Remove (the same word as its button and menu entry), and blocks
added or moved together by their kind ("Undo Add 2 Quotes", "Undo Move 3
Blocks"), not "Delete", "Items" or a lower-case "blocks"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from app.core.brief import Block
from app.core.store_search import SearchFilter
from app.ui.brief_model import blocks_named
from tests.ui.helpers import drop, library_of_texts, open_window

TEXTS = [
    "Harbour levy\n\nThe harbour board met on Tuesday. \u201cThe levy keeps the piers open,\u201d"
    " said Dana Roe, the board's chair. \u201cWe will vote on it in May,\u201d said Ivo Brask."
]


@pytest.fixture
def window(qtbot, tmp_path):
    library = library_of_texts(tmp_path, TEXTS)
    yield open_window(qtbot, library)
    library.close()


def quote_ids(window) -> list[int]:
    quotes = window.library.search(SearchFilter(kind="quote"))
    assert len(quotes) == 2
    return [q.id for q in quotes]


def test_removing_a_quote_undoes_as_remove_quote(window):
    window.editor.add_items(quote_ids(window)[:1])
    assert window.commands["delete"].text().replace("&", "") == "Remove"
    window.editor.select_block(window.current_brief().blocks()[0].id)
    window.commands["delete"].trigger()
    assert window.current_brief().blocks() == []
    assert window.undo_action.text() == "&Undo Remove Quote in Memo"


def test_two_quotes_added_together_undo_as_add_2_quotes(window):
    window.editor.add_items(quote_ids(window))
    assert len(window.current_brief().blocks()) == 2
    assert window.undo_action.text() == "&Undo Add 2 Quotes in Memo"


def test_blocks_of_several_kinds_moved_together_undo_as_move_3_blocks(window):
    window.editor.add_items(quote_ids(window)[:1])
    notes = [Block(kind="prose", text=f"Our note {n}.") for n in "AB"]
    window.editor.add_blocks(notes, 0, 1)
    last = Block(kind="prose", text="Our last note.")
    window.editor.add_blocks([last], 0, 3)
    quote = window.current_brief().blocks()[0]
    model, view = window.document.model, window.editor.view
    dragged = [quote.id, notes[0].id, notes[1].id]
    mime = model.mimeData([model.block_index(b) for b in dragged])
    rect = view.visualRect(model.block_index(last.id))
    drop(view.viewport(), mime, rect.bottomLeft() + QPoint(10, -2))
    assert [b.id for b in window.current_brief().blocks()] == [last.id, *dragged]
    assert window.undo_action.text() == "&Undo Move 3 Blocks in Memo"


def test_blocks_are_named_by_their_kind():
    def made(*kinds: str) -> list[Block]:
        return [Block(kind=kind, text="Words.") for kind in kinds]

    assert blocks_named(made("quote")) == "Quote"
    assert blocks_named(made("fact", "fact")) == "2 Facts"
    assert blocks_named(made("prose", "prose", "prose")) == "3 Paragraphs"
    assert blocks_named(made("quote", "fact")) == "2 Blocks"
