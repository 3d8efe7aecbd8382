"""Details typed into Source Properties, or a pasted text changed in Paste as
New Source, are not thrown away by one Escape (or Cancel, or the close
button) without a word: the dialog asks first, and keeps them unless told
to discard them. A dialog left as it opened closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.paste_source import PasteSourceDialog
from app.ui.source_properties import SourcePropertiesDialog
from tests.ui.helpers import open_window

PASTED = "Quay Lights Return\n\nThe quay lights came back on at dusk, the harbour office said.\n"


def _properties(qtbot, window, library) -> SourcePropertiesDialog:
    sid = library.sources()[0][0]
    dialog = SourcePropertiesDialog(window.live, sid, window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_escape_in_source_properties_asks_before_dropping_typed_details(
    qtbot, seeded_library, message_boxes, monkeypatch
):
    window = open_window(qtbot, seeded_library)
    dialog = _properties(qtbot, window, seeded_library)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes, nothing asked
    assert not dialog.isVisible() and message_boxes == []

    dialog = _properties(qtbot, window, seeded_library)
    sid = dialog.source_id
    outlet = dialog.form.edits["outlet"]
    outlet.setFocus()
    qtbot.keyClicks(outlet, "Harbour Gazette")
    qtbot.keyClick(outlet, Qt.Key.Key_Escape)
    (asked,) = message_boxes
    assert asked[0] == "question" and "Discard your changes" in asked[2]
    assert dialog.isVisible() and outlet.text() == "Harbour Gazette"  # kept, by default
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    dialog.reject()  # Cancel, answered Discard
    assert not dialog.isVisible()
    assert seeded_library.source(sid).meta.outlet == ""


def test_cancel_in_paste_as_new_source_asks_once_the_text_is_changed(
    qtbot, seeded_library, message_boxes
):
    window = open_window(qtbot, seeded_library)
    sources = len(seeded_library.sources())
    QApplication.clipboard().setText(PASTED)
    dialog = PasteSourceDialog(window.live, PASTED, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # as pasted: closes, nothing asked (the clipboard still has it)
    assert not dialog.isVisible() and message_boxes == []

    dialog = PasteSourceDialog(window.live, PASTED, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.appendPlainText("A second paragraph typed by hand.")
    dialog.reject()
    (asked,) = message_boxes
    assert asked[1] == "Paste as New Source" and "Discard this source?" in asked[2]
    assert dialog.isVisible() and "typed by hand" in dialog.text.toPlainText()
    assert len(seeded_library.sources()) == sources
