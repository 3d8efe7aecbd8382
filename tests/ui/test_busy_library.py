"""A library another program holds locked at start is said in a box naming
the file, which opens the library once it is free, or stops waiting on
Cancel; the window never waits without a word."""

from __future__ import annotations

import argparse
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import app.core.store_db as store_db
import app.ui.busy_library as busy_library
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui import application


@pytest.fixture
def locked_library(tmp_path, monkeypatch):
    """A library with one source, and a connection of "another program" that
    keeps it locked in SQLite's exclusive mode until closed."""
    path = tmp_path / "held.sqlite"
    with Library(path) as library:
        library.add_source("Mira Tolk opened the ferry pier on a windy morning.", SourceMeta())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("CREATE TABLE other_program (a)")
    other.execute("COMMIT")  # the exclusive lock stays with the connection
    # A give-up short enough that a wait without a box fails the test, not hangs it.
    monkeypatch.setattr(store_db, "BUSY_GIVE_UP", 1.0)
    monkeypatch.setattr(busy_library, "QUIET_WAIT", 0.0)
    yield path, other
    other.close()


def _when_box_shows(act) -> list:
    """Calls `act(box)` once the busy box is up; the texts it had."""
    seen: list = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None or type(box).__name__ != "BusyLibraryBox":
            QTimer.singleShot(50, look)
            return
        seen.append(box.text())
        act(box)

    QTimer.singleShot(0, look)
    return seen


def _args(path) -> argparse.Namespace:
    return argparse.Namespace(library=str(path), screenshot=None, brief=None)


def test_a_locked_library_is_said_and_opens_once_free(qtbot, locked_library, message_boxes):
    path, other = locked_library
    seen = _when_box_shows(lambda box: other.close())  # the other program lets go
    window = application._window_for(path, _args(path))
    assert seen and str(path) in seen[0] and "busy in another program" in seen[0]
    assert window is not None and not message_boxes
    qtbot.addWidget(window)
    assert window.library.count_sources() == 1
    window.close()


def test_cancel_stops_waiting_and_opens_nothing(qtbot, locked_library, message_boxes):
    path, _other = locked_library
    seen = _when_box_shows(lambda box: box.cancel.click())
    assert application._window_for(path, _args(path)) is None
    assert seen and str(path) in seen[0]
    assert not message_boxes  # cancelled: no error said on top
