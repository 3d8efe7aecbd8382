"""Check Speakers: a library built before the current join rules gets them
(wrong joins taken apart, one person's entries joined), as one undoable edit
that keeps what the user decided. The library is made in the old shape from
invented articles: imported, then joined and split as the old rules did (on
both backends)."""

from __future__ import annotations

import pytest

from app.core import library_edits as edits
from app.core.importer import import_file
from app.core.speaker_repair import check_speakers, repair_speakers

ARTICLES = [
    'Depot news.\n\n"We need more buses on the hill route," said the union\'s chief aide.\n',
    'Depot notes.\n\n"The depot stays open at night," the aide said.\n',
    'Toll news.\n\n"The tolls go up," said Ana K. Ruiz, the port chief.\n',
    'Toll notes.\n\n"We wait for the board," said Ana Ruiz, the port chief.\n',
    'Ferry news.\n\n"The ferry is late again," Quell said.\n',
    'Ferry notes.\n\n"The ferry runs at noon," said Dara Quell, a ferry pilot.\n',
    'Crane news.\n\n"The cranes stay where they are," Brask said.\n',
    'Crane notes.\n\n"The cranes are old," said Ivo Brask, a crane driver.\n',
    'Crane sales.\n\n"The cranes are cheap," said Lena Brask, a crane seller.\n',
    'Tram news.\n\n"The tram is slow on the bridge," Tolk said.\n',
    'Tram notes.\n\n"The tram needs new rails," said Amos Tolk, a rail fitter.\n',
]


def _speaker(lib, name: str) -> int:
    return next(sp.id for sp, _ in lib.speakers() if sp.name == name)


def _split_off(lib, name: str, quote: str) -> None:
    """The old shape of a split: `name` an entry of its own holding `quote`."""
    with lib.transaction() as db:
        (holder,) = db.execute("SELECT speaker_id FROM items WHERE text = ?", (quote,)).fetchone()
        db.execute("INSERT INTO speakers (name, role) VALUES (?, '')", (name,))
        (new,) = db.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()
        db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?", (holder, name))
        db.execute("UPDATE items SET speaker_id = ? WHERE text = ?", (new, quote))


@pytest.fixture
def old_library(any_library, tmp_path):
    """A library as the rules before 2026-11-30 made it, with a rename the
    user made ("Tolk" to "Hanne Tolk")."""
    lib = any_library
    for number, text in enumerate(ARTICLES):
        path = tmp_path / f"article{number}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(lib, path)
    # Old joins: a lower-case word to a description ending in it, and a lone
    # surname kept with the first full name when a second came.
    lib.merge_speakers(_speaker(lib, "union's chief aide"), _speaker(lib, "aide"))
    lib.merge_speakers(_speaker(lib, "Ivo Brask"), _speaker(lib, "Brask"))
    with lib.transaction() as db:  # an import's join, not the user's merge
        db.execute("UPDATE speaker_aliases SET by_hand = 0")
    # Old splits: with and without a middle initial, a surname stored first.
    _split_off(lib, "Ana Ruiz", "We wait for the board,")
    _split_off(lib, "Quell", "The ferry is late again,")
    _split_off(lib, "Tolk", "The tram is slow on the bridge,")
    lib.rename_speaker(_speaker(lib, "Tolk"), "Hanne Tolk")
    return lib


def _state(lib) -> tuple:
    said = dict(
        lib.db.execute(
            "SELECT i.text, sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.kind = 'quote'"
        ).fetchall()
    )
    return said, {(sp.id, sp.name, sp.role, tuple(sp.aliases)) for sp, _ in lib.speakers()}


def test_the_old_library_holds_wrong_joins_and_splits(old_library) -> None:
    said, _ = _state(old_library)
    assert said["The depot stays open at night,"] == "union's chief aide"
    assert said["The cranes stay where they are,"] == "Ivo Brask"
    assert said["We wait for the board,"] == "Ana Ruiz"
    assert said["The ferry is late again,"] == "Quell"


def test_check_speakers_applies_the_current_rules_and_undo_takes_them_back(
    old_library,
) -> None:
    lib = old_library
    before = _state(lib)
    check = check_speakers(lib)
    assert sorted(check.lines()) == [
        "“Ana Ruiz” (1 quote) joins “Ana K. Ruiz”: the same person",
        "“Brask” (1 quote) is taken out of “Ivo Brask”: another person",
        "“Quell” (1 quote) joins “Dara Quell”: the same person",
        "“aide” (1 quote) is taken out of “union's chief aide”: another person",
    ]
    edit = repair_speakers(lib, check)
    said, speakers = _state(lib)
    assert said["The depot stays open at night,"] == "aide"
    assert said["We need more buses on the hill route,"] == "union's chief aide"
    assert said["The cranes stay where they are,"] == "Brask"
    assert said["The cranes are old,"] == "Ivo Brask"
    assert said["We wait for the board,"] == said["The tolls go up,"] == "Ana K. Ruiz"
    assert said["The ferry is late again,"] == said["The ferry runs at noon,"] == "Dara Quell"
    # The user's rename stays: every quote of Hanne Tolk came under "Tolk".
    assert said["The tram is slow on the bridge,"] == "Hanne Tolk"
    aliases = {name: set(alias) for _, name, _, alias in speakers}
    assert "Brask" not in aliases["Ivo Brask"] and "aide" not in aliases["union's chief aide"]
    assert not check_speakers(lib)  # nothing left to do
    redo = edit.revert(lib)
    assert _state(lib) == before
    redo.revert(lib)
    assert _state(lib)[0] == said


def test_a_quote_the_user_gave_a_speaker_stays_with_it(old_library) -> None:
    lib = old_library
    (item_id,) = lib.db.execute(
        "SELECT id FROM items WHERE text = ?", ("The depot stays open at night,",)
    ).fetchone()
    lib.set_item_speaker(item_id, "union's chief aide")
    repair_speakers(lib, check_speakers(lib))
    assert _state(lib)[0]["The depot stays open at night,"] == "union's chief aide"


def test_a_speaker_renamed_between_the_check_and_the_repair_is_left(old_library) -> None:
    lib = old_library
    check = check_speakers(lib)
    edits.rename_speaker(lib, _speaker(lib, "Quell"), "Tam Quell")  # another window, meanwhile
    edit = repair_speakers(lib, check)
    said = _state(lib)[0]
    assert said["The ferry is late again,"] == "Tam Quell"
    assert said["We wait for the board,"] == "Ana K. Ruiz"
    assert edit.note == "1 change left: changed meanwhile"
