"""A library a newer version upgrades while the window shows it: the views
reading it again get the newer-version message, not a raw SQLite error
(invented words)."""

from __future__ import annotations

import sqlite3
import sys

from app.core.errors import LibraryNewerError
from app.core.model import NewItem, SourceMeta
from app.core.store import SCHEMA_VERSION, Library
from tests.ui.helpers import open_window, wait_idle

TEXT = "Orra Vesk said the harbour toll would fall by spring. Brask Quell doubted it."


def test_views_reading_a_library_a_newer_version_upgraded_say_so(qtbot, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: said.append(exc))
    library = Library(tmp_path / "library.sqlite")
    library.add_source(TEXT, SourceMeta(title="Harbour"), items=[NewItem("fact", 0, 49)])
    window = open_window(qtbot, library)
    newer = sqlite3.connect(library.path, isolation_level=None)
    newer.execute("ALTER TABLE items RENAME TO items_kept")
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.close()
    window.live.check_others()  # the poll, every two seconds: every view reads again
    wait_idle(qtbot, window)
    assert said, "the views read nothing again"
    assert all(isinstance(exc, LibraryNewerError) for exc in said), said
    window.close()
    library.close()
