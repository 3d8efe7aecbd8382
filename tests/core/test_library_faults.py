"""Damaged, read-only, full and newer libraries in the headless commands: one
line naming the library and the real cause, never a traceback, never the
imported file blamed, nothing saved lost."""

from __future__ import annotations

import hashlib

import pytest

from app.core.errors import LibraryDamagedError, LibraryWriteError
from app.core.importer import import_paths
from app.core.store import Library
from app.main import main
from tests.conftest import DATA, SEEDS
from tests.core.library_faults import (
    PAGE,
    damage_pages,
    newer_library_file,
    read_only_folder,
    root_pages,
    seeded_library_file,
)

SEED = DATA / "dev" / "dev_01.txt"  # not among the seeded library's sources


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_damaged_library_gives_one_line_in_every_command(tmp_path, capsys):
    lib = seeded_library_file(tmp_path / "lib.sqlite")
    damage_pages(lib)
    brief = SEEDS.parents[1] / "briefs" / "la-sanctuary-ordinance.brief.json"
    commands = [
        ("sources",),
        ("search", "council"),
        ("clusters",),
        ("conflicts",),
        ("import", SEED),
    ]
    for command in commands:
        code, out, err = run(capsys, *command, "--library", lib)
        assert code == 1, command
        assert "Traceback" not in err
        assert f"{lib}: the library file is damaged" in err, (command, err)
        assert str(SEED) not in out  # the imported file is not blamed
    # Export still works from the memo's own copy, and says what it could not use.
    code, out, err = run(capsys, "export", brief, "--out", tmp_path / "m.docx", "--library", lib)
    assert code == 0 and (tmp_path / "m.docx").exists()
    assert "Traceback" not in err
    assert (
        f"cited as the memo saved it, conflicts not checked: {lib}: the library file is damaged"
        in err
    )


def test_read_only_library_lists_and_refuses_imports_by_name(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    lib = seeded_library_file(folder / "lib.sqlite")
    before = hashlib.sha256(lib.read_bytes()).hexdigest()
    with read_only_folder(folder):
        code, out, err = run(capsys, "sources", "--library", lib)
        assert code == 0 and len(out.splitlines()) == 5
        assert f"note: {lib}: opened read-only" in err
        code, out, err = run(capsys, "import", SEED, "--library", lib)
        assert code == 1 and "Traceback" not in err
        assert f"{lib}: the library is open read-only" in err
        assert "could not read it" not in out + err
    assert hashlib.sha256(lib.read_bytes()).hexdigest() == before


def test_full_disk_names_the_library_not_the_file(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    (pages,) = library.db.execute("PRAGMA page_count").fetchone()
    library.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    outcomes = []
    with pytest.raises(
        LibraryWriteError, match="lib.sqlite: the library cannot be written, the disk is full"
    ):
        for outcome in import_paths(
            library, [SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]]
        ):
            outcomes.append(outcome)
    assert outcomes == []  # no "could not read it" against the article
    library.db.execute("PRAGMA max_page_count = 1073741823")
    assert library.count_sources() == 0
    library.close()


def test_newer_library_is_refused_by_every_command_untouched(tmp_path, capsys):
    lib = newer_library_file(tmp_path / "future.sqlite")
    before = lib.read_bytes()
    for command in (("sources",), ("import", SEED)):
        code, _out, err = run(capsys, *command, "--library", lib)
        assert code == 1 and "made by a newer Briefing Builder" in err
    assert lib.read_bytes() == before


def test_a_page_whose_cell_pointers_are_garbage_reads_as_damaged(tmp_path):
    """Garbage in a table page's cell pointers only (its header intact): read
    with SQLite's default checks, such a page gives made-up rows without an
    error; the library checks each page's cells as it reads it."""
    lib = seeded_library_file(tmp_path / "lib.sqlite")
    [root] = root_pages(lib, "speakers", indexes=False)
    data = bytearray(lib.read_bytes())
    at = (root - 1) * PAGE
    # Each cell pointer aims into the pointer array itself: unchecked, its bytes
    # read as a row with an empty record (the speakers' names gone, no error).
    data[at + 8 : at + 400] = b"\x00\x10" * 196
    lib.write_bytes(bytes(data))
    with Library(lib) as library:
        with pytest.raises(LibraryDamagedError, match="the library file is damaged"):
            library.speakers()


def test_a_library_a_newer_version_upgraded_while_open_here_is_not_written(tmp_path):
    """Another copy of the app, a newer version (a colleague's, or this one
    after an update), upgrades the library while this one has it open: this
    one's writes, made for the older schema, must not go into the newer one."""
    import sqlite3

    from app.core.errors import LibraryNewerError
    from app.core.store import SCHEMA_VERSION

    lib = seeded_library_file(tmp_path / "lib.sqlite")
    article = tmp_path / "ferry.txt"
    article.write_text(
        'Quillon Ledger\n\n"The ferry runs at a loss," said Dana Roe.\n', encoding="utf-8"
    )
    with Library(lib) as library:
        newer = sqlite3.connect(lib, isolation_level=None)
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        newer.close()
        with pytest.raises(LibraryNewerError, match="made by a newer Briefing Builder"):
            list(import_paths(library, [article]))
        assert library.count_sources() == 5  # nothing written


def test_reads_of_a_library_a_newer_version_upgraded_while_open_say_so(tmp_path):
    """The same upgrade seen by this one's reads (the window's lists): a table
    the newer schema renamed is no raw SQLite error but the newer-version
    message, and the file is left as the newer version made it."""
    import sqlite3

    from app.core.errors import LibraryNewerError
    from app.core.store import SCHEMA_VERSION

    lib = seeded_library_file(tmp_path / "lib.sqlite")
    with Library(lib) as library:
        newer = sqlite3.connect(lib, isolation_level=None)
        newer.execute("ALTER TABLE sources RENAME TO sources_kept")
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        newer.close()
        with pytest.raises(LibraryNewerError, match="made by a newer Briefing Builder"):
            library.sources()
        with pytest.raises(LibraryNewerError, match="made by a newer Briefing Builder"):
            library.count_sources()
        assert library.version == SCHEMA_VERSION + 1
