"""A memo card citing a deleted source says so on a laptop's screen: the
mark stands before the source's headline, which the card's width cuts, not
after it, where it was cut off and the card looked cited as ever."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.brief_model import StatusRole
from tests.ui.helpers import add_by_keyboard, open_window, wait_idle

TEXT = "\u201cThe ferry will run all winter,\u201d said Osk Quillon. The pier was mended."
HEADLINE = (
    "Harbour board keeps the winter ferry running after a long night of talks"
    " with the boatmen's guild and the council"
)


@pytest.fixture
def library(tmp_path):
    from app.ui.main_window import MainWindow

    library = Library(tmp_path / "lib.sqlite")
    quote = NewItem("quote", 1, TEXT.index(",\u201d"), speaker="Osk Quillon")
    library.add_source(TEXT, SourceMeta(title=HEADLINE), items=[quote])
    yield library
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.library is library:
            widget.files.maybe_save = lambda: True
            widget.close()
    library.close()


def test_a_card_of_a_deleted_source_shows_the_mark_at_a_laptops_width(
    qtbot, library, message_boxes
):
    window = open_window(qtbot, library)
    window.resize(1256, 706)  # the window as it opens on a 1366x768 screen
    item = add_by_keyboard(window, qtbot, "ferry will run", kind="quote")
    panel = window.library_panel
    panel.select_source(item.source_id)
    panel.delete_source_action.trigger()
    wait_idle(qtbot, window)
    window.editor.status.update()
    block = window.current_brief().blocks()[0]
    index = window.document.model.block_index(block.id)
    assert index.data(StatusRole).deleted
    view = window.editor.view
    qtbot.waitUntil(lambda: view.visualRect(index).width() > 0)
    shown = view.itemDelegate().shown_caption(index, view.visualRect(index))
    assert shown.startswith(
        "QUOTE  \u00b7  Osk Quillon  \u00b7  SOURCE DELETED  \u00b7  Harbour"
    ), shown
    # The bar above the memo counts in words, as the Delete Source box does.
    assert "its 1 block keeps the words" in window.editor.news_text.text()


def test_removing_a_section_of_one_block_asks_in_words(qtbot, library, message_boxes):
    window = open_window(qtbot, library)
    add_by_keyboard(window, qtbot, "ferry will run", kind="quote")
    editor = window.editor
    editor.view.setFocus()
    editor.view.setCurrentIndex(window.document.model.section_index(0))
    editor.actions["delete"].trigger()
    asked = [text for kind, _title, text in message_boxes if kind == "question"]
    assert asked and asked[-1].endswith("and its 1 block? (Edit > Undo brings it back.)")
