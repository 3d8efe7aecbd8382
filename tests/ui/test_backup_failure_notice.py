"""Today's backup that cannot be written is said in the window, once a
session for each library: a notice in the status bar naming the folder and
the problem, which stays until dismissed (in the next window too, after a
switch) and asks for no click first (no message box); the app goes on
working."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton

from app.ui import application
from tests.ui.test_backup_at_close import close_and_delete
from tests.ui.test_library_switch import start_on_two_libraries, switch_from_the_menu


def _notices(window) -> list[str]:
    return [
        label.text()
        for label in window.statusBar().findChildren(QLabel, "backupNoticeText")
        if label.isVisible()
    ]


def test_a_backup_that_cannot_be_written_is_said_once_without_a_dialog(
    qtbot, tmp_path, monkeypatch
):
    told: list[bool] = []  # whether each failed backup was said
    real_tell = application.tell_backup_failed
    monkeypatch.setattr(
        application, "tell_backup_failed", lambda *a: told.append(real_tell(*a)) or told[-1]
    )
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, *_: boxes.append(title))
    (tmp_path / "backups").write_text("not a folder")  # where both libraries' backups go
    a, b, _args = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    qtbot.waitUntil(lambda: bool(_notices(window)), timeout=10_000)
    folder = tmp_path / "backups"
    assert _notices(window) == [
        f"\u26a0 Today's backup of a.sqlite could not be written to {folder}:"
        " a file of that name is in the way of the folder. The library itself is unchanged."
    ]
    assert boxes == []  # nothing modal
    assert (tmp_path / "backups").read_text() == "not a folder"

    # The other library's failure is its own, said beside the first's (not
    # dismissed, it comes along); one dismissed is gone.
    window = switch_from_the_menu(qtbot, window, b)
    qtbot.waitUntil(lambda: len(_notices(window)) == 2, timeout=10_000)
    assert "Today's backup of a.sqlite" in _notices(window)[0]
    assert "Today's backup of b.sqlite" in _notices(window)[1]
    dismiss = window.statusBar().findChildren(QToolButton, "backupNoticeDismiss")[1]
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_notices(window)) == 1, timeout=10_000)

    window = switch_from_the_menu(qtbot, window, a)
    qtbot.waitUntil(lambda: len(told) == 3, timeout=10_000)  # a's backup failed again
    assert told == [True, True, False]  # not said anew: its notice, never dismissed, is back
    assert len(_notices(window)) == 1 and "Today's backup of a.sqlite" in _notices(window)[0]
    assert boxes == []
    close_and_delete(qtbot, window)


def test_an_unforeseen_backup_failure_is_said_and_a_stop_is_not(qtbot, tmp_path, monkeypatch):
    """A failure the backup has no words for is still said (else the user
    believes today's copy exists); a backup stopped by a quit is no failure."""
    from app.core import backup

    def fails(library_path, *_a, **_k):
        if Path(library_path).name == "a.sqlite":
            raise RuntimeError("the copy's connection went away")
        raise backup.BackupStoppedError(f"{library_path}: the backup was stopped")

    monkeypatch.setattr(backup, "make_daily_backup", fails)
    _a, b, _args = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    qtbot.waitUntil(lambda: bool(_notices(window)), timeout=10_000)
    assert _notices(window) == [
        "\u26a0 Today's backup of a.sqlite could not be made: the copy's connection went away."
        " The library itself is unchanged."
    ]
    window = switch_from_the_menu(qtbot, window, b)
    qtbot.waitUntil(lambda: not application._backups, timeout=10_000)
    qtbot.wait(50)  # the failure's callback has run
    assert len(_notices(window)) == 1  # a's, not dismissed; b's stop said nothing
    assert "Today's backup of a.sqlite" in _notices(window)[0]
    close_and_delete(qtbot, window)
