"""A file dialog showing the library's folder leaves the library locked.

Qt's dialog read the first bytes of each file it listed whose name did not
settle its type, the library's among them; closing that descriptor dropped
the window's locks on the library (they are the process's). A command run
meanwhile (`main.py conflicts`) then deleted the -wal the window was still
writing into, and an import made in the window was gone after a quit (the
twelfth walk). File > Open Library starts in the library's folder."""

from __future__ import annotations

from PySide6.QtWidgets import QFileSystemModel

from tests.core.library_faults import titles_read_by_another_program
from tests.ui.helpers import check_modal, library_of_texts, open_window, when_modal

TEXTS = ['Ferry\n\nThe ferry board met on Friday. "The ferry runs at a loss," said Dana Roe.']


def test_open_library_dialog_leaves_the_window_locked(qtbot, tmp_path):
    library = library_of_texts(tmp_path, TEXTS)
    window = open_window(qtbot, library)
    path = tmp_path / "lib.sqlite"
    wal = tmp_path / "lib.sqlite-wal"
    kept: list[bool] = []

    def look_then_cancel(dialog) -> None:
        model = dialog.findChild(QFileSystemModel)
        qtbot.waitUntil(lambda: model.type(model.index(str(path))) != "", timeout=10_000)
        qtbot.wait(300)  # every listed file's type and icon told
        assert titles_read_by_another_program(path) == ["Ferry"]
        kept.append(wal.exists())
        dialog.reject()

    seen = when_modal(qtbot, look_then_cancel)
    window.library_menu.open_file()
    check_modal(seen)
    assert kept == [True], "the other program deleted the window's -wal"
