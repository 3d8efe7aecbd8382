"""A daily rolling copy of the library, and a salvaged copy of a damaged one.

`make_daily_backup` copies the library once a day (SQLite's backup API, a
few pages at a time, so writers are barely held up) into `backups/` beside
it, keeping the newest `KEEP`. A copy is checked before it counts: a damaged
library never pushes a good backup out.

`salvage` reads what can still be read from a damaged library into a new
file, table by table, row by row, for the user to open read-only.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import LibraryDamagedError, LibraryError
from app.core.store import Library
from app.core.store_db import file_uri

try:
    import fcntl
except ImportError:  # Windows: no advisory locks
    fcntl = None

KEEP = 7
_STEP_PAGES = 1024
_RESTARTS = 3  # stepped copies started over before one is made in one step
_DATED = re.compile(r"-(\d{4}-\d{2}-\d{2})\.sqlite$")

# In an order that keeps references pointing backwards (sources before items).
SALVAGED_TABLES = (
    "sources",
    "deleted_sources",
    "speakers",
    "speaker_aliases",
    "items",
    "tags",
    "derived_marks",
    "clusters",
    "cluster_members",
    "conflict_resolutions",
    "conflicts",
    "conflict_members",
)


# References a salvaged row can lose and still be worth keeping (a quote whose
# speaker row was lost stays, unattributed).
_LOSABLE_REFERENCES = {"items": ("speaker_id",), "sources": ("derived_from",)}


def backup_folder(library_path: Path) -> Path:
    return Path(library_path).parent / "backups"


def backups(library_path: Path) -> list[Path]:
    """The library's backups, newest first."""
    folder = backup_folder(library_path)
    stem = Path(library_path).stem
    found = [p for p in folder.glob(f"{stem}-*.sqlite") if _DATED.search(p.name)]
    return sorted(found, key=lambda p: _DATED.search(p.name).group(1), reverse=True)


def latest_backup(library_path: Path) -> tuple[Path, str] | None:
    """(path, date) of the newest backup, or None."""
    found = backups(library_path)
    return (found[0], _DATED.search(found[0].name).group(1)) if found else None


class _RestartedError(Exception):
    """The stepped copy was started over by other connections' writes too often."""


class BackupWriteError(Exception):
    """Today's backup could not be written (a full disk, a backups folder that
    cannot be written or is a file): said in words naming the library and the
    folder. Nothing half-written is left; the library and older backups stay."""


# SQLite's primary result codes for a copy it could not write (sqlite3.h).
_SQLITE_WRITE_CODES = {3: errno.EACCES, 8: errno.EROFS, 13: errno.ENOSPC, 14: errno.EACCES}


def _plain(code: int | None, fallback: str) -> str:
    """What went wrong writing a backup, in words a user can act on."""
    words = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "the folder cannot be written to (permission denied)",
        errno.EPERM: "the folder cannot be written to (permission denied)",
        errno.EROFS: "the disk can only be read",
        errno.EEXIST: "a file of that name is in the way of the folder",
        errno.ENOTDIR: "a file of that name is in the way of the folder",
    }
    return words.get(code, fallback)


class BackupStoppedError(Exception):
    """The backup was stopped before its copy was in place (the app is
    quitting): no new backup, nothing half-written left behind."""


def make_daily_backup(
    library_path: Path,
    today: datetime.date | None = None,
    *,
    stop: Callable[[], bool] | None = None,
    on_step: Callable[[int, int], None] | None = None,
) -> Path | None:
    """Copy the library unless today's copy exists; keep the newest KEEP.
    Returns the new copy (None: already made today). LibraryDamagedError when
    the copy does not check out (the library itself is damaged): the copy is
    thrown away and the older backups stay.

    The copy is read through a connection of its own (closing the app's
    connections does not disturb it), written beside the target and renamed
    into place only once checked: a backup is whole or absent. `stop` is
    asked between steps (and while the copy is checked); once it says True
    the copy is thrown away and BackupStoppedError raised. `on_step(copied,
    total)` hears the pages copied so far after each step. BackupWriteError
    when the copy cannot be written (a full disk, a backups folder that
    cannot be written or is a file): nothing half-written is left."""
    library_path = Path(library_path)
    day = (today or datetime.date.today()).isoformat()
    folder = backup_folder(library_path)
    target = folder / f"{library_path.stem}-{day}.sqlite"
    if target.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _one_run(folder / f".{library_path.stem}.lock") as alone:
            # Another run (another app on this library) is making it: its
            # unfinished copy is not a killed run's to throw away.
            if not alone or target.exists():
                return None
            return _make(library_path, target, stop, on_step)
    except OSError as exc:
        reason = _plain(exc.errno, exc.strerror or str(exc))
        raise BackupWriteError(_not_written(library_path, folder, reason)) from exc


def _not_written(library_path: Path, folder: Path, reason: str) -> str:
    return f"Today's backup of {library_path.name} could not be written to {folder}: {reason}."


@contextmanager
def _one_run(lock_path: Path) -> Iterator[bool]:
    """Held while one run makes a library's backup: True when this run has
    it, False when another holds it. The lock goes with the process that
    held it (a killed run leaves it free) and its file with the run. Where
    the system has no advisory locks (Windows), True."""
    if fcntl is None:
        yield True
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # Locked after the run before us removed the file: not the lock
            # the next run would see.
            held = os.path.samestat(os.fstat(fd), os.stat(lock_path))
        except OSError:
            held = False
        if not held:
            yield False
            return
        try:
            yield True
        finally:
            Path(lock_path).unlink(missing_ok=True)  # before the lock goes
    finally:
        os.close(fd)


