"""The SQLite file under a library: opening it safely, and the one connection
every library call goes through.

Opening never changes a file it refuses: the schema version is read from the
file's header (then from SQLite) before the journal mode is touched.
Migrations run under an exclusive lock and re-read the version inside it, so
two processes creating or upgrading one library at once both end up with it.
A library that cannot be written (a read-only file, folder or mount) opens
read-only and says so.

SQLite errors about the file itself (damaged pages, read-only, full disk, I/O)
leave the connection as `LibraryError`s that name the library and the real
cause; errors in our own SQL pass through unchanged. A busy library (another
process writing) is waited for, with a notice to the owner, never an error.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NoReturn
from urllib.parse import quote

from app.core import file_head
from app.core.errors import (
    LibraryBusyError,
    LibraryDamagedError,
    LibraryEmptyError,
    LibraryError,
    LibraryNewerError,
    LibraryReadOnlyError,
    LibraryWriteError,
)
from app.core.schema import SCHEMA_VERSION
from app.core.wal_file import holds_changes, wal_path

HEADER_MAGIC = b"SQLite format 3\x00"
BUSY_STEP = 0.25  # seconds SQLite waits itself before we retry and tell the owner
BUSY_GIVE_UP = 600.0  # a writer that holds the library this long is stuck, not busy

# Primary SQLite result codes (sqlite3 exceptions carry the extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3,
    5,
    6,
    8,
    10,
    11,
    13,
    14,
    26,
)


def header_version(path: Path) -> tuple[file_head.Key | None, int | None]:
    """The schema version written in a library file's header, without opening
    it with SQLite (so nothing is created or changed): (the key of the
    descriptor `file_head.hold` keeps for it, the version); (None, None) for a
    missing file, (key, None) for an empty one. The caller releases the key.
    LibraryDamagedError when the file is not an SQLite database."""
    key = None
    try:
        key = file_head.hold(path)
        head = file_head.read(key, 100) if key is not None else b""
    except OSError as exc:
        file_head.release(key)
        if isinstance(exc, IsADirectoryError):
            raise LibraryError(f"{path}: is a folder, not a library file") from exc
        if isinstance(exc, PermissionError):
            raise LibraryError(
                f"{path}: cannot read the library: no permission to read the file or reach"
                f" its folder ({exc.strerror or exc})"
            ) from exc
        raise LibraryError(f"{path}: cannot read the library ({exc.strerror or exc})") from exc
    if not head:
        return key, None
    if not head.startswith(HEADER_MAGIC) or len(head) < 100:
        file_head.release(key)
        raise LibraryDamagedError(f"{path}: not a usable library file (no SQLite database header)")
    return key, int.from_bytes(head[60:64], "big")


def empty_file(path: Path) -> bool:
    """True when `path` is a file of 0 bytes that stays so for a moment: SQLite
    writes a new library's header as soon as it sets the journal mode (WAL),
    so a file another program is making a library of grows at once."""
    for wait in (0, 0.05, 0.1, 0.2):
        time.sleep(wait)
        try:
            info = path.stat()
        except OSError:
            return False
        if not stat.S_ISREG(info.st_mode) or info.st_size:
            return False
    return True


def holds_no_tables(path: Path, key: file_head.Key) -> bool:
    """True when `path` is an SQLite file whose schema is empty and that has
    no -wal file with anything in it beside it, for a moment (see
    `empty_file`: a program making a library there writes the header first,
    its tables a moment later). Read from the file's first page, unopened."""
    for wait in (0, 0.05, 0.1, 0.2):
        time.sleep(wait)
        try:
            head = file_head.read(key, 108)
            wal = wal_path(path).stat().st_size if wal_path(path).exists() else 0
        except OSError:
            return False
        # Page 1 holds the schema table after the 100-byte file header: a
        # table leaf (0x0D) with no cells is a schema naming nothing.
        if len(head) < 108 or head[100] != 0x0D or head[103:105] != b"\0\0" or wal:
            return False
    return True


