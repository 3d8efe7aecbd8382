"""An import is an edit like any other: Edit > Undo takes the sources it
added out again, Redo puts them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import CTRL, SHIFT, open_window, press, wait_idle


def test_undo_takes_an_import_out_and_redo_puts_it_back(qtbot, seeded_library, tmp_path):
    window = open_window(qtbot, seeded_library)
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Velmar said the ferry runs again on Monday.\n")
    (folder / "pier.txt").write_text("The Vesk pier was mended in the spring.\n")
    sources = seeded_library.count_sources()
    dialog = window.sources.start_import([folder])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    dialog.close()
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 2
    window.library_panel.items.setFocus()  # not a field: its own Ctrl+Z undoes its typing
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.commands["undo"].text() == "&Undo Add 2 sources"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 2
