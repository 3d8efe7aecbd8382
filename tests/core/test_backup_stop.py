"""A backup stopped part-way (the app quitting) leaves no file behind, and
the backups already made stay; one left half-written by a killed run is
cleared before the next."""

from __future__ import annotations

import datetime
import sqlite3
import threading

import pytest

from app.core import backup
from app.core.backup import BackupStoppedError, backups, make_daily_backup
from tests.core.library_faults import seeded_library_file

DAY1, DAY2 = datetime.date(2026, 11, 1), datetime.date(2026, 11, 2)


def files_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_stop_during_the_copy_leaves_no_file_and_keeps_the_older_backups(tmp_path, monkeypatch):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    good = make_daily_backup(path, DAY1)
    monkeypatch.setattr(backup, "_STEP_PAGES", 1)
    steps: list[tuple[int, int]] = []
    with pytest.raises(BackupStoppedError, match="lib.sqlite: the backup was stopped"):
        make_daily_backup(
            path, DAY2, stop=lambda: len(steps) >= 3, on_step=lambda *s: steps.append(s)
        )
    assert [copied for copied, _total in steps] == [1, 2, 3]  # stopped on the third page
    assert steps[0][1] > 3  # of many
    assert backups(path) == [good]
    assert files_in(tmp_path / "backups") == [good.name]


def test_a_stop_while_the_copy_is_checked_leaves_no_file(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    copied = []
    # Asked once before the copy and after its one step: True only after that.
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(BackupStoppedError) as stopped:
        make_daily_backup(path, DAY1, stop=stop, on_step=lambda *s: copied.append(s))
    assert copied and copied[-1][0] == copied[-1][1]  # the copy was whole
    assert isinstance(stopped.value.__cause__, sqlite3.OperationalError)  # the check, interrupted
    assert files_in(tmp_path / "backups") == []


def test_a_copy_left_half_written_is_cleared_and_the_next_backup_is_whole(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "lib-2026-11-01.partial").write_bytes(b"SQLite format 3\x00" + b"\x07" * 300)
    (folder / "lib-2026-11-01.partial-journal").write_bytes(b"\x01" * 50)
    copy = make_daily_backup(path, DAY1)
    assert files_in(folder) == ["lib-2026-11-01.sqlite"]
    db = sqlite3.connect(copy)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
    finally:
        db.close()


def test_a_library_written_between_every_step_is_still_backed_up_whole(tmp_path, monkeypatch):
    # SQLite starts a stepped copy over whenever another connection writes:
    # a writer that never pauses must not keep today's backup (and the quit
    # waiting for it) from ever finishing.
    path = seeded_library_file(tmp_path / "lib.sqlite")
    monkeypatch.setattr(backup, "_STEP_PAGES", 2)
    writer = sqlite3.connect(path)
    first = writer.execute("SELECT min(id) FROM sources").fetchone()[0]
    steps: list[tuple[int, int]] = []

    def write_between_steps(copied: int, total: int) -> None:
        steps.append((copied, total))
        assert len(steps) < 200, f"the copy never finished: {steps[-4:]}"
        writer.execute(
            "UPDATE sources SET title = 'Vornel brief ' || ? WHERE id = ?", (len(steps), first)
        )
        writer.commit()

    try:
        copy = make_daily_backup(path, DAY1, on_step=write_between_steps)
    finally:
        writer.close()
    db = sqlite3.connect(copy)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
        # The copy holds every write committed before its last step (the one
        # after it came too late).
        title = db.execute("SELECT title FROM sources WHERE id = ?", (first,)).fetchone()[0]
        assert title == f"Vornel brief {len(steps) - 1}"
    finally:
        db.close()
    assert files_in(tmp_path / "backups") == [copy.name]


def test_two_runs_at_once_never_put_a_half_copy_in_place(tmp_path, monkeypatch):
    # Two apps opened on one library start today's backup together: the
    # second must not take the first's unfinished copy for a killed run's
    # (nor the first rename the second's unfinished copy into place).
    path = seeded_library_file(tmp_path / "lib.sqlite")
    monkeypatch.setattr(backup, "_STEP_PAGES", 2)
    second_started, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def second_run() -> None:
        def hold(copied: int, _total: int) -> None:
            second_started.set()
            release.wait(10)

        try:
            outcome["second"] = make_daily_backup(path, DAY1, stop=release.is_set, on_step=hold)
        except BackupStoppedError as exc:
            outcome["second"] = exc

    thread = threading.Thread(target=second_run)

    def first_step(copied: int, _total: int) -> None:
        if not thread.is_alive() and "second" not in outcome:
            thread.start()
            second_started.wait(0.5)  # at its first step, or already given up

    copy = make_daily_backup(path, DAY1, on_step=first_step)
    release.set()  # the second run stopped (its app quit)
    thread.join(10)
    assert copy is not None and files_in(tmp_path / "backups") == [copy.name]
    assert outcome["second"] is None  # left today's backup to the first
    db = sqlite3.connect(copy)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
    finally:
        db.close()


def test_copies_left_by_killed_runs_of_other_days_go_and_other_libraries_keep_theirs(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    folder = tmp_path / "backups"
    folder.mkdir()
    half = b"SQLite format 3\x00" + b"\x07" * 300
    for name in (
        "lib-2026-10-30.partial",  # this library's, killed two days before
        "lib-2026-10-30.partial-journal",
        "lib-extra-2026-10-31.partial",  # another library's (lib-extra.sqlite), running
        "libra-2026-11-01.partial",
    ):
        (folder / name).write_bytes(half)
    copy = make_daily_backup(path, DAY1)
    assert files_in(folder) == [
        "lib-2026-11-01.sqlite",
        "lib-extra-2026-10-31.partial",
        "libra-2026-11-01.partial",
    ]
    assert copy == folder / "lib-2026-11-01.sqlite"