def checked_header(path: Path, new_if_empty: bool) -> file_head.Key | None:
    """The key `file_head` keeps the file's descriptor under (None: no file
    yet), for its `Library` to release when it closes. Refuses, untouched and
    released, an empty or tableless file (LibraryEmptyError, unless a library
    is to be made in it) and a newer one (LibraryNewerError)."""
    key, version = header_version(path)
    try:
        if version is None and not new_if_empty and empty_file(path):
            raise LibraryEmptyError(path)
        if version == 0 and not new_if_empty and key is not None and holds_no_tables(path, key):
            raise LibraryEmptyError(path, no_tables=True)
        if version is not None and version > SCHEMA_VERSION:
            raise newer_error(path, version, SCHEMA_VERSION)
    except LibraryError:
        file_head.release(key)
        raise
    return key


def not_there(path: Path) -> bool:
    """True when nothing is at `path`; a file in a folder we may not search
    is there (opening it says why it cannot be read)."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def newer_error(path: Path, version: int, supported: int) -> LibraryNewerError:
    return LibraryNewerError(
        f"{path}: made by a newer Briefing Builder (schema {version}, this version reads"
        f" up to {supported}); the file was not changed"
    )


def translated(path: Path, exc: sqlite3.Error) -> LibraryError | None:
    """The library error an SQLite error stands for, or None when the error is
    about our SQL rather than the file (then the caller re-raises it as is)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return LibraryDamagedError(f"{path}: the library file is damaged ({text})")
    if primary == _READONLY:
        return LibraryReadOnlyError(
            f"{path}: the library cannot be written, it is read-only ({text})"
        )
    if primary == _FULL:
        return LibraryWriteError(
            f"{path}: the library cannot be written, the disk is full ({text})"
        )
    if primary == _IOERR:
        return LibraryWriteError(
            f"{path}: the disk reported an error reading or writing the library ({text})"
        )
    if primary in (_CANTOPEN, _PERM):
        # The file itself was read (its header): SQLite's own files beside it?
        beside = [
            p.name
            for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
            if p.exists() and not os.access(p, os.R_OK | os.W_OK)
        ]
        if beside:
            text += f"; no permission to read and write {' and '.join(beside)} beside it"
        return LibraryError(f"{path}: the library cannot be opened ({text})")
    if primary in (_BUSY, _LOCKED):
        return LibraryBusyError(f"{path}: another program kept the library locked ({text})")
    return None


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_BUSY, _LOCKED)


class Cursor:
    """An SQLite cursor whose file errors come out as library errors."""

    __slots__ = ("_cursor", "_conn")

    def __init__(self, cursor: sqlite3.Cursor, conn: Connection):
        self._cursor = cursor
        self._conn = conn

    def __iter__(self) -> Iterator:
        try:
            yield from self._cursor
        except sqlite3.Error as exc:
            self._conn.reraise(exc)

    def fetchone(self) -> tuple | None:
        try:
            return self._cursor.fetchone()
        except sqlite3.Error as exc:
            self._conn.reraise(exc)

    def fetchall(self) -> list:
        try:
            return self._cursor.fetchall()
        except sqlite3.Error as exc:
            self._conn.reraise(exc)

    def fetchmany(self, size: int = 1) -> list:
        try:
            return self._cursor.fetchmany(size)
        except sqlite3.Error as exc:
            self._conn.reraise(exc)

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self) -> tuple | None:
        return self._cursor.description


