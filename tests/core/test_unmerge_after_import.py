"""Undoing a speaker merge after an import: a quote the import gave the kept
speaker under the merged speaker's name (through the alias the merge added)
goes back with the merged speaker, not left with the other person."""

from __future__ import annotations

from contextlib import closing

from app.core import library_edits as edits
from app.core.importer import import_file
from app.core.store import open_store

FIRST = (
    "Council notes.\n\n"
    '"The levy stays where it is," said Vesk Brask, the ward treasurer.\n\n'
    '"We build the bridge this year," said Velmar Tarn, who chairs the works board.\n'
)
LATER = (
    "Works update.\n\n"
    '"The ferry waits until spring," said Velmar Tarn on Monday.\n\n'
    '"Nothing is settled," said Vesk Brask.\n'
)


def _speakers(library):
    return dict(
        library.db.execute(
            "SELECT i.text, sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.kind = 'quote'"
        ).fetchall()
    )


def test_undoing_a_merge_gives_back_the_quotes_an_import_gave_under_its_name(
    tmp_path, library_location
):
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "later.txt").write_text(LATER, encoding="utf-8")
    with closing(open_store(library_location)) as library:
        import_file(library, tmp_path / "first.txt")
        ids = {s.name: s.id for s, _ in library.speakers()}
        merge = edits.merge_speakers(library, ids["Vesk Brask"], ids["Velmar Tarn"])
        import_file(library, tmp_path / "later.txt")
        said = _speakers(library)
        assert said["The ferry waits until spring,"] == "Vesk Brask"  # merged: one person
        redo = merge.revert(library)
        said = _speakers(library)
        assert said["The ferry waits until spring,"] == "Velmar Tarn"
        assert said["We build the bridge this year,"] == "Velmar Tarn"
        assert said["Nothing is settled,"] == "Vesk Brask"
        redo.revert(library)
        assert set(_speakers(library).values()) == {"Vesk Brask"}
