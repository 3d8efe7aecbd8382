"""What the library list reads for a page of a team library, beside the page:
its tags and carried-by counts (in the page's own statement for the list, by
one array of ids each otherwise, app/core/pg/search.py), and the connection
a window keeps ready for the list's worker."""

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


@pytest.fixture
def tagged(tmp_path, team_url):
    """A library file and a team library holding the bundled articles, every
    other item tagged the same way in both."""
    libraries = [Library(tmp_path / "library.sqlite"), open_store(team_url)]
    for library in libraries:
        add_bundled_sources(library)
        items = library.search(SearchFilter(), order="position")
        for n, item in enumerate(items[::2]):
            library.set_item_tags(item.id, TAGS[n % 3 : n % 3 + 1 + n % 5])
    yield libraries
    for library in libraries:
        library.close()


def test_a_pages_tags_and_carried_by_counts_are_the_files(tagged):
    libraries = tagged
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


@pytest.mark.parametrize("walk_rows", [3, 5_000])
def test_the_lists_page_brings_its_tags_and_carried_by_counts(tagged, walk_rows):
    """A team library reads a page's tags and carried-by counts in the
    page's own statement (app/core/pg/search.py `_DETAILS`): the file's,
    for pages filled on the walk, past it, and in reading order."""
    file, team = tagged
    team.walk_rows = walk_rows
    seen = []
    for flt, order in (
        (SearchFilter(), "position"),
        (SearchFilter(kind="quote"), "position"),
        (SearchFilter(query="the"), "id"),
        (SearchFilter(query="the -said", kind="fact"), "id"),
        (SearchFilter(query="s"), "id"),
        (SearchFilter(query="zzzqx"), "id"),
    ):
        for limit in (2, 7, 200):
            pages = []
            for library in (file, team):
                rows, tags, carried = library.search_page(flt, limit, order)
                pages.append([(i.text, tags.get(i.id), carried[i.id]) for i in rows])
                assert set(carried) == {i.id for i in rows} and set(tags) <= set(carried)
            assert pages[1] == pages[0], (flt, limit)
            seen.extend(pages[1])
    # What is compared is there: tags, and groups of several sources.
    assert any(t and len(t) > 3 for _, t, _ in seen)
    assert any(c[0] > 1 for _, _, c in seen) and any(c == (1, 1) for _, _, c in seen)


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
