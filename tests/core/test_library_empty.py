"""A library file of 0 bytes (one cut short by a full disk, a crash or a copy
that did not finish) is refused, named and said to be empty, and left as it
was: made a new library, it looked like "everything is gone" and the schema
written into it hid what happened. A new library is made there only when asked."""

from __future__ import annotations

import shutil
import threading

import pytest

from app import cli
from app.core.errors import LibraryEmptyError
from app.core.importer import open_library
from app.core.store import Library


def _empty(tmp_path):
    path = tmp_path / "libraries" / "Quillon library.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"")
    return path


def _untouched(path):
    assert path.stat().st_size == 0
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize(
    "command", [["sources"], ["search", "velmar"], ["facts"], ["import"]], ids=lambda c: c[0]
)
def test_each_command_refuses_an_empty_library_file(tmp_path, capsys, command):
    path = _empty(tmp_path)
    if command == ["import"]:
        (tmp_path / "ferry.txt").write_text("Velmar Tarn opened the pier.\n", encoding="utf-8")
        command = ["import", str(tmp_path / "ferry.txt")]
    assert cli.run([*command, "--library", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert err.startswith(f"error: {path}: the file is empty (0 bytes): no library is in it.")
    assert "restore it from a backup" in err and "delete the empty file first" in err
    _untouched(path)


def test_a_new_library_is_made_in_an_empty_file_only_when_asked(tmp_path):
    path = _empty(tmp_path)
    with pytest.raises(LibraryEmptyError):
        Library(path)
    with pytest.raises(LibraryEmptyError):
        Library(path, readonly=True)
    _untouched(path)
    with open_library(path, new_if_empty=True) as library:
        assert library.count_sources() == 0
    with Library(path) as library:  # a library now
        assert library.count_sources() == 0


def test_a_file_another_program_is_making_a_library_of_is_waited_for(tmp_path):
    """Two programs starting on one new library at once: the second finds the
    first's file at 0 bytes, before SQLite writes its header, and opens it."""
    made = tmp_path / "made.sqlite"
    Library(made).close()
    path = _empty(tmp_path)
    writer = threading.Timer(0.03, shutil.copyfile, (made, path))
    writer.start()
    with Library(path) as library:
        assert library.count_sources() == 0
    writer.join()


def _lost_its_wal(tmp_path):
    """A library whose whole contents were still in its -wal file (a first
    run killed before any checkpoint), copied without that file."""
    import sqlite3

    live = tmp_path / "live.sqlite"
    raw = sqlite3.connect(live, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    copy = tmp_path / "libraries" / "Quillon library.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(live, copy)  # the header SQLite wrote; the tables go to the -wal
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY)")
    raw.close()
    return copy


def test_a_library_file_copied_without_the_wal_holding_it_all_is_refused_untouched(
    tmp_path, capsys
):
    path = _lost_its_wal(tmp_path)
    before = path.read_bytes()
    assert cli.run(["sources", "--library", str(path)]) == 1
    out, err = capsys.readouterr()
    # Made a new, empty library, it looked like "everything is gone", and
    # the schema written into it spoilt what the -wal could still bring back.
    assert out == "" and "Traceback" not in err
    assert err.startswith(f"error: {path}: the file holds no library")
    assert "Quillon library.sqlite-wal" in err and "nothing was written to it" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    with open_library(path, new_if_empty=True) as library:  # when asked, a new one
        assert library.count_sources() == 0
