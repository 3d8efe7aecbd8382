"""The window's file dialogs list a folder with the columns a user reads it
by, name, size, type and date, each read in full: at Qt's small default size
the sizes and dates were cut short ("162...tes"), and the view and columns a
dialog's last use left (a List view has none) came back every time. The type
is still told by the name alone (test_file_dialog_locks.py)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView

from app.core.store import Library
from app.ui.file_dialogs import show_details
from app.ui.settings import LAST_IMPORT_DIR
from tests.ui.helpers import check_modal, open_window, when_modal

MARGIN = 8  # pixels a cell keeps beside its text


def cut_short(view: QTreeView, index: QModelIndex) -> bool:
    """Whether the cell's text is wider than its column leaves room for."""
    text = index.data()
    width = view.header().sectionSize(index.column())
    return view.fontMetrics().horizontalAdvance(text) + 2 * MARGIN > width


def test_the_import_dialog_reads_each_file_in_four_columns_in_full(qtbot, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ferry-notes.txt").write_text("x" * 162)
    (folder / "harbour-levy.txt").write_text("x" * 214_500)  # 209.47 KiB
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    window.settings.set(LAST_IMPORT_DIR, str(folder))
    cells: list[str] = []

    def look_then_cancel(dialog) -> None:
        model = dialog.findChild(QFileSystemModel)
        view = dialog.findChild(QTreeView, "treeView")
        assert dialog.viewMode() == QFileDialog.ViewMode.Detail and view.isVisible()
        row = model.index(str(folder / "harbour-levy.txt"))
        qtbot.waitUntil(lambda: model.index(row.row(), 3, row.parent()).data() not in ("", None))
        for name in ("ferry-notes.txt", "harbour-levy.txt"):
            index = model.index(str(folder / name))
            for column in range(4):
                cell = model.index(index.row(), column, index.parent())
                assert not view.isColumnHidden(column)
                assert not cut_short(view, cell), (cell.data(), column)
                cells.append(cell.data())
        dialog.reject()

    seen = when_modal(qtbot, look_then_cancel)
    window.sources.choose_and_import()
    check_modal(seen)
    assert {"162 bytes", "TXT file"} <= set(cells)


def test_a_dialog_left_in_list_view_without_a_column_shows_all_four_again(qtbot, tmp_path):
    dialog = QFileDialog(None, "Open Memo", str(tmp_path))
    dialog.setViewMode(QFileDialog.ViewMode.List)  # as the last use left it
    view = dialog.findChild(QTreeView, "treeView")
    view.setColumnHidden(2, True)
    show_details(dialog)
    assert dialog.viewMode() == QFileDialog.ViewMode.Detail
    assert [view.isColumnHidden(c) for c in range(4)] == [False] * 4
    dialog.deleteLater()
