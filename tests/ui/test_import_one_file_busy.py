"""Importing one file shows a busy bar while the file is read, not "0%": a
long file (minutes of reading) stood at 0% as if the import had hung."""

from __future__ import annotations

import threading

from app.ui import import_dialog
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow


def test_one_file_shows_a_busy_bar_until_it_is_read(qtbot, seeded_library, tmp_path, monkeypatch):
    note = tmp_path / "minutes.txt"
    note.write_text("The harbor board met on Tuesday, said Ana Ruiz.\n")
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    dialog = ImportDialog(window.live, [note])
    qtbot.addWidget(dialog)
    reading = threading.Event()  # the file is being read (held until the test looks)
    real_import_paths = import_dialog.import_paths

    def import_paths_held(library, plan, stop=None):
        reading.wait(30)
        yield from real_import_paths(library, plan, stop=stop)

    monkeypatch.setattr(import_dialog, "import_paths", import_paths_held)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.status.text() == "Importing 1 of 1: minutes.txt")
    assert dialog.bar.maximum() == 0  # busy: it moves, and says no percentage
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        reading.set()
    assert dialog.status.text().startswith("Done: 1 imported")
    assert (dialog.bar.maximum(), dialog.bar.value()) == (1, 1)
