"""Today's backup that cannot be written (a full disk, a backups folder that
is a file or cannot be written) fails with a message naming the library, the
folder and the problem in plain words; it leaves nothing half-written, and
the backups already made stay. Never reported as a damaged library."""

from __future__ import annotations

import datetime
import errno
import os
import sqlite3

import pytest

from app.core import backup
from app.core.backup import BackupWriteError, backups, make_daily_backup
from tests.core.library_faults import seeded_library_file

DAY1, DAY2 = datetime.date(2026, 11, 1), datetime.date(2026, 11, 2)


def _fails_after_three_pages(exc: Exception):
    """An `on_step` that raises `exc` once three pages are copied: the copy
    is half-written on disk by then."""

    def step(copied: int, _total: int) -> None:
        if copied >= 3:
            raise exc

    return step


def _disk_full_sqlite() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
    return exc


@pytest.mark.parametrize(
    "exc",
    [OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), _disk_full_sqlite()],
    ids=["oserror", "sqlite"],
)
def test_a_full_disk_is_said_plainly_and_leaves_no_half_copy(tmp_path, monkeypatch, exc):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    good = make_daily_backup(path, DAY1)
    monkeypatch.setattr(backup, "_STEP_PAGES", 1)
    with pytest.raises(BackupWriteError) as raised:
        make_daily_backup(path, DAY2, on_step=_fails_after_three_pages(exc))
    folder = tmp_path / "backups"
    assert str(raised.value) == (
        f"Today's backup of lib.sqlite could not be written to {folder}: the disk is full."
    )
    assert backups(path) == [good]
    assert sorted(p.name for p in folder.iterdir()) == [good.name]  # no .partial, no lock
    with sqlite3.connect(good) as copy:  # the older backup is whole
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_a_backups_path_that_is_a_file_is_said_and_left_alone(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    (tmp_path / "backups").write_text("someone's notes")
    with pytest.raises(BackupWriteError) as raised:
        make_daily_backup(path, DAY1)
    assert str(raised.value) == (
        f"Today's backup of lib.sqlite could not be written to {tmp_path / 'backups'}:"
        " a file of that name is in the way of the folder."
    )
    assert (tmp_path / "backups").read_text() == "someone's notes"


def test_a_folder_that_refuses_writes_is_said(tmp_path, monkeypatch):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    (tmp_path / "backups").mkdir()
    refused = OSError(errno.EACCES, os.strerror(errno.EACCES))
    with pytest.raises(BackupWriteError, match=r"cannot be written to \(permission denied\)\.$"):
        make_daily_backup(path, DAY1, on_step=_fails_after_three_pages(refused))
    assert list((tmp_path / "backups").iterdir()) == []


def test_the_next_run_with_room_again_makes_the_backup(tmp_path, monkeypatch):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    with pytest.raises(BackupWriteError):
        make_daily_backup(path, DAY1, on_step=_fails_after_three_pages(full))
    made = make_daily_backup(path, DAY1)
    assert backups(path) == [made]
