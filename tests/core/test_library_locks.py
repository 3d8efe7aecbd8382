"""A library opened twice in one process (the window's reader, its writer
thread, a worker's read-only copy) stays locked for other programs. POSIX
locks belong to the process and its file: closing any descriptor of the file
drops them all, SQLite's too. When opening a second Library closed one, a
command run meanwhile (`main.py conflicts`) found the file unlocked, took
itself for its last user and deleted the -wal and -shm the window was still
writing into: the window's next changes went to a deleted file that no other
program could see (invented article)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.core.library_faults import titles_read_by_another_program


def _add(library: Library, title: str) -> None:
    text = f'The ferry board met for the {title} time. "The ferry runs at a loss," said Dana Roe.'
    start = text.index("The ferry runs")
    items = [NewItem("quote", start, start + len("The ferry runs at a loss,"), speaker="Dana Roe")]
    library.add_source(text, SourceMeta(title=title), file_name=f"{title}.txt", items=items)


def test_a_second_library_of_the_file_leaves_the_first_locked(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as first:
        _add(first, "first")
        for readonly in (False, True):  # the writer's, then a worker's read-only one
            Library(path, readonly=readonly).close()
        assert titles_read_by_another_program(path) == ["first"]
        assert path.with_name("lib.sqlite-wal").exists(), "the other program deleted the -wal"
        _add(first, "second")
        assert titles_read_by_another_program(path) == ["first", "second"]
    with Library(path) as again:
        assert sorted(m.title for _, _, m, _ in again.sources()) == ["first", "second"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
def test_libraries_opened_and_closed_beside_one_keep_no_descriptor(tmp_path):
    """The list's searches each open a read-only library and close it: the
    descriptor kept for the file is the first library's, shared, not one more
    per search."""
    path = tmp_path / "lib.sqlite"
    with Library(path) as first:
        _add(first, "first")
        Library(path, readonly=True).close()
        before = len(os.listdir("/proc/self/fd"))
        for _ in range(20):
            Library(path, readonly=True).close()
        assert len(os.listdir("/proc/self/fd")) == before
