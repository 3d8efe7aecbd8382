"""Faulty libraries made for tests: damaged pages, read-only folders, a full disk."""

from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.core.importer import add_bundled_sources
from app.core.store import Library

PAGE = 4096


def seeded_library_file(path: Path) -> Path:
    """A library holding the five bundled articles, closed (all in the main file)."""
    with Library(path) as library:
        add_bundled_sources(library)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def damage_pages(path: Path) -> None:
    """Overwrite every third page after the first two with garbage: the file
    still opens, but reading most tables fails as SQLite's "malformed"."""
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // PAGE, 3):
        data[page * PAGE + 8 : page * PAGE + 400] = b"\xff" * 392
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
