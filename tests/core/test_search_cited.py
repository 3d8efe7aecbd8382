"""Search finds what the list shows: a fact's cited form, with the words the
app put in brackets, and an untitled source's file name, on both kinds of
library; after a new date the new bracket is found and the old one is not,
and after its undo the reverse. A library file made before the cited form
was indexed opens with every row kept and its search finding cited words."""

from __future__ import annotations

import dataclasses

import pytest

from app.core import library_edits as edits
from app.core.importer import import_file
from app.core.schema import SCHEMA_VERSION
from app.core.store import Library, SearchFilter
from tests.conftest import assert_rows_kept, library_file_at, table_rows

ARTICLE = (
    "The Quillon port board approved a new dock on Monday.\n\n"
    "The Quillon port board has 40 employees.\n"
)
DOCK = "The Quillon port board approved"
STAFF = "The Quillon port board has"
FILE_NAME = "brask-harbour-ledger.txt"  # "harbour" and "ledger" are in no item's words


def found(library, query: str, kind: str | None = "fact") -> set[str]:
    """The words of the items a search finds, each cut to its first five;
    the count the list shows says as many."""
    flt = SearchFilter(query=query, kind=kind)
    items = library.search(flt)
    assert library.count(flt) == len(items)
    assert library.count(flt, cap=1) == min(1, len(items))
    return {" ".join(i.text.split()[:5]) for i in items}


@pytest.fixture
def source(any_library, tmp_path) -> int:
    path = tmp_path / FILE_NAME
    path.write_text(ARTICLE, encoding="utf-8")
    outcome = import_file(any_library, path)
    assert outcome.ok, outcome.line()
    assert any_library.source(outcome.source_id).meta.title == ""
    return outcome.source_id


def _dated(library, source_id: int, date: str) -> edits.Edit:
    meta = dataclasses.replace(library.source(source_id).meta, date=date)
    return edits.update_source_meta(library, source_id, meta)


def test_a_bracketed_word_and_a_phrase_of_the_cited_form_are_found(any_library, source):
    _dated(any_library, source, "2024-11-04")
    cited = {i.text.split()[4]: i.cited for i in any_library.items_of_source(source, "fact")}
    assert cited["has"].endswith("employees [as of November 4, 2024].")

    assert found(any_library, "November") == {DOCK, STAFF}  # only in brackets
    assert found(any_library, '"40 employees as of November 4"') == {STAFF}
    assert found(any_library, "employees 2024") == {STAFF}
    assert found(any_library, "November -employees") == {DOCK}
    assert found(any_library, "-November") == set()
    assert found(any_library, "Quillon", kind=None) == {DOCK, STAFF}  # each item once


def test_after_a_new_date_the_new_bracket_is_found_and_after_undo_the_old(any_library, source):
    _dated(any_library, source, "2024-11-04")
    edit = _dated(any_library, source, "2024-11-08")
    assert found(any_library, '"as of November 8"') == {STAFF}
    assert found(any_library, '"as of November 4"') == set()

    redo = edit.revert(any_library)
    assert found(any_library, '"as of November 4"') == {STAFF}
    assert found(any_library, '"as of November 8"') == set()

    redo.revert(any_library)
    assert found(any_library, '"as of November 8"') == {STAFF}
    assert found(any_library, '"as of November 4"') == set()


def test_an_untitled_source_is_found_by_its_file_name_until_titled(any_library, source):
    assert found(any_library, "harbour ledger") == {DOCK}
    assert found(any_library, '"brask harbour ledger txt"', kind=None) == found(
        any_library, "Quillon", kind=None
    )

    meta = dataclasses.replace(any_library.source(source).meta, title="Velmar dock survey")
    edits.update_source_meta(any_library, source, meta)
    assert found(any_library, "harbour") == set()
    assert found(any_library, "Velmar survey") == {DOCK}

    edits.update_source_meta(any_library, source, dataclasses.replace(meta, title=""))
    assert found(any_library, "harbour") == {DOCK}
    assert found(any_library, "Velmar") == set()


def fill_old_library(execute, mark: str = "?", schema: str = "") -> None:
    """Two sources as an older version wrote them: an untitled one (4) whose
    fact (9, tagged, cited by a memo) has a cited form with a bracket, and a
    titled one (5) whose fact (10) is cited as it stands."""
    start = ARTICLE.index(STAFF)
    text = ARTICLE[start:-1]
    execute(
        f"INSERT INTO {schema}sources (id, file_name, title, text, content_hash)"
        f" VALUES (4, {mark}, '', {mark}, 'h'), (5, 'roe.txt', 'Roe memo', {mark}, 'h2')",
        (FILE_NAME, ARTICLE, ARTICLE),
    )
    execute(
        f'INSERT INTO {schema}items (id, source_id, kind, start, "end", text, cited, in_memo)'
        f" VALUES (9, 4, 'fact', {mark}, {mark}, {mark}, {mark}, 1),"
        f" (10, 5, 'fact', {mark}, {mark}, {mark}, NULL, 0)",
        (start, start + len(text), text, text[:-1] + " [as of May 2, 2024].")
        + (start, start + len(text), text),
    )
    execute(f"INSERT INTO {schema}tags (item_id, tag) VALUES (9, 'staff')")


def test_a_schema_11_library_keeps_every_row_and_finds_cited_words(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = library_file_at(path, 11)
    fill_old_library(raw.execute)
    raw.commit()
    tables = [  # every table but the search index's own
        name
        for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'items_fts%'"
        )
    ]
    before = table_rows(raw.execute, tables)
    assert before["items"] and before["tags"] and before["id_mark"]
    old_index = raw.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'may'")
    assert old_index.fetchone()[0] == 0  # the words in brackets were not indexed
    raw.close()

    with Library(path) as library:
        assert library.version == SCHEMA_VERSION
        assert_rows_kept(before, table_rows(library.db.execute, tables))
        assert [i.id for i in library.search(SearchFilter(query='"as of May 2"'))] == [9]
        assert [i.id for i in library.search(SearchFilter(query="harbour"))] == [9]
        assert [i.id for i in library.search(SearchFilter(query="Roe memo"))] == [10]
        assert [i.id for i in library.search(SearchFilter(query="employees"))] == [9, 10]
        _dated(library, 4, "2024-11-08")  # the triggers made anew follow the cited form
        assert [i.id for i in library.search(SearchFilter(query='"as of May 2"'))] == []
        assert [i.id for i in library.search(SearchFilter(query='"November 8"'))] == [9]
