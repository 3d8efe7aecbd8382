"""What the library list reads for a page of a team library, beside the page:
its tags and carried-by counts (one array of ids each, app/core/pg/search.py),
and the connection a window keeps ready for the list's worker."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from app.core.importer import add_bundled_sources
from app.core.model import NewItem, SourceMeta
from app.core.pg import pool
from app.core.pg.connect import TeamLibraryError
from app.core.pg.library import PgLibrary
from app.core.store import Library, SearchFilter, open_store

# Tags with quotes, SQL, array syntax ({, }, commas), case and accents: they
# come back byte-identical, in the file's order (bytes, as "C" sorts).
TAGS = ["zeta", "Zeta", "alpha", "ébène", "O'Brien'); DROP TABLE tags;--", '{a,"b"}', "a b"]


@pytest.fixture(autouse=True)
def _empty_pool():
    pool.close_idle()
    yield
    pool.close_idle()


def _page_details(library: Library) -> list[tuple]:
    """Every item's tags and carried-by counts, in reading order (ids differ
    between libraries; the order of the same articles does not)."""
    items = library.search(SearchFilter(), order="position")
    ids = [i.id for i in items]
    tags = library.tags_of(ids)
    carried = library.corroboration_counts(ids)
    return [(i.text, tags.get(i.id), carried[i.id]) for i in items]


def test_a_pages_tags_and_carried_by_counts_are_the_files(tmp_path, team_url):
    libraries = [Library(tmp_path / "library.sqlite"), open_store(team_url)]
    for library in libraries:
        add_bundled_sources(library)
        items = library.search(SearchFilter(), order="position")
        for n, item in enumerate(items[::2]):
            library.set_item_tags(item.id, TAGS[n % 3 : n % 3 + 1 + n % 5])
    file, team = (_page_details(library) for library in libraries)
    assert team == file
    # What is compared is there: tags in byte order, groups of several sources.
    tagged = [t for _, t, _ in team if t]
    assert len(tagged) > 10 and any(len(t) > 3 for t in tagged)
    assert all(t == sorted(t, key=lambda s: s.encode()) for t in tagged)
    assert {t for tags in tagged for t in tags} == set(TAGS)
    assert any(c[0] > 1 for _, _, c in team) and any(c == (1, 1) for _, _, c in team)
    # No ids, and ids of items that are gone: nothing, as on the file.
    for library in libraries:
        assert library.tags_of([]) == {} and library.corroboration_counts([]) == {}
        assert library.tags_of([10**9]) == {}
        assert library.corroboration_counts([10**9]) == {10**9: (1, 1)}
        library.close()


def test_a_window_keeps_a_connection_ready_for_the_lists_worker(team_url):
    with PgLibrary(team_url) as window:
        assert not pool.has_idle(team_url)
        window.ready_for_workers()
        assert pool.has_idle(team_url)
        spare = pool._idle[-1][1].info.backend_pid
        window.ready_for_workers()  # one is enough
        assert len(pool._idle) == 1
        with PgLibrary(team_url, readonly=True) as worker:
            assert worker.db.reused and worker.db.raw.info.backend_pid == spare
            assert not pool.has_idle(team_url)
            assert worker.count(SearchFilter()) == window.count(SearchFilter())


def test_a_library_file_needs_no_connection_ready(tmp_path):
    with Library(tmp_path / "library.sqlite") as library:
        library.ready_for_workers()
    assert pool._idle == []


def test_a_library_gone_before_the_workers_connection_is_made_is_left_to_the_search(
    pg_cluster, team_url
):
    """Keeping a connection ready is only a head start: when the library
    cannot be reached any more, nothing is raised; the list's search says so."""
    window = PgLibrary(team_url)
    name = conninfo_to_dict(team_url)["dbname"]
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    window.ready_for_workers()
    assert not pool.has_idle(team_url)
    with pytest.raises(TeamLibraryError, match="no such database"):
        open_store(team_url, readonly=True)
    window.db.discard()


def test_a_library_opened_for_reading_sees_others_commits_from_its_first_poll(team_url):
    """The list's worker opens the library for reading without reading the
    change counter (a round trip a search); polled, it reads it then."""
    with PgLibrary(team_url, readonly=True) as reader, PgLibrary(team_url) as writer:
        assert reader.poll_external_change() is False
        writer.add_source("Words kept here.", SourceMeta(), items=[NewItem("fact", 0, 5)])
        assert reader.poll_external_change() is True
        assert reader.poll_external_change() is False


def test_a_connection_lost_between_the_page_and_the_rest_is_opened_again(pg_cluster, team_url):
    """The statements sent together after the page go again on a new
    connection when the server closed the old one meanwhile (a restart, a
    network blip), as a single read does."""
    with PgLibrary(team_url) as library:
        for n in range(3):
            text = f"Quorvex number {n}."
            library.add_source(text, SourceMeta(title=f"s{n}"), items=[NewItem("fact", 0, 7)])
        ids = [i.id for i in library.search(SearchFilter(query="quorvex"))]
        library.set_item_tags(ids[0], ["kept"])
    with PgLibrary(team_url, readonly=True) as reader:
        # A walk shorter than the library: where it ends is kept once read, so
        # the statements sent together are the first after the loss.
        reader.walk_rows = 2
        page = reader.search
        lost = []

        def page_then_lose_the_connection(*args, **kwargs):
            rows = page(*args, **kwargs)
            pid = reader.db.raw.info.backend_pid
            with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
                while admin.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)
                ).fetchone()[0]:
                    pass
            lost.append(pid)
            return rows

        reader.search = page_then_lose_the_connection
        rows, tags, carried = reader.search_page(SearchFilter(query="quorvex"), 20, "id")
        assert lost and reader.db.raw.info.backend_pid != lost[0]
    assert [i.id for i in rows] == ids
    assert tags == {ids[0]: ["kept"]} and carried == dict.fromkeys(ids, (1, 1))
