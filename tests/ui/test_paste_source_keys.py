"""Paste as New Source from the keyboard: Tab leaves the pasted text for the
details (the text is never changed by it), Ctrl+Enter adds the source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.paste_source import PasteSourceDialog
from tests.ui.helpers import CTRL, SHIFT, focused, open_window, press, wait_idle

PASTED = (
    "Ferry Pier Opens at Vellow Harbour\n\n"
    'Ivo Brask opened the new ferry pier on Tuesday. "We waited years for this,"'
    " said Mira Tolk, the harbour master.\n"
)


def _paste_dialog(qtbot, window) -> PasteSourceDialog:
    QApplication.clipboard().setText(PASTED)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)  # Edit > Paste as New Source
    (dialog,) = [d for d in window.findChildren(PasteSourceDialog) if d.isVisible()]
    dialog.activateWindow()  # as a window manager does for a new dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_tab_leaves_the_pasted_text_for_the_title(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    dialog = _paste_dialog(qtbot, window)
    assert focused() is dialog.text
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.form.edits["title"]
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is dialog.text
    assert dialog.text.toPlainText() == PASTED  # no tab typed into the article
    dialog.reject()


def test_a_pasted_source_is_chosen_with_the_keyboard_on_it(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    dialog = _paste_dialog(qtbot, window)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Add Source
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    window.activateWindow()  # as a window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert focused() is window.library_panel.sources  # not back in the search box
    assert window.library_panel.source_list.current_source_id() == dialog.outcome.source_id


def test_undo_takes_a_pasted_source_out_and_redo_puts_it_back(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    sources = len(seeded_library.sources())
    dialog = _paste_dialog(qtbot, window)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Add Source
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    added = dialog.outcome.source_id
    assert len(seeded_library.sources()) == sources + 1
    window.activateWindow()  # as a window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    undo = window.commands["undo"]
    assert (
        undo.text() == "&Undo Add Source \u201cFerry Pier Opens at Vellow Harbour\u201d in Library"
    )
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert len(seeded_library.sources()) == sources
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_idle(qtbot, window)
    assert seeded_library.source(added).text == PASTED


def test_adding_no_text_says_so_and_leaves_the_keyboard_in_the_text(qtbot, seeded_library):
    """With nothing on the clipboard the Text box is empty: Add said "empty
    file (no text)", about a file there is none of, and left the keyboard on
    the button, away from where the text goes."""
    window = open_window(qtbot, seeded_library)
    dialog = _paste_dialog(qtbot, window)
    dialog.text.clear()
    press(qtbot, Qt.Key.Key_Tab)  # to the details: Add is pressed from there
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Add Source
    said = dialog.error.text()
    assert "file" not in said and "paste or type" in said.lower()
    assert dialog.isVisible() and focused() is dialog.text
    dialog.reject()
