"""A team library a newer version upgraded while this app kept a connection
to it: the read that fails on what the newer schema changed says the library
is newer (LibraryNewerError), as opening it to write does, instead of a bare
database error. Reads on a kept connection are not asked the version first
(a round trip per search); only a failing one is (invented names)."""

from __future__ import annotations

import psycopg
import pytest

from app.core.errors import LibraryNewerError
from app.core.pg import schema
from app.core.pg.library import PgLibrary


def _upgraded_by_a_newer_version(url: str) -> None:
    """As a version knowing one schema more might leave it: a column renamed."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE briefing.speakers RENAME COLUMN role TO title")
        conn.execute(
            "UPDATE briefing.library_meta SET value = %s WHERE key = 'schema_version'",
            (str(schema.SCHEMA_VERSION + 1),),
        )


def test_a_read_over_a_kept_connection_says_the_library_is_newer(team_url) -> None:
    with PgLibrary(team_url, readonly=True) as first:
        first.speakers()  # its connection is kept for the next opening
    _upgraded_by_a_newer_version(team_url)
    reader = PgLibrary(team_url, readonly=True)
    assert reader.db.reused  # opened without asking the version
    with pytest.raises(LibraryNewerError) as refused:
        reader.speakers()
    assert "made by a newer Briefing Builder" in str(refused.value)
    reader.close()


def test_a_library_open_while_another_app_upgrades_it_says_so(team_url) -> None:
    library = PgLibrary(team_url)
    library.speakers()
    _upgraded_by_a_newer_version(team_url)
    with pytest.raises(LibraryNewerError) as refused:
        library.speakers()
    assert f"team schema {schema.SCHEMA_VERSION + 1}" in str(refused.value)
    library.close()
