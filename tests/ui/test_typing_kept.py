"""Words being typed in a memo block (its editor still open) are the memo's:
File > Save writes them, the autosave keeps them for a crash, closing asks
about them. They reached the memo only when the edit ended (Tab, Escape, a
click elsewhere): Ctrl+S mid-paragraph saved the block empty and showed the
memo saved, a crash lost every word typed since the block was opened, and a
close quit without asking (invented memo text)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from app.core.brief import Brief
from app.ui import file_dialogs
from app.ui.brief_document import BriefDocument, find_recovery
from tests.ui.helpers import open_window

WORDS = "Quillon Vesk said the ferry would run all winter"


def _typing(qtbot, seeded_library, tmp_path, monkeypatch):
    """A window on a saved memo, a new paragraph being typed in."""
    window = open_window(qtbot, seeded_library)
    qtbot.keyClicks(window.editor.fields["subject"], "Velmar ferry")
    path = tmp_path / "ferry.brief.json"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), ""))
    window.editor.add_paragraph()
    assert window.files.save_as()
    box = window.findChild(QPlainTextEdit, "blockEditor")
    assert box is not None and box.hasFocus()
    qtbot.keyClicks(box, WORDS)
    return window, path, box


def test_save_while_typing_writes_the_words(qtbot, seeded_library, tmp_path, monkeypatch):
    window, path, box = _typing(qtbot, seeded_library, tmp_path, monkeypatch)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [b.text for b in Brief.load(path).blocks()] == [WORDS]
    assert not window.document.dirty
    # The edit goes on where it was: same words, caret where it was.
    box.moveCursor(box.textCursor().MoveOperation.Start)
    qtbot.keyClicks(box, "Then ")
    assert box.toPlainText() == "Then " + WORDS
    assert window.findChild(QPlainTextEdit, "blockEditor") is box


def test_the_autosave_keeps_words_typed_for_a_crash(qtbot, seeded_library, tmp_path, monkeypatch):
    window, path, box = _typing(qtbot, seeded_library, tmp_path, monkeypatch)
    box.moveCursor(box.textCursor().MoveOperation.Left)
    caret = box.textCursor().position()
    assert window.document.autosave()  # the memo was saved when the typing began
    assert box.textCursor().position() == caret and box.toPlainText() == WORDS
    document = window.document
    os.close(document._recovery_lock)  # the crash: the lock goes, the file stays
    document._recovery_lock = None
    recovery, original = find_recovery()
    assert original == str(path)
    restored = BriefDocument(autosave_seconds=3600)
    restored.restore(recovery, original)
    assert [b.text for b in restored.brief.blocks()] == [WORDS]
    restored.close_recovery()


def test_closing_while_typing_asks_and_saves_the_words(
    qtbot, seeded_library, tmp_path, monkeypatch
):
    window, path, box = _typing(qtbot, seeded_library, tmp_path, monkeypatch)
    del window.files.maybe_save  # the real question (the helper answers it for tests)
    asked = []

    def answer(*args, **_):
        asked.append(args[2])
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.close()
    assert asked == ["Save the changes to ferry.brief.json?"]
    assert [b.text for b in Brief.load(path).blocks()] == [WORDS]


def test_a_section_title_being_typed_is_saved_too(qtbot, seeded_library, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    window = open_window(qtbot, seeded_library)
    path = tmp_path / "harbour.brief.json"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), ""))
    assert window.files.save_as()
    window.editor.add_section()
    title = window.editor.view.indexWidget(window.editor.view.currentIndex())
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Brask harbour")
    title.setCursorPosition(5)
    assert window.files.save()
    assert [s.title for s in Brief.load(path).sections][-1] == "Brask harbour"
    assert title.cursorPosition() == 5  # the caret stays where it was
