"""A failed backup stays said until the user has seen it: its notice in the
status bar outlives the lines passing by (the list's count took the place of
a damaged library's failure), comes along to the window of a switch, and
goes at a click on Dismiss or when the next backup of that library is made.
Invented names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton

from app.core import backup
from app.core.errors import LibraryDamagedError
from app.ui import application
from tests.ui.test_backup_at_close import close_and_delete
from tests.ui.test_library_switch import start_on_two_libraries, switch_from_the_menu


def _notices(window) -> list[str]:
    labels = window.statusBar().findChildren(QLabel, "backupNoticeText")
    return [label.text() for label in labels if label.isVisible()]


def test_a_damaged_librarys_failure_stays_until_dismissed(qtbot, tmp_path, monkeypatch):
    def damaged(path, *_a, **_k):
        raise LibraryDamagedError(f"{Path(path).name}: the file is damaged")

    monkeypatch.setattr(backup, "make_daily_backup", damaged)
    start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    qtbot.waitUntil(lambda: bool(_notices(window)), timeout=10_000)
    window.show_status("2 quotes shown")  # lines passing by: a count, a save
    window.library_panel.statusChanged.emit("3 quotes shown")
    qtbot.wait(50)
    assert _notices(window) == [
        "\u26a0 Today's backup of a.sqlite failed: a.sqlite: the file is damaged."
        " The library itself is unchanged."
    ]
    dismiss = window.statusBar().findChild(QToolButton, "backupNoticeDismiss")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _notices(window), timeout=10_000)
    close_and_delete(qtbot, window)


def test_a_failure_comes_along_a_switch_and_goes_with_the_next_good_backup(
    qtbot, tmp_path, monkeypatch
):
    runs: list[str] = []

    def fails_once(path, *_a, **_k):
        runs.append(Path(path).name)
        if runs == ["a.sqlite"]:
            raise backup.BackupWriteError("Today's backup of a.sqlite could not be written.")
        return None  # made (or made already today)

    monkeypatch.setattr(backup, "make_daily_backup", fails_once)
    a, b, _args = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    qtbot.waitUntil(lambda: bool(_notices(window)), timeout=10_000)

    window = switch_from_the_menu(qtbot, window, b)  # b's backup is made: a's failure stays
    qtbot.waitUntil(lambda: runs == ["a.sqlite", "b.sqlite"], timeout=10_000)
    qtbot.waitUntil(lambda: not application._backups, timeout=10_000)
    assert len(_notices(window)) == 1 and "a.sqlite could not be written" in _notices(window)[0]

    window = switch_from_the_menu(qtbot, window, a)  # a's backup is made now
    qtbot.waitUntil(lambda: len(runs) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: not _notices(window), timeout=10_000)
    close_and_delete(qtbot, window)
