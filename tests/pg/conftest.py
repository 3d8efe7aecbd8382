"""Team libraries on the session's throwaway PostgreSQL server (tests/pg_cluster.py)."""

from __future__ import annotations

import itertools
import secrets

import psycopg
import pytest
from psycopg import sql

_serial = itertools.count(1)


@pytest.fixture
def team_url(pg_database):
    """A new team library (schema and roles set up): its owner's URL."""
    from app.core.pg.roles import init_team

    init_team(pg_database)
    return pg_database


@pytest.fixture
def make_user(pg_cluster, team_url):
    """make_user(level or None) -> (name, URL): a login user on the server,
    given that level in the test's team library; the password is in the passfile."""
    from app.core.pg.roles import set_role

    def make(level: str | None, name: str | None = None) -> tuple[str, str]:
        name = name or f"user{next(_serial)}_{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(12)
        with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
        pg_cluster.add_password(name, password)
        if level is not None:
            set_role(team_url, name, level)
        dbname = psycopg.conninfo.conninfo_to_dict(team_url)["dbname"]
        return name, pg_cluster.url(dbname, user=name)

    return make


@pytest.fixture
def seeded_team(team_url):
    """A team library holding the bundled sources: its owner's URL."""
    from app.core.importer import add_bundled_sources
    from app.core.pg.library import PgLibrary

    with PgLibrary(team_url) as owner:
        add_bundled_sources(owner)
    return team_url
