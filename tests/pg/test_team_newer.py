"""A team library a newer Briefing Builder upgraded is refused as a newer
library file is (`LibraryNewerError`): the message says so and that nothing
was changed, and nothing on the server is (invented names)."""

from __future__ import annotations

import psycopg
import pytest

from app.cli import run
from app.core.errors import LibraryNewerError
from app.core.pg import schema
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.store import open_store
from tests.conftest import table_rows

TABLES = ("library_meta", "speakers", "speaker_aliases")


def _made_newer(url: str) -> dict[str, list[tuple]]:
    """The team library at `url` as a version knowing one schema more left it."""
    with PgLibrary(url) as library, library.transaction() as db:
        db.execute("INSERT INTO speakers (name, role) VALUES ('Tova Lind', '')")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "UPDATE briefing.library_meta SET value = %s WHERE key = 'schema_version'",
            (str(schema.SCHEMA_VERSION + 1),),
        )
        return table_rows(conn.execute, TABLES, "briefing.")


def _rows(url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return table_rows(conn.execute, TABLES, "briefing.")


def test_an_older_app_refuses_a_newer_team_library_untouched(pg_database, capsys) -> None:
    init_team(pg_database)
    before = _made_newer(pg_database)
    newer = schema.SCHEMA_VERSION + 1
    for opening in (PgLibrary, open_store, init_team):
        with pytest.raises(LibraryNewerError) as refused:
            opening(pg_database)
        message = str(refused.value)
        assert "made by a newer Briefing Builder" in message
        assert f"team schema {newer}, this version reads up to {schema.SCHEMA_VERSION}" in message
        assert "was not changed" in message
        assert message.startswith("team library ")
    # `main.py team init` (an admin's upgrade) says it in a line, not a traceback.
    assert run(["team", "init", pg_database]) == 1
    assert "made by a newer Briefing Builder" in capsys.readouterr().err
    assert _rows(pg_database) == before
