"""Faulty libraries made for tests: damaged pages, read-only folders, a full disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.core.importer import add_bundled_sources
from app.core.store import SCHEMA_VERSION, Library

PAGE = 4096


def seeded_library_file(path: Path) -> Path:
    """A library holding the five bundled articles, closed (all in the main file)."""
    with Library(path) as library:
        add_bundled_sources(library)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def newer_library_file(path: Path) -> Path:
    """A library file as a newer version of the app would leave it (in the
    default rollback-journal mode, so a switch to WAL would show)."""
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY)")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    raw.commit()
    raw.close()
    return path


def root_pages(path: Path, prefix: str = "", *, indexes: bool = True) -> list[int]:
    """The first page of every table whose name starts with `prefix` (and of
    each of its indexes), the file first taken out of WAL mode: so bytes
    written into those pages are what SQLite reads, with no copy in a -wal file
    (or a wal-index left by a read-only connection, which may not remove it)
    standing in for them."""
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    mode = raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    assert mode == "delete", f"{path}: still open elsewhere ({mode})"
    column = "tbl_name" if indexes else "name"
    roots = [
        r[0]
        for r in raw.execute(
            f"SELECT rootpage FROM sqlite_master WHERE rootpage > 1 AND {column} LIKE ?",
            (prefix + "%",),
        )
    ]
    raw.close()
    return roots


def damage_pages(path: Path, prefix: str = "") -> None:
    """Overwrite the first page of every table (whose name starts with
    `prefix`) and of each of its indexes with garbage: the schema still reads,
    so the file opens, but reading those tables fails as SQLite's "malformed".
    (Indexes too: SQLite may read a table's columns through a covering index
    and never meet the table's own page.)"""
    roots = root_pages(path, prefix)
    data = bytearray(path.read_bytes())
    for page in roots:
        at = (page - 1) * PAGE
        data[at : at + PAGE] = b"\xff" * PAGE  # no valid page type: read as damaged at once
    path.write_bytes(bytes(data))


@contextmanager
def read_only_folder(folder: Path):
    """Make `folder` (and the files in it) read-only as a user meets it: by
    permissions for an ordinary user; as a read-only bind mount for root,
    whom permissions do not stop."""
    if os.geteuid() != 0:
        files = [p for p in folder.iterdir() if p.is_file()]
        for file in files:
            file.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
            for file in files:
                file.chmod(0o644)
        return
    if shutil.which("mount") is None:
        pytest.skip("running as root without mount: cannot make a read-only folder")
    done = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"running as root, and a read-only bind mount failed: {done.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def titles_read_by_another_program(path: Path) -> list[str]:
    """The sources' titles as a separate process reads them, closing its
    connection after (as a command does when it ends): a library's locks
    are per process, so only another one shows whether they hold."""
    code = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "print('\\n'.join(sorted(r[0] for r in db.execute('SELECT title FROM sources'))))\n"
        "db.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.split()
