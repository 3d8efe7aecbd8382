"""Shared fixtures: every test runs offscreen, with its own data folder and settings."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "resources" / "sources"
DATA = Path(__file__).resolve().parent / "data"

# The offscreen platform's one screen is 800x800 unless told otherwise, and the
# window fits its first size to the screen: the tests' windows open on a
# desktop's screen, at the 1400x900 they were written for.
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DATA / 'screens' / 'desktop.json'}"
# The shared data sets (seeds, gold quotes, real news) sit beside the repository.
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def library_file_at(path: Path, version: int):
    """A library file as a version that wrote schema `version` made it: an open
    sqlite3 connection to fill (commit and close it before opening it)."""
    import sqlite3

    from app.core.schema import MIGRATIONS

    raw = sqlite3.connect(path)
    for step, script in enumerate(MIGRATIONS[:version]):
        raw.executescript(f"{script}\nPRAGMA user_version = {step + 1};")
    return raw


def import_texts(library, folder: Path, *texts: str) -> None:
    """Import each of `texts` as an article file of its own in `folder`."""
    from app.core.importer import import_file

    for text in texts:
        path = folder / f"article{len(list(folder.glob('article*')))}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(library, path)


def table_rows(execute, tables, schema: str = "") -> dict[str, list[tuple]]:
    """{table: its rows in key order}, read by `execute(sql)` (a library's
    `db.execute`, or a raw connection's); `schema`: "briefing." on a server."""
    return {t: execute(f"SELECT * FROM {schema}{t} ORDER BY 1").fetchall() for t in tables}


def assert_rows_kept(before: dict[str, list[tuple]], after: dict[str, list[tuple]]) -> None:
    """Every row of `before` is in `after` as it was; the columns an upgrade
    added come after those it had."""
    for table, rows in before.items():
        assert [row[: len(rows[0])] for row in after[table]] == rows, table


class NetworkUsedError(AssertionError):
    """Raised when code under test tries to open a network connection."""


@pytest.fixture
def regroups(monkeypatch):
    """The whole-library regroups run (a list, one entry each)."""
    from app.core.corroborate import grouping as grouping_runs

    runs = []
    real = grouping_runs.regroup_inside

    def spy(library):
        runs.append(library)
        return real(library)

    monkeypatch.setattr(grouping_runs, "regroup_inside", spy)
    return runs


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Nothing reaches the network, ever: any attempt fails the test."""

    def refuse(*args, **kwargs):
        raise NetworkUsedError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A fresh user data folder for every test, so no test sees another's library."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("BRIEFING_BUILDER_DATA", str(folder))
    return folder


def shared_path(*parts: str) -> Path:
    """A path in the shared data sets; a missing one fails the test, never skips it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"shared data missing: {path} (expected beside the repository)")
    return path


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL server for the whole session (tests/pg_cluster.py);
    a machine without PostgreSQL fails these tests with the reason."""
    from tests.pg_cluster import ClusterError, TempCluster

    try:
        cluster = TempCluster().start()
    except ClusterError as exc:
        pytest.fail(str(exc))
    patch = pytest.MonkeyPatch()
    for key, value in cluster.env().items():
        patch.setenv(key, value)
    yield cluster
    patch.undo()
    cluster.stop()


@pytest.fixture
def pg_database(pg_cluster, request):
    """A fresh, empty database on the session's server: its superuser URL."""
    import re

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + f"_{id(request) % 10**6}"
    return pg_cluster.create_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def library_location(request, tmp_path):
    """Where a new, empty library is, once for each backend: a library file,
    and a team library on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_path / "library.sqlite"
    from app.core.pg.roles import init_team

    url = request.getfixturevalue("pg_database")
    init_team(url)
    return url


@pytest.fixture
def any_library(library_location):
    """A new, empty library, once for each backend (see `library_location`)."""
    from app.core.importer import open_library

    library = open_library(library_location)
    yield library
    library.close()


@pytest.fixture
def seeded_library(tmp_path):
    """A library holding the five bundled articles."""
    from app.core.importer import add_bundled_sources
    from app.core.store import Library

    library = Library(tmp_path / "library.sqlite")
    add_bundled_sources(library)
    yield library
    library.close()
