"""A fact a memo cites is marked so in the library (`items.in_memo`), and a
new date that no longer offers it keeps it, whichever memo cites it (open
or not) and whichever path brings the date: Source Properties, a CSL-JSON
import (here), Sync (tests/pg/test_sync_memo_mark.py). The mark is set only
for a block whose words the library's source has at the block's span,
never by id alone, and a library file of schema 10 keeps every row."""

from __future__ import annotations

import json

import pytest

from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.brief_sources import mark_cited
from app.core.export import changed_citations
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.store import SCHEMA_VERSION, Library
from tests.conftest import assert_rows_kept, library_file_at, table_rows
from tests.core.test_fact_refresh_kept import ARTICLE, FRIDAY, MEETS, _facts, import_rates

URL = "https://example.org/rates"


@pytest.fixture
def source(any_library, tmp_path):
    return import_rates(any_library, tmp_path)


def _marked(library, source_id):
    return {
        r[0]
        for r in library.db.execute(
            "SELECT id FROM items WHERE source_id = ? AND in_memo = 1", (source_id,)
        )
    }


def _memo(library, item_id):
    item = library.item(item_id)
    block = Block.from_item(item, library.source(item.source_id))
    return Brief(Header(subject="Rates"), [Section("Council", [block])])


def test_a_memo_marks_what_it_cites_and_marks_once(any_library, source):
    meets_id = _facts(any_library, source)[MEETS][0]
    brief = _memo(any_library, meets_id)
    assert _marked(any_library, source) == set()

    assert mark_cited(brief, any_library) == 1
    assert _marked(any_library, source) == {meets_id}
    assert mark_cited(brief, any_library) == 0  # nothing written the second time


def test_a_closed_memo_keeps_its_fact_when_source_details_bring_a_date(any_library, source):
    meets_id = _facts(any_library, source)[MEETS][0]
    brief = _memo(any_library, meets_id)
    mark_cited(brief, any_library)  # the memo was open once, then saved and closed

    edit = edits.update_source_meta(any_library, source, SourceMeta(date=FRIDAY))

    assert _facts(any_library, source)[MEETS] == (meets_id, None)  # the source's words
    assert edit.gone == 0
    assert changed_citations(brief, any_library) == {}
    edit.revert(any_library)  # undo: the same id, still marked
    assert _facts(any_library, source)[MEETS][0] == meets_id
    assert meets_id in _marked(any_library, source)


def test_a_csl_import_bringing_a_date_keeps_a_cited_fact(any_library, source, tmp_path):
    any_library.update_source_meta(source, SourceMeta(title="Rates set this week", url=URL))
    meets_id = _facts(any_library, source)[MEETS][0]
    mark_cited(_memo(any_library, meets_id), any_library)
    refs = tmp_path / "refs.json"
    entry = {"URL": URL, "title": "Rates set this week", "issued": {"date-parts": [[2024, 11, 8]]}}
    refs.write_text(json.dumps([entry]), encoding="utf-8")

    outcome = import_file(any_library, refs)

    assert outcome.ok, outcome.line()
    assert any_library.source(source).meta.date == FRIDAY
    assert _facts(any_library, source)[MEETS] == (meets_id, None)


def test_a_fact_no_memo_cites_still_goes(any_library, source):
    edit = edits.update_source_meta(any_library, source, SourceMeta(date=FRIDAY))
    assert MEETS not in _facts(any_library, source) and edit.gone == 1


def test_a_block_of_another_librarys_article_marks_nothing(any_library, source):
    """A memo made with another library cites the same ids for other words:
    the item at that id here is not what it cites."""
    meets_id = _facts(any_library, source)[MEETS][0]
    item = any_library.item(meets_id)
    other = Block(
        kind="fact",
        text="The Brask ferry runs on Sundays.",
        original="The Brask ferry runs on Sundays.",
        source=SourceRef(source_id=source, title="Ferry news"),
        item_id=meets_id,
        start=item.start,
        end=item.start + len("The Brask ferry runs on Sundays."),
    )
    brief = Brief(Header(subject="Ferries"), [Section("Ferry", [other])])

    assert mark_cited(brief, any_library) == 0
    assert _marked(any_library, source) == set()


def fill_old_library(execute, mark: str = "?", schema: str = "") -> tuple[str, ...]:
    """A source, its fact and the fact's tag, written as an older version
    did (no mark column): the tables to compare after the upgrade."""
    start, end = MEETS
    execute(
        f"INSERT INTO {schema}sources (id, title, text, content_hash)"
        f" VALUES (4, 'Kept', {mark}, 'h')",
        (ARTICLE,),
    )
    execute(
        f'INSERT INTO {schema}items (id, source_id, kind, start, "end", text, cited)'
        f" VALUES (9, 4, 'fact', {mark}, {mark}, {mark}, 'cited form')",
        (start, end, ARTICLE[start:end]),
    )
    execute(f"INSERT INTO {schema}tags (item_id, tag) VALUES (9, 'rates')")
    return ("sources", "items", "tags")


def test_a_schema_10_library_keeps_every_row_and_starts_unmarked(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = library_file_at(path, 10)
    tables = (*fill_old_library(raw.execute), "id_mark")
    raw.commit()
    before = table_rows(raw.execute, tables)
    raw.close()

    with Library(path) as library:
        assert library.version == SCHEMA_VERSION
        assert_rows_kept(before, table_rows(library.db.execute, tables))
        assert _marked(library, 4) == set()
        brief = _memo(library, 9)
        assert mark_cited(brief, library) == 1
        assert _marked(library, 4) == {9}
