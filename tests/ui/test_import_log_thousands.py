"""The import log writes its counts with thousands separators: a long
minutes file read "37206 quotes", which is hard to read at a glance. The
importer's counts are made large (no such file is made)."""

from __future__ import annotations

from dataclasses import replace

from app.core.store import Library
from app.ui import import_dialog
from tests.ui.helpers import open_window


def test_the_import_log_counts_with_thousands_separators(qtbot, tmp_path, monkeypatch):
    real = import_dialog.import_paths

    def large(library, plan, stop=None):
        for outcome in real(library, plan, stop=stop):
            yield replace(outcome, quotes=37206, facts=1520)

    monkeypatch.setattr(import_dialog, "import_paths", large)
    library = Library(tmp_path / "lib.sqlite")
    try:
        window = open_window(qtbot, library)
        path = tmp_path / "minutes.txt"
        path.write_text("The board met on Tuesday.\n", encoding="utf-8")
        dialog = window.sources.start_import([path])
        with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
            pass
        assert "minutes.txt: 37,206 quotes, 1,520 facts" in dialog.log.toPlainText()
        dialog.accept()
        window.close()
    finally:
        library.close()
