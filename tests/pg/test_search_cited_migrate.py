"""A team library made before its search documents held a fact's cited form
and an untitled source's file name (team schema 4) upgrades keeping every
row, and its search then finds the cited words and the file name."""

from __future__ import annotations

import psycopg

from app.core.pg import schema
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.store import SearchFilter
from tests.conftest import assert_rows_kept, table_rows
from tests.core.test_search_cited import fill_old_library

# Every column but the search document, which the upgrade makes again.
ITEM_COLUMNS = 'id, source_id, kind, start, "end", text, speaker_id, speaker_locked, cited, in_memo'


def _ids(library, query: str) -> list[int]:
    return [i.id for i in library.search(SearchFilter(query=query))]


def test_a_team_library_of_schema_4_keeps_every_row_and_finds_cited_words(pg_database, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    with psycopg.connect(pg_database, autocommit=True) as conn:
        assert schema.migrate(conn) == 0
        fill_old_library(conn.execute, "%s", "briefing.")
        tables = ("sources", "tags", "speakers")
        before = table_rows(conn.execute, tables, "briefing.")
        items = f"SELECT {ITEM_COLUMNS} FROM briefing.items ORDER BY id"
        items_before = conn.execute(items).fetchall()
        monkeypatch.undo()

        assert schema.migrate(conn) == 4
        assert schema.stored_version(conn) == schema.SCHEMA_VERSION
        assert_rows_kept(before, table_rows(conn.execute, tables, "briefing."))
        assert conn.execute(items).fetchall() == items_before
    init_team(pg_database)

    with PgLibrary(pg_database) as library:
        assert _ids(library, '"as of May 2"') == [9]
        assert _ids(library, "harbour") == [9]
        assert _ids(library, "Roe memo") == [10]
        assert _ids(library, "employees") == [9, 10]
        with library.transaction() as db:  # the triggers made anew follow both
            db.execute("UPDATE items SET cited = NULL WHERE id = 9")
            db.execute("UPDATE sources SET file_name = 'vesk.txt' WHERE id = 4")
        assert _ids(library, '"as of May 2"') == []
        assert _ids(library, "harbour") == []
        assert _ids(library, "vesk") == [9]
