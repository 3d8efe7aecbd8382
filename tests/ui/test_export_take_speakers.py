"""The Export dialog says how many of the memo's quotes carry a speaker the
library changed since they were picked, and takes the library's speakers in
one step (the memo's own undoable command) before anything is written: the
notice goes, the export cites the new speaker, one Ctrl+Z gives the old back."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui import tag_dialog
from tests.ui.helpers import add_by_keyboard, open_window, select_library_row, wait_idle

WORDS = "hardening our defenses"
NEW_NAME = "Vesk Brask"


def _speaker_changed_in_library(window, qtbot, monkeypatch, item) -> None:
    panel = window.library_panel
    model = panel.model
    select_library_row(
        panel, next(r for r in range(model.rowCount()) if model.item_at(r).id == item.id)
    )
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "exec", lambda self: self.DialogCode.Accepted)
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "name", lambda self: NEW_NAME)
    panel.item_actions.change_speaker()
    wait_idle(qtbot, window)
    window.editor.status.update()


def _warning_texts(dialog) -> list[str]:
    return [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]


def test_export_dialog_counts_changed_speakers_and_takes_them_undoably(
    qtbot, seeded_library, monkeypatch, tmp_path
):
    window = open_window(qtbot, seeded_library)
    item = add_by_keyboard(window, qtbot, WORDS)
    (block,) = window.current_brief().blocks()
    said, words = block.speaker, block.text
    wait_idle(qtbot, window)

    dialog = window.export_brief()
    assert dialog.speakers_notice.isHidden()  # nothing changed yet
    dialog.reject()

    _speaker_changed_in_library(window, qtbot, monkeypatch, item)
    dialog = window.export_brief()
    assert not dialog.speakers_notice.isHidden()
    assert dialog.speakers_text.text().startswith("1 quote in the memo carries a speaker")
    assert dialog.take_speakers_button.text() == "Take the Library's Speaker"
    assert any(NEW_NAME in t for t in _warning_texts(dialog))

    dialog.take_speakers_button.click()
    assert block.speaker == NEW_NAME and block.text == words  # the memo's block itself
    assert dialog.speakers_notice.isHidden()
    assert not any(NEW_NAME in t for t in _warning_texts(dialog))
    assert dialog.speakers_now == {}
    assert window.history.undo_text().endswith("Take the Library's Speaker (1 quote)")

    # The export cites the speaker taken.
    dialog.open_when_done.setChecked(False)
    dialog.path.setText(str(tmp_path / "memo.docx"))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert NEW_NAME in "\n".join(p.text for p in Document(str(dialog.exported_path)).paragraphs)

    # One Ctrl+Z gives the old speaker back, and the dialog offers it again.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.editor.view.setFocus()
    qtbot.keyClick(window.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert block.speaker == said
    dialog = window.export_brief()
    assert not dialog.speakers_notice.isHidden()
    dialog.reject()
