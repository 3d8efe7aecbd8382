"""`main.py check-speakers`: what Check Speakers would change in a library
built before the current join rules, one line each; --apply makes it."""

from __future__ import annotations

import sqlite3

from app import cli
from app.core.importer import import_file
from app.core.store import Library
from tests.core.older_schemas import file_before_grouping_inputs

ARTICLES = [
    'Ferry news.\n\n"The ferry is late again," Quell said.\n',
    'Ferry notes.\n\n"The ferry runs at noon," said Dara Quell, a ferry pilot.\n',
]


def _library_before_the_rules(path) -> None:
    with Library(path) as library:
        for number, text in enumerate(ARTICLES):
            (path.parent / f"a{number}.txt").write_text(text, encoding="utf-8")
            import_file(library, path.parent / f"a{number}.txt")
        # As the rules before joined them: the surname stored first stayed apart.
        with library.transaction() as db:
            db.execute("INSERT INTO speakers (name, role) VALUES ('Quell', '')")
            db.execute("DELETE FROM speaker_aliases WHERE alias = 'Quell'")
            db.execute(
                "UPDATE items SET speaker_id = (SELECT id FROM speakers WHERE name = 'Quell')"
                " WHERE text = 'The ferry is late again,'"
            )


def test_check_speakers_lists_then_applies(tmp_path, capsys) -> None:
    path = tmp_path / "lib.sqlite"
    _library_before_the_rules(path)
    assert cli.run(["check-speakers", "--library", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert out == "\u201cQuell\u201d (1 quote) joins \u201cDara Quell\u201d: the same person\n"
    assert cli.run(["check-speakers", "--apply", "--library", str(path)]) == 0
    capsys.readouterr()
    assert cli.run(["check-speakers", "--library", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == "nothing to change\n"
    with Library(path) as library:
        assert [(sp.name, n) for sp, n in library.speakers()] == [("Dara Quell", 2)]


def test_a_command_that_upgrades_the_library_points_to_check_speakers_once(
    tmp_path, capsys
) -> None:
    path = tmp_path / "lib.sqlite"
    _library_before_the_rules(path)
    raw = sqlite3.connect(path)  # as schema 12 left it: no mark of hand joins
    raw.execute("ALTER TABLE speaker_aliases DROP COLUMN by_hand")
    file_before_grouping_inputs(raw)
    raw.execute("PRAGMA user_version = 12")
    raw.commit()
    raw.close()
    assert cli.run(["sources", "--library", str(path)]) == 0
    _, err = capsys.readouterr()
    assert err == (
        f"note: {path}: upgraded; today's rules would make 1 change to its speakers:"
        f" see them with `main.py check-speakers --library {path}`\n"
    )
    assert cli.run(["sources", "--library", str(path)]) == 0
    assert capsys.readouterr().err == ""