class Connection:
    """The library's connection: `execute` and `executemany` as sqlite3's,
    with busy waits retried (and reported through `on_busy`) and file errors
    raised as library errors naming the library."""

    def __init__(self, raw: sqlite3.Connection, path: Path):
        self.raw = raw
        self.path = path
        # How long a statement waits for another program's lock before giving up.
        self.give_up = BUSY_GIVE_UP
        # Called with True when a wait for another writer starts, False when it ends.
        self.on_busy: Callable[[bool], None] | None = None

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def reraise(self, exc: sqlite3.Error) -> NoReturn:
        """Raise `exc` as the library error it stands for (or as it is)."""
        error = translated(self.path, exc) or self._newer_schema()
        if error is None:
            raise exc
        raise error from exc

    def _newer_schema(self) -> LibraryNewerError | None:
        """The error to tell when our SQL failed because a newer version
        upgraded the file since it was opened here (a table or column renamed
        or gone): asked only once a statement has failed."""
        try:
            version = self.raw.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            return None
        return newer_error(self.path, version, SCHEMA_VERSION) if version > SCHEMA_VERSION else None

    def execute(self, sql: str, params: Iterable | dict = ()) -> Cursor:
        return self._run(self.raw.execute, sql, params)

    def executemany(self, sql: str, rows: Iterable) -> Cursor:
        return self._run(self.raw.executemany, sql, rows)

    def _run(self, call, sql: str, params) -> Cursor:
        waited, started = False, time.monotonic()
        try:
            while True:
                try:
                    return Cursor(call(sql, params), self)
                except sqlite3.Error as exc:
                    # A statement that starts a transaction (or runs outside one)
                    # can simply be tried again; inside one, the lock is ours.
                    retry = _is_busy(exc) and (
                        not self.raw.in_transaction or sql.lstrip().upper().startswith("BEGIN")
                    )
                    if not retry or time.monotonic() - started > self.give_up:
                        self.reraise(exc)
                    if not waited and self.on_busy is not None:
                        self.on_busy(True)
                    waited = True
        finally:
            if waited and self.on_busy is not None:
                self.on_busy(False)

    def close(self) -> None:
        self.raw.close()


def split_statements(script: str) -> list[str]:
    """The statements of an SQL script, triggers kept whole (so a migration can
    run statement by statement inside a transaction we started)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` now (device and inode); None when there is none.
    A file system that gives no inode numbers (0) is told by being there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info.st_ino else (0, 0)


def gone_error(path: Path) -> LibraryError:
    """A write refused because the library file the connection holds is no
    longer at `path` (deleted, its folder renamed or moved, its drive or
    network folder removed): SQLite would write on into a file nobody can
    reach again, and everything written from then on would be lost."""
    return LibraryError(
        f"{path}: the library file is no longer there (deleted, moved, or its folder,"
        " drive or network share is gone); nothing was written. Open it again where"
        " it is now (File > Open Library), or reconnect the drive and reopen it."
    )


def writable(path: Path) -> bool:
    """Whether the library file (or, for a new one, its folder) can be written;
    WAL mode also needs to create files beside it, so the folder counts too."""
    folder = path.parent if path.parent.exists() else None
    if folder is None:
        return True  # a new library in a new folder: the folder is made first
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def file_uri(path: Path, options: str) -> str:
    """An SQLite URI for the file at `path` with `options` ("mode=ro"). The
    path is percent-encoded: a "#", "?" or "%" in a folder's name would
    otherwise end the path there, and SQLite would open another file."""
    return "file:" + quote(str(path), safe="/:\\") + "?" + options


def connect(path: Path, *, readonly: bool) -> Connection:
    """An SQLite connection to the library file (no transaction control by
    Python: we issue BEGIN and COMMIT ourselves)."""
    if readonly:
        try:
            raw = sqlite3.connect(
                file_uri(path, "mode=ro"),
                uri=True,
                isolation_level=None,
                timeout=BUSY_STEP,
            )
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL library on a read-only mount has no -shm file and cannot make
            # one: SQLite reads it as an immutable file instead, without its -wal.
            if holds_changes(path):
                wal = wal_path(path).name
                raise LibraryError(
                    f"{path}: its latest changes are in {wal}, which cannot be read in a"
                    f" read-only folder without {path.name}-shm: copy {path.name} and {wal}"
                    " together into a folder you can write to, and open the copy (nothing"
                    " was changed here)"
                ) from None
            raw = sqlite3.connect(
                file_uri(path, "immutable=1"),
                uri=True,
                isolation_level=None,
                timeout=BUSY_STEP,
            )
    else:
        raw = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_STEP)
    return Connection(raw, path)
