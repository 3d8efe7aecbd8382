"""A library another program holds locked at start is said in a box naming
the file, which opens the library once it is free, or stops waiting on
Cancel; the window never waits without a word."""

from __future__ import annotations

import argparse
import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import app.core.store_db as store_db
import app.ui.busy_library as busy_library
from app.core.errors import LibraryBusyError
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui import application, file_dialogs


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


def _file_bytes(path) -> dict[str, bytes]:
    """The library file and SQLite's files beside it, as they are on disk."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return {f.name: f.read_bytes() for f in files if f.exists()}


def test_open_another_library_opens_it_and_writes_nothing_to_the_busy_one(
    qtbot, locked_library, tmp_path, monkeypatch, message_boxes
):
    path, other = locked_library
    another = tmp_path / "another.sqlite"
    with Library(another) as library:
        library.add_source("Oren Pask rowed the mail boat to the lighthouse.", SourceMeta())
        library.add_source("The lighthouse keeper logged a calm night.", SourceMeta())
    answers = ["", str(another)]  # the first file dialog is cancelled: the box is back
    asked: list = []

    def choose(parent, caption, folder, filters, *args, **kwargs):
        asked.append((parent, caption, folder))
        return answers.pop(0), ""

    monkeypatch.setattr(file_dialogs, "open_file_name", choose)
    before = _file_bytes(path)
    shown: list = []

    def press_another() -> None:
        box = QApplication.activeModalWidget()
        if type(box).__name__ != "BusyLibraryBox" or len(asked) < len(shown):
            QTimer.singleShot(50, press_another)  # not up yet, or not back yet
            return
        shown.append(box)
        box.another.click()
        if len(shown) < 2:  # once for each answer of the file dialog
            QTimer.singleShot(50, press_another)

    QTimer.singleShot(0, press_another)
    window = application._window_for(path, _args(path))
    assert window is not None and not message_boxes
    qtbot.addWidget(window)
    assert [a[1] for a in asked] == ["Open Another Library", "Open Another Library"]
    assert asked[0][0] is shown[0] and asked[0][2] == str(tmp_path)  # its folder first
    assert window.library.path == another and window.library.count_sources() == 2
    window.close()
    assert _file_bytes(path) == before  # nothing written to the library in use
    other.close()
    with Library(path) as held:
        assert held.count_sources() == 1


def test_the_box_answers_while_a_try_waits_for_the_lock(qtbot, message_boxes):
    """Each try waits for the lock as SQLite does (a quarter of a second): the
    window's events go on meanwhile, a click on the box is answered."""
    trying, answered = threading.Event(), threading.Event()
    waited: list[bool] = []

    def open_once(wait: float) -> Library:
        if trying.is_set() or wait == busy_library.QUIET_WAIT:  # the first, quiet wait
            raise LibraryBusyError("held: another program keeps it locked")
        trying.set()
        waited.append(answered.wait(10))  # the lock stays taken while events go on
        raise LibraryBusyError("still held")

    def look() -> None:
        box = QApplication.activeModalWidget()
        if trying.is_set() and type(box).__name__ == "BusyLibraryBox":
            answered.set()  # an event processed while the try waits
            box.cancel.click()
            watch.stop()

    watch = QTimer(interval=10)
    watch.timeout.connect(look)
    watch.start()
    assert busy_library.open_when_free("held.sqlite", open_once) == (None, None)
    assert waited == [True]
    assert not message_boxes


def test_a_library_freed_but_not_to_be_opened_is_said_and_the_box_stops(
    qtbot, locked_library, message_boxes
):
    """The other program lets go of a library a newer Briefing Builder has
    upgraded meanwhile: that is said as at any opening, not tried forever."""
    path, other = locked_library

    def upgrade_and_let_go(box) -> None:
        other.execute("PRAGMA user_version = 999")
        other.close()
        # Should the box stay up regardless, the test ends instead of waiting forever.
        QTimer.singleShot(8000, box, lambda: box.isVisible() and box.cancel.click())

    seen = _when_box_shows(upgrade_and_let_go)
    assert application._window_for(path, _args(path)) is None
    assert seen
    assert [(kind, title) for kind, title, _ in message_boxes] == [
        ("critical", "Cannot open the library")
    ]
    assert "made by a newer Briefing Builder" in message_boxes[0][2]
