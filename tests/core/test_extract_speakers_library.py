"""Speakers across sources: a lone surname or acronym joins the one speaker
the library already knows by that name, and never an ambiguous one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.importer import import_file
from app.core.store import Library

FULL = (
    "The Lindvale City Council voted 12-0 on Tuesday to expand the program.\n\n"
    '"This is about keeping families together," said Councilman Tobin Vesk, '
    "who wrote the motion.\n"
)
SURNAME = (
    "The council took up the measure again a week later.\n\n"
    '"We will not back down on this," Vesk said.\n'
)


def _import(lib: Library, folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    outcome = import_file(lib, path)
    assert outcome.source_id is not None, outcome.reason


def _quote_speakers(db_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db_path) as db:
        return db.execute(
            "SELECT i.text, sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.kind = 'quote' ORDER BY i.id"
        ).fetchall()


def test_surname_in_second_article_joins_the_full_name(tmp_path: Path) -> None:
    db_path = tmp_path / "lib.sqlite"
    lib = Library(db_path)
    _import(lib, tmp_path, "full.txt", FULL)
    _import(lib, tmp_path, "surname.txt", SURNAME)
    lib.close()
    rows = _quote_speakers(db_path)
    assert rows == [
        ("This is about keeping families together,", "Tobin Vesk"),
        ("We will not back down on this,", "Tobin Vesk"),
    ]
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM speakers").fetchone() == (1,)
        aliases = db.execute("SELECT alias FROM speaker_aliases").fetchall()
    assert aliases == [("Vesk",)]


def test_shared_surname_is_not_merged(tmp_path: Path) -> None:
    db_path = tmp_path / "lib.sqlite"
    lib = Library(db_path)
    _import(lib, tmp_path, "full.txt", FULL)
    other = FULL.replace("Tobin Vesk", "Ann Vesk").replace("12-0", "11-1")
    _import(lib, tmp_path, "other.txt", other)
    _import(lib, tmp_path, "surname.txt", SURNAME)
    lib.close()
    speakers = [name for _text, name in _quote_speakers(db_path)]
    assert speakers == ["Tobin Vesk", "Ann Vesk", "Vesk"]
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM speaker_aliases").fetchone() == (0,)


def test_acronym_joins_the_one_organization_it_abbreviates(tmp_path: Path) -> None:
    db_path = tmp_path / "lib.sqlite"
    lib = Library(db_path)
    _import(
        lib,
        tmp_path,
        "org.txt",
        'The plan drew fire.\n\n"These numbers will stay on paper," the Home Builders '
        "Federation said in a statement.\n",
    )
    _import(
        lib,
        tmp_path,
        "acronym.txt",
        'Builders were wary.\n\n"We need skilled workers first," HBF said.\n',
    )
    lib.close()
    assert [name for _t, name in _quote_speakers(db_path)] == [
        "Home Builders Federation",
        "Home Builders Federation",
    ]
