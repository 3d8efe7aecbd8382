"""Paste as New Source with the article pasted into the dialog's Text box
(the clipboard empty or holding something else when it opened): the details
the text states fill the form as they do from the clipboard. They stayed
empty, and the source was added as "(pasted)", with no title to cite."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.paste_source import PasteSourceDialog
from tests.ui.helpers import CTRL, SHIFT, open_window, press, wait_idle

ARTICLE = (
    "Ferry Pier Opens at Vellow Harbour\n\n"
    "By Mira Tolk\n\n"
    'Ivo Brask opened the new ferry pier on Tuesday. "We waited years for this,"'
    " said Osk Quillon, the harbour master.\n"
)


def _empty_dialog(qtbot, window) -> PasteSourceDialog:
    QApplication.clipboard().clear()
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)  # Edit > Paste as New Source
    (dialog,) = [d for d in window.findChildren(PasteSourceDialog) if d.isVisible()]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.text.toPlainText() == ""
    return dialog


def test_text_pasted_into_the_box_fills_the_details(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    dialog = _empty_dialog(qtbot, window)
    QApplication.clipboard().setText(ARTICLE)
    press(qtbot, Qt.Key.Key_V, CTRL)  # into the Text box, which has the keyboard
    form = dialog.form.edits
    assert form["title"].text() == "Ferry Pier Opens at Vellow Harbour"
    assert form["author"].text() == "Mira Tolk"
    assert "title" in dialog.form.still_as_read()  # marked as read from the text
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Add Source
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    source = seeded_library.source(dialog.outcome.source_id)
    assert source.meta.title == "Ferry Pier Opens at Vellow Harbour"


def test_a_title_the_user_typed_is_kept_when_the_text_changes(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    dialog = _empty_dialog(qtbot, window)
    title = dialog.form.edits["title"]
    title.setFocus()
    qtbot.keyClicks(title, "Harbour pier, first day")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "A new pier opened.")
    press(qtbot, Qt.Key.Key_Return, times=2)
    qtbot.keyClicks(dialog.text, "It is long.")
    assert title.text() == "Harbour pier, first day"
    dialog.reject()
