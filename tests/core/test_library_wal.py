"""A library read from a read-only folder beside its -wal file but without
its -shm file (copied without it, or left so by a crash on a share): SQLite
can read it there only as an immutable file, which skips the -wal. The
changes the -wal holds must not silently go missing (invented article)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.importer import import_paths
from app.core.store import Library
from app.main import main
from tests.core.library_faults import read_only_folder, seeded_library_file

ARTICLE = (
    "Quillon Ledger\n\nThe ferry board met on Friday.\n\n"
    '"The ferry runs at a loss," said Dana Roe, the treasurer.\n'
)


def _copied_with_its_wal(tmp_path: Path, *, checkpointed: bool) -> Path:
    """A library of the five bundled articles and one more, copied with its
    -wal file (not its -shm) while still open: as a crash leaves it. With
    `checkpointed`, the sixth is in the main file as well."""
    lib = seeded_library_file(tmp_path / "live" / "lib.sqlite")
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    copy = tmp_path / "share" / "lib.sqlite"
    copy.parent.mkdir()
    with Library(lib) as library:
        assert [o.ok for o in import_paths(library, [article])] == [True]
        if checkpointed:
            library.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        wal = lib.with_name("lib.sqlite-wal")
        assert wal.stat().st_size > 0
        shutil.copy(lib, copy)
        shutil.copy(wal, copy.with_name(wal.name))
    return copy


def _sources(capsys, lib: Path) -> tuple[int, str, str]:
    code = main(["sources", "--library", str(lib)])
    out, err = capsys.readouterr()
    return code, out, err


def test_changes_only_the_wal_holds_are_not_silently_left_out(tmp_path, capsys):
    lib = _copied_with_its_wal(tmp_path, checkpointed=False)
    before = {p.name: p.read_bytes() for p in lib.parent.iterdir()}
    with read_only_folder(lib.parent):
        code, out, err = _sources(capsys, lib)
    # Listed as five sources, the sixth looked lost. Said instead, and how
    # to read it all: the two files copied together to a folder one can write.
    assert code == 1 and out == "" and "Traceback" not in err
    assert f"{lib}: its latest changes are in lib.sqlite-wal" in err
    assert "copy lib.sqlite and lib.sqlite-wal together" in err
    assert {p.name: p.read_bytes() for p in lib.parent.iterdir()} == before
    readable = tmp_path / "mine"
    readable.mkdir()
    for name in before:
        shutil.copy(lib.with_name(name), readable / name)
    code, out, _err = _sources(capsys, readable / "lib.sqlite")
    assert code == 0 and len(out.splitlines()) == 6


def test_a_wal_whose_changes_the_main_file_has_too_still_opens(tmp_path, capsys):
    lib = _copied_with_its_wal(tmp_path, checkpointed=True)
    with read_only_folder(lib.parent):
        code, out, err = _sources(capsys, lib)
    assert code == 0 and len(out.splitlines()) == 6
    assert "opened read-only" in err
