"""A source deleted from the library is named, wherever the window shows it,
with the outlet and date the memo's copy holds, not its title alone: two
copies of a wire story share a headline, and the user must know which one
went (Delete Source's question and status line, the memo's bar, the card's
tooltip, Edit > Undo, and the warnings before export, which named two
sources by one headline). Invented names and sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.model import NewItem, SourceMeta
from app.core.short_text import clip_words
from app.core.store import Library
from app.ui.shortcuts import menu_text
from tests.ui.helpers import open_window, select_library_row, wait_idle

HEAD = "Harbour board keeps the winter ferry running"
TEXTS = (
    "\u201cThe ferry will run all winter,\u201d said Osk Quillon. The pier reopened.",
    "\u201cThe ferry will run all winter, we hope,\u201d said Osk Quillon. The pier reopened.",
)
OUTLETS = (("Vesk Gazette", "2031-05-04"), ("Orrin Ledger", "2031-05-05"))


def _library(path) -> Library:
    library = Library(path / "lib.sqlite")
    for text, (outlet, date) in zip(TEXTS, OUTLETS, strict=True):
        quote = NewItem("quote", 1, text.index(",\u201d"), speaker="Osk Quillon")
        # Read online (an access date): its citations want the URL it lacks.
        meta = SourceMeta(title=HEAD, outlet=outlet, date=date, accessed="2031-05-06")
        library.add_source(text, meta, items=[quote])
    return library


def test_a_deleted_source_is_named_with_its_outlet_and_date(qtbot, tmp_path, message_boxes):
    with _library(tmp_path) as library:
        window = open_window(qtbot, library)
        panel = window.library_panel
        for row in (0, 1):
            select_library_row(panel, row)
            qtbot.keyClick(panel.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        gone = panel.model.item_at(0).source_id
        assert window.sources.delete_source(gone)  # asked, then deleted
        wait_idle(qtbot, window)
        named = f"\u201c{HEAD}\u201d (Vesk Gazette, 2031-05-04)"
        asked = [text for kind, _title, text in message_boxes if kind == "question"]
        assert asked[-1].startswith(f"Delete {named} and its 1 quote"), asked
        said = window.statusBar().currentMessage()
        assert said == f"Deleted {named} (Edit > Undo brings it back)"
        window.editor.status.update()
        assert window.editor.news_text.text().startswith(f"{named} was deleted from the library")
        block = next(b for b in window.current_brief().blocks() if b.source.source_id == gone)
        index = window.document.model.block_index(block.id)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(f"Source deleted from the library: {named}."), tip
        undo = menu_text(window.undo_action.text())
        assert (
            undo
            == f"Undo Delete Source \u201c{clip_words(HEAD, 40)}\u201d (Vesk Gazette, 2031-05-04) in Library"
        )

        dialog = window.export_brief()
        shown = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
        no_url = [line for line in shown if "has no URL" in line]
        assert len(no_url) == 2 and any("(Orrin Ledger, 2031-05-05)" in w for w in no_url)
        assert any(named in w for w in no_url), no_url
        dialog.reject()
        window.files.maybe_save = lambda: True
