"""A path field too narrow for its path shows the file's name (the path's
end) once the keyboard leaves it, and the whole path as its tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.export_dialog import ExportDialog
from app.ui.team_dialog import TeamLibraryDialog
from tests.export.memos import numbered_brief
from tests.ui.helpers import focused

FOLDER = "/home/ilse/Documents/Harbour board briefings/Ferry timetable review/Drafts to check"


def _shows_its_end(field) -> bool:
    """Whether the field, drawn now, shows the end of its text (a line edit
    scrolls to its cursor as it paints)."""
    field.repaint()
    at = field.cursorRect().center().x()  # where the cursor is drawn
    return field.cursorPosition() == len(field.text()) and 0 <= at < field.width()


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _leave_after_home(qtbot, field) -> None:
    """The user goes to the path's start (to read the folder), then on with Tab."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert not _shows_its_end(field)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert focused() is not field


def test_the_export_dialog_shows_the_file_name_of_a_long_path(qtbot):
    dialog = ExportDialog(numbered_brief(2), None)
    _shown(qtbot, dialog)  # at its default size
    field = dialog.path
    field.setText(f"{FOLDER}/Numbered-memo.docx")
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()
    assert _shows_its_end(field) and field.toolTip() == field.text()
    _leave_after_home(qtbot, field)
    assert _shows_its_end(field)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert field.toolTip() == f"{FOLDER}/Numbered-memo.pdf"
    assert Path(field.text()).name == "Numbered-memo.pdf" and _shows_its_end(field)


def test_the_team_dialog_shows_the_certificate_file_name(qtbot):
    dialog = TeamLibraryDialog()
    _shown(qtbot, dialog)
    field = dialog.ca_file
    field.setText(f"{FOLDER}/harbour-office-ca.pem")
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()
    _leave_after_home(qtbot, field)
    assert _shows_its_end(field) and field.toolTip() == field.text()
