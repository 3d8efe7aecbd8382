"""Exporting again does not write over a file without asking: the name
offered (the memo's subject in the last folder) may be another memo's
export, or this one's edited in Word since. A path the file dialog chose has
been asked about there already."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import Qt

from app.ui import file_dialogs
from app.ui.export_dialog import ExportDialog
from tests.export.memos import numbered_brief
from tests.ui.helpers import check_modal, when_modal


def exported_dialog(qtbot, path):
    dialog = ExportDialog(numbered_brief(2), None)
    qtbot.addWidget(dialog)
    dialog.open_when_done.setChecked(False)
    dialog.path.setText(str(path))
    return dialog


def export_answering(qtbot, dialog, answer) -> object:
    """Export, answering the question that comes up with `answer(box)`."""
    seen = when_modal(qtbot, answer)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    return check_modal(seen)


def test_an_existing_file_is_kept_unless_the_user_says_replace(qtbot, tmp_path):
    theirs = tmp_path / "Numbered-memo.docx"
    theirs.write_bytes(b"another memo's export, edited in Word")
    dialog = exported_dialog(qtbot, theirs)
    box = export_answering(qtbot, dialog, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert box.text() == "Replace Numbered-memo.docx?"  # and No is the default
    assert theirs.read_bytes() == b"another memo's export, edited in Word"
    assert dialog.exported_path is None
    assert "Not exported" in dialog.status.text()

    def replace(box):
        [button] = [b for b in box.buttons() if b.text() == "&Replace"]
        button.click()

    export_answering(qtbot, dialog, replace)
    assert dialog.exported_path == theirs
    assert "Fact number 0" in " ".join(p.text for p in Document(str(theirs)).paragraphs)


def test_a_new_name_beside_it_keeps_both(qtbot, tmp_path):
    theirs = tmp_path / "Numbered-memo.docx"
    theirs.write_bytes(b"kept")
    (tmp_path / "Numbered-memo (2).docx").write_bytes(b"kept too")
    dialog = exported_dialog(qtbot, theirs)

    def keep_both(box):
        [button] = [b for b in box.buttons() if b.text().startswith("Save as")]
        assert button.text() == "Save as Numbered-memo (3).docx"
        button.click()

    export_answering(qtbot, dialog, keep_both)
    assert dialog.exported_path == tmp_path / "Numbered-memo (3).docx"
    assert Document(str(dialog.exported_path)).paragraphs
    assert theirs.read_bytes() == b"kept"


def test_a_path_the_file_dialog_confirmed_is_not_asked_again(qtbot, tmp_path, monkeypatch):
    theirs = tmp_path / "chosen.docx"
    theirs.write_bytes(b"old")
    dialog = exported_dialog(qtbot, tmp_path / "other.docx")
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(theirs), ""))
    dialog.choose_path()
    dialog.export()  # no question: the file dialog asked
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.exported_path == theirs and theirs.read_bytes() != b"old"
