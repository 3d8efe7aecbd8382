"""Today's backup goes on by itself: switching libraries while it runs does
not wait for it (the old window's library closes under a backup that reads
through its own connection, and the backup still comes out whole), and the
quit waits for it, saying so, or stops it leaving no half-written file.

The backup is slowed (one page a step, held on its first page) so each test
catches it mid-copy; what is asserted is the order things happened in and
what is on disk, never how long anything took."""

from __future__ import annotations

import datetime
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.core import backup
from app.core.model import SourceMeta
from app.ui import application
from app.ui.tasks import wait_for_tasks
from tests.ui.test_library_switch import (
    close_last,
    start_on_two_libraries,
    switch_from_the_menu,
)

# Longer than a switch takes, shorter than the 10 s a closing window used to
# wait for the backup: a backup that was waited for lets go of its first page
# on its own, and so finishes before the switch returns (the test fails).
HOLD_S = 8


def slowed_backups(monkeypatch, go_on: threading.Event, log: list) -> threading.Event:
    """The real backup, one page a step, held on its first page until `go_on`
    (at most HOLD_S); logs ("backup done", file name) as it ends. Returns the
    event set once a backup holds its first page."""
    real = backup.make_daily_backup
    holding = threading.Event()
    monkeypatch.setattr(backup, "_STEP_PAGES", 1)

    def slowed(path, *args, on_step=None, **kwargs):
        def step(copied: int, total: int) -> None:
            if on_step is not None:
                on_step(copied, total)
            if copied == 1 and not holding.is_set():  # once (a copy may start over)
                holding.set()
                go_on.wait(HOLD_S)

        try:
            return real(path, *args, on_step=step, **kwargs)
        finally:
            log.append(("backup done", Path(path).name))

    monkeypatch.setattr(backup, "make_daily_backup", slowed)
    return holding


def close_and_delete(qtbot, window) -> None:
    """Close the test's last window and see it deleted."""
    close_last(window)
    delete(qtbot, window)


def delete(qtbot, window) -> None:
    """See a closed window's Qt object gone, before the next test counts the
    app's windows (test_library_switch does)."""
    gone: list[int] = []
    window.destroyed.connect(lambda *_: gone.append(1))
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=10_000)


def todays_backup(library: str) -> Path:
    day = datetime.date.today().isoformat()
    return Path(library).parent / "backups" / f"{Path(library).stem}-{day}.sqlite"


def leftovers(library: str) -> list[str]:
    """Files in the backups folder that are not finished backups."""
    folder = Path(library).parent / "backups"
    return sorted(p.name for p in folder.glob("*") if not p.name.endswith(".sqlite"))


def titles_in(path: Path) -> list[str]:
    """The source titles in a library file, read with sqlite3 after a full check."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in db.execute("SELECT title FROM sources ORDER BY id")]
    finally:
        db.close()


def test_a_switch_during_the_backup_does_not_wait_for_it_and_the_backup_comes_out_whole(
    qtbot, tmp_path, monkeypatch
):
    go_on, log = threading.Event(), []
    holding = slowed_backups(monkeypatch, go_on, log)
    try:
        a, b, _args = start_on_two_libraries(tmp_path, monkeypatch)
        window = application._windows[-1]
        qtbot.waitUntil(holding.is_set, timeout=10_000)  # a's backup is mid-copy
        # A write queued just before the switch: the close waits for that one.
        window.live.run(
            lambda library: library.add_source(
                "The ferry board met on Monday.", SourceMeta(title="Saved")
            )
        )
        window = switch_from_the_menu(qtbot, window, b)
        log.append("switched")
    finally:
        go_on.set()
    assert log[0] == "switched"  # the switch did not wait for the backup
    wait_for_tasks()
    assert ("backup done", "a.sqlite") in log
    # The copy taken while a's window closed is whole. The write queued
    # before the switch came in mid-copy: SQLite's backup then starts over,
    # so the copy has it too.
    assert leftovers(a) == []
    assert titles_in(todays_backup(a)) == ["Ours", "Saved"]
    assert titles_in(Path(a)) == ["Ours", "Saved"]  # nothing saved was lost
    assert window.library.path.name == "b.sqlite"
    close_and_delete(qtbot, window)


def quit_during_the_backup(qtbot, tmp_path, monkeypatch, on_note) -> tuple[str, list, list]:
    """The app on library a, its backup mid-copy, File > Quit, and the quit's
    wait for the backup (`finish_backups`, as run_gui calls it once the last
    window closed). `on_note(note, log)` runs once the quit's note is on
    screen; then the backup goes on. Returns a, the log, the note's texts."""
    go_on, log = threading.Event(), []
    holding = slowed_backups(monkeypatch, go_on, log)
    seen: list[str] = []
    poll = QTimer(interval=20)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                poll.stop()
                seen.append(widget.labelText())
                on_note(widget, log)
                go_on.set()
                return

    try:
        a, _b, _args = start_on_two_libraries(tmp_path, monkeypatch)
        window = application._windows[-1]
        qtbot.waitUntil(holding.is_set, timeout=10_000)
        window.commands["quit"].trigger()
        assert not window.isVisible()
        application._windows.clear()
        delete(qtbot, window)
        assert log == []  # the window is gone; the backup holds its first page
        poll.timeout.connect(look)
        poll.start()
        application.finish_backups()
        log.append("quit")
    finally:
        go_on.set()
    return a, log, seen


def test_the_quit_waits_for_the_backup_saying_so(qtbot, tmp_path, monkeypatch):
    a, log, seen = quit_during_the_backup(
        qtbot, tmp_path, monkeypatch, lambda _note, log: log.append("note shown")
    )
    assert seen == ["Finishing today's backup of a.sqlite\u2026"]
    assert log == ["note shown", ("backup done", "a.sqlite"), "quit"]
    assert leftovers(a) == []
    assert titles_in(todays_backup(a)) == ["Ours"]


def test_stopping_the_backup_at_quit_leaves_no_backup_file(qtbot, tmp_path, monkeypatch):
    seen_after_stop: list[str] = []

    def stop(note, _log) -> None:
        button = next(b for b in note.findChildren(QPushButton) if b.text() == "Stop Backup")
        button.click()
        if note.isVisible():
            seen_after_stop.append(note.labelText())

    a, log, seen = quit_during_the_backup(qtbot, tmp_path, monkeypatch, stop)
    assert seen == ["Finishing today's backup of a.sqlite\u2026"]
    assert log == [("backup done", "a.sqlite"), "quit"]  # stopped, then the quit went on
    assert seen_after_stop == ["Stopping the backup\u2026"]
    assert not todays_backup(a).exists()
    assert leftovers(a) == []  # no half-written copy
    assert titles_in(Path(a)) == ["Ours"]  # the library itself untouched
    assert QApplication.quitOnLastWindowClosed()
