"""A name the user joined to a speaker (Merge Speakers, Rename Speaker) is
marked as theirs (`speaker_aliases.by_hand`): the import's surname rule and
Check Speakers never take it apart, undo and redo carry the mark, and a
library file made before the mark upgrades with every join an import's
(invented articles; both backends)."""

from __future__ import annotations

from app.core import library_edits
from app.core.importer import open_library
from app.core.schema import SCHEMA_VERSION
from app.core.speaker_repair import check_speakers, repair_speakers
from tests.conftest import assert_rows_kept, import_texts, library_file_at, table_rows

ANA = 'Harbor news.\n\n"We will open the harbor in June," said Ana Ruiz, the harbor chief.\n'
IVO = 'Works news.\n\n"The bridge waits for the spring," said Ivo Ruiz, a works engineer.\n'
LONE = 'Ferry news.\n\n"The ferry will run again in May," Ruiz said.\n'
EVA = 'School news.\n\n"The school roof is mended," said Eva Ruiz, a teacher.\n'
LONE_QUOTE = "The ferry will run again in May,"


def _ids(library) -> dict[str, int]:
    return {s.name: s.id for s, _ in library.speakers()}


def _speaker_of(library, quote: str) -> str:
    return library.db.execute(
        "SELECT sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id WHERE i.text = ?",
        (quote,),
    ).fetchone()[0]


def _merged_by_hand(library, tmp_path) -> None:
    """ "Ruiz" stays apart (two full names of it), and the user merges it into
    "Ana Ruiz", knowing the lone surname there was hers."""
    import_texts(library, tmp_path, ANA, IVO, LONE)
    assert _speaker_of(library, LONE_QUOTE) == "Ruiz"
    ids = _ids(library)
    library_edits.merge_speakers(library, ids["Ana Ruiz"], ids["Ruiz"])


def test_a_merge_by_hand_is_marked_and_the_import_rule_leaves_it(any_library, tmp_path) -> None:
    _merged_by_hand(any_library, tmp_path)
    import_texts(any_library, tmp_path, EVA)  # a third full name of the surname
    assert _speaker_of(any_library, LONE_QUOTE) == "Ana Ruiz"
    assert any_library.hand_aliases(_ids(any_library)["Ana Ruiz"]) == {"Ruiz"}


def test_check_speakers_never_offers_to_take_a_hand_merge_apart(any_library, tmp_path) -> None:
    _merged_by_hand(any_library, tmp_path)
    assert not check_speakers(any_library).splits


def test_the_same_join_made_by_an_import_is_still_offered(any_library, tmp_path) -> None:
    import_texts(any_library, tmp_path, ANA, IVO, LONE)
    ids = _ids(any_library)
    with any_library.transaction() as db:  # as an import before the rule: no mark
        db.execute(
            "UPDATE items SET speaker_id = ? WHERE speaker_id = ?", (ids["Ana Ruiz"], ids["Ruiz"])
        )
        db.execute("DELETE FROM speakers WHERE id = ?", (ids["Ruiz"],))
        db.execute(
            "INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, 'Ruiz')", (ids["Ana Ruiz"],)
        )
    assert [s.alias for s in check_speakers(any_library).splits] == ["Ruiz"]


def test_undo_and_redo_carry_the_marks(any_library, tmp_path) -> None:
    import_texts(any_library, tmp_path, ANA, IVO, LONE)
    ids = _ids(any_library)
    library_edits.rename_speaker(any_library, ids["Ruiz"], "Pia Ruiz")
    assert any_library.hand_aliases(ids["Ruiz"]) == {"Ruiz"}
    edit = library_edits.merge_speakers(any_library, ids["Ana Ruiz"], ids["Ruiz"])
    assert any_library.hand_aliases(ids["Ana Ruiz"]) == {"Ruiz", "Pia Ruiz"}
    redo = edit.revert(any_library)
    assert any_library.hand_aliases(ids["Ana Ruiz"]) == set()
    assert any_library.hand_aliases(ids["Ruiz"]) == {"Ruiz"}  # the rename's, back with it
    redo.revert(any_library)
    assert any_library.hand_aliases(ids["Ana Ruiz"]) == {"Ruiz", "Pia Ruiz"}


def test_a_library_file_of_schema_12_upgrades_with_every_join_an_imports(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    raw = library_file_at(path, 12)
    raw.execute("INSERT INTO speakers (id, name, role) VALUES (1, 'Ana Ruiz', 'harbor chief')")
    raw.execute("INSERT INTO speakers (id, name, role) VALUES (2, 'Ivo Ruiz', '')")
    raw.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (1, 'Ruiz')")
    raw.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (2, 'Ivo K. Ruiz')")
    raw.commit()
    before = table_rows(raw.execute, ("speakers", "speaker_aliases"))
    raw.close()
    with open_library(path) as library:
        assert library.version == SCHEMA_VERSION
        assert library.upgraded_from == 12  # for the window's note (speaker_check_hint)
        after = table_rows(library.db.execute, ("speakers", "speaker_aliases"))
        assert_rows_kept(before, after)
        assert [row[2] for row in after["speaker_aliases"]] == [0, 0]
        library.rename_speaker(2, "Ivo Kai Ruiz")
        assert library.hand_aliases(2) == {"Ivo Ruiz"}


def test_check_speakers_joining_a_speaker_keeps_its_marks_and_undo_gives_them_back(
    any_library, tmp_path
) -> None:
    import_texts(any_library, tmp_path, ANA, LONE)
    with any_library.transaction() as db:  # the surname stored first stayed apart
        db.execute("INSERT INTO speakers (name, role) VALUES ('Ruiz', '')")
        db.execute("DELETE FROM speaker_aliases WHERE alias = 'Ruiz'")
        db.execute(
            "UPDATE items SET speaker_id = (SELECT id FROM speakers WHERE name = 'Ruiz')"
            " WHERE text = ?",
            (LONE_QUOTE,),
        )
    ids = _ids(any_library)
    any_library.rename_speaker(ids["Ruiz"], "Ruiz Harbor")
    any_library.rename_speaker(ids["Ruiz"], "Ruiz")  # each name the user's
    check = check_speakers(any_library)
    assert [(j.keep[1], j.merge[1]) for j in check.joins] == [("Ana Ruiz", "Ruiz")]
    edit = repair_speakers(any_library, check)
    assert any_library.hand_aliases(ids["Ana Ruiz"]) == {"Ruiz", "Ruiz Harbor"}
    edit.revert(any_library)
    assert any_library.hand_aliases(ids["Ana Ruiz"]) == set()
    assert any_library.hand_aliases(ids["Ruiz"]) == {"Ruiz", "Ruiz Harbor"}
