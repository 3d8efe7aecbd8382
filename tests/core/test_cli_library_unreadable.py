"""A `--library` path that is there but cannot be used as a library: the
command says which it is (a folder, a file it may not read, a file in a
folder it may not search, a file that is not SQLite, SQLite's own files
beside it), not "cannot be opened (unable to open database file)" nor a
traceback, and exits 1."""

from __future__ import annotations

import errno
import pathlib
import sqlite3

import pytest

from app import cli
from app.core import file_head, store_db

READERS = [["sources"], ["search", "velmar"], ["facts"]]


def _said(command, library, capsys) -> str:
    assert cli.run([*command, "--library", str(library)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    return err


def _denied(monkeypatch, path, *, stat: bool = False) -> None:
    """`path` cannot be read (as when run by root, chmod would not stop it);
    with `stat`, its folder cannot be searched either."""
    real_open, real_stat = open, pathlib.Path.stat

    def refused(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(file_head, "open", refused, raising=False)  # the header's read
    if stat:

        def stat_refused(self, *args, **kwargs):
            if str(self) == str(path):
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_stat(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "stat", stat_refused)


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_each_kind_of_unusable_library_path_is_named(tmp_path, capsys, monkeypatch, command):
    folder = tmp_path / "Quillon library"
    folder.mkdir()
    assert f"error: {folder}: is a folder, not a library file\n" in _said(command, folder, capsys)

    text = tmp_path / "notes.sqlite"
    text.write_text("Brask kept notes here.\n", encoding="utf-8")
    assert f"error: {text}: not a usable library file (no SQLite database header)" in _said(
        command, text, capsys
    )

    private = tmp_path / "private.sqlite"
    private.write_bytes(b"")
    _denied(monkeypatch, private)
    assert (
        f"error: {private}: cannot read the library: no permission to read the file or"
        " reach its folder (Permission denied)" in _said(command, private, capsys)
    )

    hidden = tmp_path / "locked" / "lib.sqlite"
    _denied(monkeypatch, hidden, stat=True)
    err = _said(command, hidden, capsys)
    assert f"error: {hidden}: cannot read the library: no permission" in err
    assert "not found" not in err


def test_sqlites_own_files_beside_the_library_are_named(tmp_path, monkeypatch):
    library = tmp_path / "lib.sqlite"
    library.write_bytes(b"")
    for name in ("lib.sqlite-wal", "lib.sqlite-shm"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(store_db.os, "access", lambda path, mode: False)
    exc = sqlite3.OperationalError("unable to open database file")
    exc.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN
    assert str(store_db.translated(library, exc)) == (
        f"{library}: the library cannot be opened (unable to open database file; no"
        " permission to read and write lib.sqlite-wal and lib.sqlite-shm beside it)"
    )
