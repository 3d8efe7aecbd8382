"""Paste as New Source from the keyboard: Tab leaves the pasted text for the
details (the text is never changed by it), Ctrl+Enter adds the source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.paste_source import PasteSourceDialog
from tests.ui.helpers import CTRL, SHIFT, focused, open_window, press

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