def _make(
    library_path: Path,
    target: Path,
    stop: Callable[[], bool] | None,
    on_step: Callable[[int, int], None] | None,
) -> Path:
    partial = target.with_suffix(".partial")
    # Left by runs that were killed, today or another day (none of this
    # library's is running: this run holds its lock).
    mine = re.compile(re.escape(library_path.stem) + r"-\d{4}-\d{2}-\d{2}\.partial")
    for left in target.parent.glob("*.partial"):
        if mine.fullmatch(left.name):
            _remove_partial(left)
    # Again for today's: a journal may outlive its copy, and SQLite would
    # take a stale journal beside the new copy for its own.
    _remove_partial(partial)
    stopped = stop or (lambda: False)

    copied_before = [0, 0]  # pages copied at the last step; restarts seen

    def step(_status: int, remaining: int, total: int) -> None:
        copied = total - remaining
        if on_step is not None:
            on_step(copied, total)
        if stopped():
            raise _stopped(library_path)
        if 0 < remaining and copied <= copied_before[0]:
            # Another connection wrote: SQLite starts the copy over.
            copied_before[1] += 1
            if copied_before[1] >= _RESTARTS:
                raise _RestartedError
        copied_before[0] = copied

    try:
        if stopped():
            raise _stopped(library_path)
        source = sqlite3.connect(file_uri(library_path, "mode=ro"), uri=True)
        copy = sqlite3.connect(partial)
        try:
            try:
                source.backup(copy, pages=_STEP_PAGES, progress=step)
            except _RestartedError:
                # A library written to without pause (an import, another
                # program) would restart a copy made a few pages at a time
                # for ever: it is copied in one step instead, from one
                # snapshot (in WAL mode writers go on meanwhile).
                source.backup(copy, pages=-1, progress=step)
            # The check reads the whole copy: a stop interrupts it too.
            copy.set_progress_handler(lambda: 1 if stopped() else 0, 10_000)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
            source.close()
    except (BackupStoppedError, OSError):
        _remove_partial(partial)
        raise
    except sqlite3.DatabaseError as exc:
        _remove_partial(partial)
        code = _SQLITE_WRITE_CODES.get(getattr(exc, "sqlite_errorcode", 0) & 0xFF)
        if code is not None:  # the copy could not be written: not the library's fault
            raise OSError(code, str(exc)) from exc
        if stopped():  # the check was interrupted, not failed
            raise _stopped(library_path) from exc
        raise LibraryDamagedError(f"{library_path}: the library file is damaged ({exc})") from exc
    if verdict != "ok":
        _remove_partial(partial)
        raise LibraryDamagedError(f"{library_path}: the library file is damaged ({verdict})")
    try:
        os.replace(partial, target)
    except OSError:
        _remove_partial(partial)
        raise
    for old in backups(library_path)[KEEP:]:
        # The new copy is in place: an old one that will not go is no failure.
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)
    return target


def _stopped(library_path: Path) -> BackupStoppedError:
    return BackupStoppedError(f"{library_path}: the backup was stopped")


def _remove_partial(partial: Path) -> None:
    """The unfinished copy, and the journal files SQLite may have left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


@dataclass
class SalvageReport:
    """What a salvage could read: rows per table, and the tables it lost (part of)."""

    rows: dict[str, int] = field(default_factory=dict)
    damaged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        kept = (
            f"{self.rows.get('sources', 0)} sources, {self.rows.get('items', 0)} quotes and facts"
        )
        lost = f"; could not read all of: {', '.join(self.damaged)}" if self.damaged else ""
        return kept + lost


def salvage(library_path: Path, target: Path) -> SalvageReport:
    """Read every row that can still be read from a damaged library into a
    new library file at `target` (rows whose references were lost are left out)."""
    report = SalvageReport()
    try:
        source = sqlite3.connect(file_uri(library_path, "mode=ro"), uri=True)
    except sqlite3.Error as exc:
        raise LibraryError(f"{library_path}: cannot be read at all ({exc})") from exc
    with Library(target) as copy, copy.transaction() as db:
        for table in SALVAGED_TABLES:
            rows, columns = [], ()
            try:
                cursor = source.execute(f"SELECT * FROM {table}")
                columns = tuple(d[0] for d in cursor.description)
                for row in cursor:
                    rows.append(row)
            except sqlite3.DatabaseError:
                report.damaged.append(table)
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"
            losable = [columns.index(c) for c in _LOSABLE_REFERENCES.get(table, ()) if c in columns]
            kept = 0
            for row in rows:
                try:
                    db.execute(sql, row)
                except sqlite3.IntegrityError:
                    if not losable:
                        continue  # refers to a row that was lost
                    cut = tuple(None if i in losable else v for i, v in enumerate(row))
                    try:
                        db.execute(sql, cut)
                    except sqlite3.IntegrityError:
                        continue
                kept += 1
            report.rows[table] = kept
        _keep_id_mark(source, db)
    source.close()
    return report


def _keep_id_mark(source: sqlite3.Connection, db) -> None:
    """Raise the copy's id mark to the damaged file's, when it can be read:
    ids the damaged file gave out (items or speakers since deleted, or lost
    to the damage) are never given out again, and a memo may cite them."""
    try:
        cursor = source.execute("SELECT * FROM id_mark")
        row = cursor.fetchone()
    except sqlite3.DatabaseError:
        return  # older than schema 8, or damaged: the copied rows raised it
    if row is None:
        return
    # The speakers' mark came with schema 10; an older file's copied rows raised it.
    columns = [d[0] for d in cursor.description]
    for column in ("max_source_id", "max_item_id", "max_speaker_id"):
        if column in columns:
            db.execute(
                f"UPDATE id_mark SET {column} = max({column}, ?)", (row[columns.index(column)],)
            )
