"""The library on both backends (a file, a team library): round trip, search with
filters, tags, speakers, atomic imports; the file's own settings and migrations."""

import sqlite3

import psycopg
import pytest

from app.core.importer import open_library
from app.core.model import NewItem, SourceMeta
from app.core.pg.address import is_team_location
from app.core.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    DuplicateSourceError,
    Library,
    LibraryError,
    SearchFilter,
)
from tests.conftest import library_file_at

TEXT = 'The council voted 13-0. "We are hardening our defenses," Councilman Bram Velloway said.'


def quote_span(text, words):
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def library(any_library):
    """A new library, once as a file and once as a team library."""
    return any_library


def add_example(library, text=TEXT, title="Council vote"):
    qs, qe = quote_span(text, "We are hardening our defenses,")
    items = [
        NewItem("quote", qs, qe, speaker="Bram Velloway", speaker_role="Councilman"),
        NewItem("fact", 0, text.index(".") + 1),
    ]
    meta = SourceMeta(title=title, outlet="Daily News", author="A. Writer", date="2024-11-19")
    return library.add_source(text, meta, file_name="vote.txt", items=items)


def test_file_settings(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    db = library.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert library.version == SCHEMA_VERSION


def test_round_trip_through_the_file(library_location):
    path = library_location
    with open_library(path) as lib:
        source_id = add_example(lib)
    with open_library(path) as lib:
        source = lib.source(source_id)
        assert source.text == TEXT
        assert source.meta.title == "Council vote"
        assert source.meta.outlet == "Daily News"
        assert source.file_name == "vote.txt"
        assert len(source.content_hash) == 64
        items = lib.items_of_source(source_id)
        assert [i.kind for i in items] == ["fact", "quote"]
        quote = items[1]
        assert quote.text == "We are hardening our defenses,"
        assert TEXT[quote.start : quote.end] == quote.text
        assert quote.speaker_name == "Bram Velloway"
        speaker, n = lib.speakers()[0]
        assert (speaker.name, speaker.role, n) == ("Bram Velloway", "Councilman", 1)
    # The database itself holds what we stored, not just the Python objects.
    if is_team_location(path):
        raw = psycopg.connect(str(path))
        raw.execute("SET search_path = briefing")
    else:
        raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM items").fetchone()[0] == 2
    assert raw.execute("SELECT title FROM sources").fetchone()[0] == "Council vote"
    raw.close()


def test_same_text_twice_is_refused_and_adds_nothing(library):
    add_example(library)
    with pytest.raises(DuplicateSourceError, match="already in the library"):
        add_example(library, text=TEXT.replace(".", ".", 1), title="Copy")
    assert library.count_sources() == 1


def test_migration_from_version_1_upgrades_in_place(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = sqlite3.connect(path)
    raw.executescript(MIGRATIONS[0])
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO sources (id, file_name, title, text, content_hash) "
        "VALUES (1, 'old.txt', 'Old source', 'Mayor Bass spoke today.', 'h1')"
    )
    raw.execute("INSERT INTO speakers (id, name) VALUES (1, 'Karla Brandvik')")
    raw.execute(
        'INSERT INTO items (source_id, kind, start, "end", text, speaker_id) '
        "VALUES (1, 'fact', 0, 23, 'Mayor Bass spoke today.', 1)"
    )
    raw.commit()
    raw.close()

    with Library(path) as lib:
        assert lib.version == SCHEMA_VERSION
        assert lib.source(1).meta.title == "Old source"
        assert lib.source(1).meta.accessed == ""
        # Old rows are searchable after the upgrade, by text, speaker and title.
        assert [i.id for i in lib.search(SearchFilter(query="spoke"))] == [1]
        assert [i.id for i in lib.search(SearchFilter(query="bass"))] == [1]
        assert [i.id for i in lib.search(SearchFilter(query="old source"))] == [1]


def test_newer_schema_is_refused_clearly(tmp_path):
    path = tmp_path / "future.sqlite"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    with pytest.raises(LibraryError, match="newer Briefing Builder"):
        Library(path)


def test_not_a_database_is_refused_clearly(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="junk.sqlite"):
        Library(path)


def test_search_with_filters(library):
    first = add_example(library)
    text = 'Harrowell said, "We are coming to Velmar." The vote was unanimous.'
    qs, qe = quote_span(text, "We are coming to Velmar.")
    second = library.add_source(
        text,
        SourceMeta(title="Harrowell speaks"),
        items=[NewItem("quote", qs, qe, "Tobin Harrowell")],
    )
    assert library.count(SearchFilter(query="hardening")) == 1
    assert library.count(SearchFilter(query="harden")) == 1  # prefix while typing
    assert library.count(SearchFilter(query="velloway")) == 1  # speaker name
    assert library.count(SearchFilter(query="harrowell speaks")) == 1  # source title
    assert library.count(SearchFilter(query="we are")) == 2
    assert library.count(SearchFilter(query="we are", source_id=second)) == 1
    assert library.count(SearchFilter(kind="fact")) == 1
    assert library.count(SearchFilter(kind="quote", source_id=first)) == 1
    harrowell = next(s.id for s, _ in library.speakers() if s.name == "Tobin Harrowell")
    found = library.search(SearchFilter(query="we", speaker_id=harrowell))
    assert [i.text for i in found] == ["We are coming to Velmar."]
    # Search syntax typed by a user is never an FTS error.
    for typed in ['"', "AND", "NOT(", "*", "a:b", "'); DROP TABLE items; --"]:
        library.count(SearchFilter(query=typed))
    assert library.count(SearchFilter()) == 3


def test_tags_filter(library):
    add_example(library)
    quote = library.search(SearchFilter(kind="quote"))[0]
    library.set_item_tags(quote.id, ["defense", " key ", ""])
    assert library.item_tags(quote.id) == ["defense", "key"]
    assert library.all_tags() == ["defense", "key"]
    assert [i.id for i in library.search(SearchFilter(tag="key"))] == [quote.id]


def test_failed_import_leaves_the_library_unchanged(library):
    add_example(library)
    before = library.db.execute("SELECT count(*) FROM sources").fetchone()[0]
    items_before = library.db.execute("SELECT count(*) FROM items").fetchone()[0]
    text = "A second article with a good span and a bad one."
    bad_items = [NewItem("fact", 0, 10, speaker="New Person"), NewItem("fact", 5, 10_000)]
    with pytest.raises(ValueError, match="outside the source text"):
        library.add_source(text, SourceMeta(title="Broken"), items=bad_items)
    assert library.db.execute("SELECT count(*) FROM sources").fetchone()[0] == before
    assert library.db.execute("SELECT count(*) FROM items").fetchone()[0] == items_before
    assert "New Person" not in [s.name for s, _ in library.speakers()]
    assert library.count(SearchFilter(query="second article")) == 0


def test_speaker_rename_and_merge(library):
    add_example(library)
    quote = library.search(SearchFilter(kind="quote"))[0]
    speaker_id = quote.speaker_id
    library.rename_speaker(speaker_id, "Robert Velloway")
    assert library.item(quote.id).speaker_name == "Robert Velloway"
    assert library.count(SearchFilter(query="robert")) == 1
    # A lone surname would join Robert Velloway by itself (see
    # test_extract_speakers_library.py); a variant with a space needs the merge.
    other = library.add_source(
        '"Yes," B. Velloway said.',
        SourceMeta(),
        items=[NewItem("quote", 1, 5, "B. Velloway")],
    )
    dup = next(s.id for s, _ in library.speakers() if s.name == "B. Velloway")
    library.merge_speakers(speaker_id, dup)
    names = {s.name: s for s, _ in library.speakers()}
    assert "B. Velloway" not in names
    assert "B. Velloway" in names["Robert Velloway"].aliases
    assert library.items_of_source(other)[0].speaker_name == "Robert Velloway"


def test_a_version_7_library_upgrades_and_marks_the_highest_ids_ever_given(tmp_path):
    """A file made at schema 7 keeps every row, and its id mark starts at the
    highest id it holds or a deleted source's tombstone remembers; ids above
    the mark are what the next import takes."""
    path = tmp_path / "old.sqlite"
    raw = library_file_at(path, 7)
    raw.execute(
        "INSERT INTO sources (id, title, text, content_hash) VALUES (3, 'Kept', 'Velm spoke.', 'h')"
    )
    raw.executemany(
        'INSERT INTO items (id, source_id, kind, start, "end", text) VALUES (?, 3, ?, 0, 11, ?)',
        [(4, "fact", "Velm spoke."), (6, "quote", "Velm spoke.")],
    )
    raw.execute("INSERT INTO tags (item_id, tag) VALUES (6, 'keep')")
    # Source 5 and its items up to 9 were deleted; item 12 was deleted alone.
    raw.execute("INSERT INTO deleted_sources (id, title, max_item_id) VALUES (5, 'Gone', 9)")
    raw.commit()
    before = {
        table: raw.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("sources", "items", "tags", "deleted_sources")
    }
    raw.close()

    with Library(path) as lib:
        assert lib.version == SCHEMA_VERSION
        for table, rows in before.items():
            after = lib.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            # Later versions add columns at the end (schema 9: sources.file_hash).
            assert [row[: len(rows[0])] for row in after] == rows
        assert [i.id for i in lib.search(SearchFilter(query="velm"))] == [4, 6]
        mark = lib.db.execute("SELECT max_source_id, max_item_id FROM id_mark").fetchall()
        assert mark == [(5, 9)]  # max(sources.id, tombstones), max(items.id, tombstones)
        text = "Orvane said the bridge opens in May."
        source_id = lib.add_source(text, SourceMeta(title="New"), items=[NewItem("fact", 0, 36)])
        assert source_id == 6
        assert [i.id for i in lib.items_of_source(source_id)] == [10]


def test_deleting_the_newest_item_or_source_never_frees_its_id(tmp_path):
    """The mark moves at every insert, whoever inserts, and never back."""
    with Library(tmp_path / "lib.sqlite") as lib:
        first = lib.add_source(TEXT, SourceMeta(title="A"), items=[NewItem("fact", 0, 23)])
        (item,) = [i.id for i in lib.items_of_source(first)]
        with lib.transaction() as db:
            db.execute("DELETE FROM items WHERE id = ?", (item,))
            db.execute("DELETE FROM sources WHERE id = ?", (first,))  # no tombstone
        second = lib.add_source(TEXT, SourceMeta(title="B"), items=[NewItem("fact", 0, 23)])
        assert second > first
        assert [i.id for i in lib.items_of_source(second)] == [item + 1]
