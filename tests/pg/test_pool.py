"""A team library closed hands its connection to the next one opened at the
same address (app/core/pg/pool.py): the library list opens the library for
every search in a big one, and connecting costs more than most searches."""

from __future__ import annotations

import psycopg
import pytest

from app.core.model import NewItem, SourceMeta
from app.core.pg import pool
from app.core.pg.library import PgLibrary
from app.core.store import SearchFilter, open_store


@pytest.fixture(autouse=True)
def _empty_pool():
    pool.close_idle()
    yield
    pool.close_idle()


def _pid(library: PgLibrary) -> int:
    return library.db.raw.info.backend_pid


def test_the_next_library_opened_takes_the_closed_ones_connection(team_url):
    with open_store(team_url) as library:
        library.add_source("Words kept here.", SourceMeta(), items=[NewItem("fact", 0, 5)])
        first = _pid(library)
    with open_store(team_url, readonly=True) as again:
        assert _pid(again) == first
        assert [i.text for i in again.search(SearchFilter(query="words"))] == ["Words"]
        # Two open at once: the second gets a connection of its own.
        with open_store(team_url) as other:
            assert _pid(other) != first
            assert other.count_sources() == 1


def test_a_kept_connection_starts_as_a_new_one(team_url):
    """Nothing one library set on its session reaches the next: settings,
    session locks and LISTENs are gone; the schema path and the search
    settings are those of a new connection."""
    with PgLibrary(team_url) as library:
        fresh = library.db.execute_pg(
            "SELECT current_setting('search_path'), current_setting('synchronize_seqscans')"
        ).fetchone()
        library.db.execute_pg("SET work_mem = '7MB'")
        library.db.execute_pg("SET search_path = public")
        library.db.execute_pg("SELECT pg_advisory_lock(4242)")
        library.db.execute_pg("LISTEN left_behind")
        pid = _pid(library)
    with PgLibrary(team_url) as again:
        assert _pid(again) == pid
        got = again.db.execute_pg(
            "SELECT current_setting('search_path'), current_setting('synchronize_seqscans'),"
            " current_setting('work_mem'),"
            " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            "  AND pid = pg_backend_pid()),"
            " (SELECT count(*) FROM pg_listening_channels())"
        ).fetchone()
        assert got == (*fresh, "4MB", 0, 0)
        assert fresh == ("briefing", "off")
        assert again.count_sources() == 0


def test_a_connection_left_in_a_transaction_is_not_kept(team_url):
    library = PgLibrary(team_url)
    library.db.execute_pg("BEGIN")
    pid = _pid(library)
    library.close()
    with PgLibrary(team_url) as again:
        assert _pid(again) != pid
        assert not again.db.in_transaction


def test_a_kept_connection_the_server_closed_is_replaced(pg_cluster, team_url):
    with PgLibrary(team_url) as library:
        library.add_source("Still here.", SourceMeta(), items=[NewItem("fact", 0, 5)])
        pid = _pid(library)
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with PgLibrary(team_url) as again:
        assert _pid(again) != pid
        assert again.count_sources() == 1


def test_only_a_few_are_kept_and_each_goes_to_its_own_address(pg_cluster, team_url):
    from app.core.pg.roles import init_team

    other_url = pg_cluster.create_database("pool_other")
    init_team(other_url)
    libraries = [PgLibrary(team_url) for _ in range(pool.KEEP + 2)]
    for library in libraries:
        library.close()
    assert len(pool._idle) == pool.KEEP
    with PgLibrary(other_url) as other:
        assert (
            psycopg.conninfo.conninfo_to_dict(other_url)["dbname"]
            == (other.db.execute_pg("SELECT current_database()").fetchone()[0])
        )
    assert pool.close_idle(other_url) == 1
    assert pool.close_idle() == pool.KEEP - 1


def test_a_library_that_failed_to_open_leaves_no_connection(pg_database):
    from app.core.pg.connect import TeamLibraryError

    with pytest.raises(TeamLibraryError, match="no team library here yet"):
        PgLibrary(pg_database)
    assert pool._idle == []
    with pytest.raises(TeamLibraryError, match="no team library here yet"):
        PgLibrary(pg_database)


def test_a_connection_is_reset_only_after_what_may_touch_its_session(pg_cluster, team_url):
    """Reading leaves nothing on the session: the connection is kept as it
    is (one round trip fewer a search); after a setting, it is reset."""

    def last_statement(pid: int) -> str:
        with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
            return admin.execute(
                "SELECT query FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone()[0]

    with PgLibrary(team_url) as library:
        library.search(SearchFilter(query="anything"), limit=5)
        library.count(SearchFilter(query="anything"), cap=10)
        pid = _pid(library)
    assert "CLOSE ALL" not in last_statement(pid)
    with PgLibrary(team_url) as library:
        assert _pid(library) == pid
        library.db.execute_pg("SET statement_timeout = '5s'")
    assert last_statement(pid).startswith("CLOSE ALL; RESET ALL;")
    with PgLibrary(team_url) as library:
        assert library.db.execute_pg("SHOW statement_timeout").fetchone()[0] == "0"


def test_a_library_closed_twice_or_used_after_closing_shares_nothing(team_url):
    library = PgLibrary(team_url)
    pid = _pid(library)
    library.close()
    library.close()
    assert len(pool._idle) == 1
    with PgLibrary(team_url) as next_one:
        assert _pid(next_one) == pid
        # The closed library reads on a connection of its own, as it did
        # before connections were kept (it opened a new one).
        assert library.count_sources() == 0
        assert _pid(library) != pid
        assert next_one.count_sources() == 0
    library.close()
