"""The same file imported again is the same source, even when this version's
reader gives it another text than the one stored (a reader made more
faithful since): recognised by the hash of the file's bytes, kept per source
(schema 9 of a library file, 3 of a team library)."""

from __future__ import annotations

import sys

import pytest

from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.schema import SCHEMA_VERSION
from app.core.store import Library, open_store
from tests.conftest import DATA, library_file_at

sys.path.insert(0, str(DATA / "ingest"))
from samples import article_paragraphs, make_docx  # noqa: E402


def _as_an_older_reader_stored_it(library, source_id):
    """The stored text (and its hash) as a reader of another version gave it."""
    with library.transaction() as db:
        db.execute(
            "UPDATE sources SET text = text || ' Velmar.', content_hash = 'older' WHERE id = ?",
            (source_id,),
        )


def test_the_same_file_again_is_one_source_though_its_text_was_read_otherwise(
    library_location, tmp_path
):
    article = make_docx(tmp_path / "vote.docx", article_paragraphs(0), title="Quillon vote")
    with open_store(library_location) as library:
        first = import_file(library, article)
        assert first.ok
        _as_an_older_reader_stored_it(library, first.source_id)
        again = import_file(library, article)
        # What a user is told of any duplicate.
        said = f"already in the library as source {first.source_id} (Quillon vote)"
        assert (again.ok, again.duplicate_of, again.reason) == (False, first.source_id, said)
        assert library.count_sources() == 1


def test_another_file_is_another_source(library_location, tmp_path):
    one = make_docx(tmp_path / "one.docx", article_paragraphs(0), title="Quillon vote")
    two = make_docx(tmp_path / "two.docx", article_paragraphs(1), title="Brask budget")
    with open_store(library_location) as library:
        first = import_file(library, one)
        _as_an_older_reader_stored_it(library, first.source_id)
        second = import_file(library, two)
        assert second.ok and second.source_id != first.source_id
        # A pasted text has no file: only its text identifies it.
        library.add_source("Vesk said the ferry runs again.", SourceMeta())
        assert library.count_sources() == 3


def test_a_version_8_library_file_opens_and_imports(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = library_file_at(path, 8)
    raw.execute(
        "INSERT INTO sources (id, title, text, content_hash) VALUES (1, 'Kept', 'Roe spoke.', 'h')"
    )
    raw.commit()
    raw.close()
    article = make_docx(tmp_path / "vote.docx", article_paragraphs(0), title="Quillon vote")
    with Library(path) as library:
        assert library.version == SCHEMA_VERSION
        assert library.source(1).text == "Roe spoke."
        first = import_file(library, article)
        assert first.ok
        _as_an_older_reader_stored_it(library, first.source_id)
        assert import_file(library, article).duplicate_of == first.source_id
        assert library.count_sources() == 2


def test_a_version_2_team_library_opens_and_imports(pg_database, tmp_path, monkeypatch):
    import psycopg

    from app.core.pg import schema
    from app.core.pg.library import PgLibrary
    from app.core.pg.roles import init_team

    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        patch.setattr(schema, "SCHEMA_VERSION", 2)
        init_team(pg_database)
    with psycopg.connect(pg_database) as conn:
        assert schema.stored_version(conn) == 2
        conn.execute(
            f"INSERT INTO {schema.SCHEMA}.sources (title, text, content_hash)"
            " VALUES ('Kept', 'Roe spoke.', 'h')"
        )
    article = make_docx(tmp_path / "vote.docx", article_paragraphs(0), title="Quillon vote")
    with PgLibrary(pg_database) as library:
        assert library.version == schema.SCHEMA_VERSION
        assert [meta.title for _, _, meta, _ in library.sources()] == ["Kept"]
        first = import_file(library, article)
        assert first.ok
        _as_an_older_reader_stored_it(library, first.source_id)
        assert import_file(library, article).duplicate_of == first.source_id
        assert library.count_sources() == 2


@pytest.mark.parametrize("stored", ["", "0" * 64])
def test_an_unknown_file_hash_finds_nothing(tmp_path, stored):
    with Library(tmp_path / "lib.sqlite") as library:
        library.add_source("Brask said the dam holds.", SourceMeta(), file_hash=stored)
        assert library.find_source_by_hash("other", "1" * 64) is None


def test_undoing_a_deletion_after_the_same_file_came_back_is_refused(tmp_path):
    from app.core import library_edits as edits
    from app.core.store import LibraryError

    article = make_docx(tmp_path / "vote.docx", article_paragraphs(0), title="Quillon vote")
    with Library(tmp_path / "lib.sqlite") as library:
        first = import_file(library, article).source_id
        _as_an_older_reader_stored_it(library, first)
        delete = edits.delete_source(library, first)
        again = import_file(library, article).source_id
        with pytest.raises(LibraryError, match=rf"imported again.*source {again}"):
            delete.revert(library)
        assert library.count_sources() == 1
