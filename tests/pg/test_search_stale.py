"""What a team library's search keeps for the process (app/core/pg/search.py:
the walked part's end, folded words, a first page's count) never makes a
page or a count differ from the library file's: not after a database at the
same address is dropped and made again, nor after items come back below the
walked part's end (an undone delete), nor after a write between a page and
its count, nor with several threads searching the library at once."""

from __future__ import annotations

import threading

import psycopg
import pytest

from app.core.model import NewItem, SourceMeta
from app.core.pg import pool
from app.core.pg.library import PgLibrary
from app.core.store import Library, SearchFilter

WALK = 40
QUERIES = ["zorbel", "quinth", "zorbel -quinth", "wemble", "wem", "-quinth", "nothingsuch"]


def _text(n: int) -> str:
    # Invented words: "zorbel" on every item, "quinth" on every third, "wemble" on every seventh.
    words = ["zorbel"] + (["quinth"] if n % 3 == 0 else []) + (["wemble"] if n % 7 == 0 else [])
    return " ".join(words) + f" item{n}."


def _add(library, first: int, count: int) -> list[int]:
    """Sources of ten items each; their ids."""
    ids = []
    for s in range(first, first + count):
        lines = [_text(s * 10 + k) for k in range(10)]
        text = "\n".join(lines)
        items, at = [], 0
        for line in lines:
            items.append(NewItem("fact", at, at + len(line)))
            at += len(line) + 1
        ids.append(library.add_source(text, SourceMeta(title=f"src{s}"), items=items))
    return ids


def _same(team, local, walk: int = WALK) -> None:
    team.walk_rows = walk
    for q in QUERIES:
        flt = SearchFilter(query=q)
        for offset, limit in ((0, 7), (0, 60), (30, 30), (0, 500)):
            got = [(i.text, i.start) for i in team.search(flt, limit, offset)]
            want = [(i.text, i.start) for i in local.search(flt, limit, offset)]
            assert got == want, (q, offset, limit)
            for cap in (5, 1001):
                assert team.count(flt, cap=cap) == local.count(flt, cap=cap), (q, offset, cap)
        assert team.count(flt) == local.count(flt), q


@pytest.fixture
def fixed_address(pg_cluster):
    """make() -> the URL of a new team library at the same address each time
    (the database before dropped)."""
    from app.core.pg.roles import init_team

    name = "stale_same_address"

    def make() -> str:
        pool.close_idle()
        with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        url = pg_cluster.create_database(name)
        init_team(url)
        return url

    yield make
    pool.close_idle()


def test_a_database_made_again_at_the_same_address(fixed_address, tmp_path):
    """The first database has its first items deleted (the walked part ends
    further on); the second, at the same address, has none deleted: more
    items than the walk's length lie below the first one's end."""
    url = fixed_address()
    local = Library(tmp_path / "one.sqlite")
    with PgLibrary(url) as team:
        for library in (team, local):
            ids = _add(library, 0, 12)
            for source_id in ids[:6]:
                library.delete_source(source_id)
        _same(team, local)
    local.close()
    url_again = fixed_address()
    assert url_again == url
    local = Library(tmp_path / "two.sqlite")
    with PgLibrary(url) as team:
        for library in (team, local):
            _add(library, 20, 12)
        _same(team, local)
        # The walked part's end is this database's, not the one kept for the first.
        assert (
            team._split()
            == team.db.execute_pg(
                "SELECT id FROM items ORDER BY id OFFSET %s LIMIT 1", (WALK - 1,)
            ).fetchone()[0]
        )
    local.close()


def test_items_put_back_below_the_walked_part(team_url, tmp_path):
    """A delete undone puts items back with their old ids, below the walked
    part's end found while they were gone."""
    local = Library(tmp_path / "lib.sqlite")
    with PgLibrary(team_url) as team:
        snapshots = {}
        for library in (team, local):
            ids = _add(library, 0, 12)
            snapshots[library] = [library.delete_source(i) for i in ids[:5]]
        _same(team, local)
        for library in (team, local):
            for snap in snapshots[library]:
                library.restore_source(snap)
        _same(team, local)
    local.close()


def test_a_write_between_a_page_and_its_count(team_url, tmp_path):
    """The list asks for a page, then the capped count: an import between
    them (by this library or another) is in the count, as on a library file."""
    local = Library(tmp_path / "lib.sqlite")
    with PgLibrary(team_url) as team, PgLibrary(team_url) as other:
        team.walk_rows = WALK
        for library in (team, local):
            _add(library, 0, 6)
        for writer in (team, other):
            for q in ("wemble", "zorbel"):
                flt = SearchFilter(query=q)
                # A page no longer than the walk: its count comes from the page.
                assert len(team.search(flt, limit=20)) == len(local.search(flt, limit=20))
                for library in (writer, local):
                    _add(library, 100 + local.count_sources(), 2)
                assert team.count(flt, cap=1001) == local.count(flt, cap=1001), (q, writer)
    local.close()


def test_a_write_between_the_lists_page_and_its_count(team_url, tmp_path):
    """The list shows `search_page`'s page, then counts with another library
    on a worker of its own: a commit between them (by a third app) is in the
    count (what the page found is not used), as on a file."""
    local = Library(tmp_path / "lib.sqlite")
    counter = PgLibrary(team_url, readonly=True)
    with PgLibrary(team_url) as team, PgLibrary(team_url) as other, counter:
        team.walk_rows = counter.walk_rows = WALK
        for library in (team, local):
            _add(library, 0, 6)
        for q in ("wemble", "zorbel", "nothingsuch"):
            for cap in (1001, 25):
                flt = SearchFilter(query=q)
                rows, _, _ = team.search_page(flt, 20, "id")
                assert len(rows) == len(local.search(flt, 20))
                for library in (other, local):
                    _add(library, 100 + local.count_sources(), 2)
                assert counter.count(flt, cap=cap) == local.count(flt, cap=cap), (q, cap)
    local.close()


@pytest.mark.parametrize("by_page", [False, True])
def test_a_delete_below_a_pages_last_item_before_its_count(team_url, tmp_path, by_page):
    """A page filled on the walk holds every match up to its last item, and
    the count after it counts only past that item: a source deleted below it
    between the page and the count (by another app) is still out of the
    count, as on a file. By `search` then `count`, and by `search_page`."""
    local = Library(tmp_path / "lib.sqlite")
    with PgLibrary(team_url) as team, PgLibrary(team_url) as other:
        team.walk_rows = WALK
        ids = {library: _add(library, 0, 12) for library in (team, local)}
        flt = SearchFilter(query="zorbel")  # on every item: the page fills on the walk
        rows = team.search_page(flt, 15, "id")[0] if by_page else team.search(flt, 15)
        # The first source: ten items, every one below the page's last.
        other.delete_source(ids[team][0])
        local.delete_source(ids[local][0])
        total = team.count(flt, cap=1001)
        assert len(rows) == 15 and {i.source_id for i in rows[:10]} == {ids[team][0]}
        assert total == local.count(flt, cap=1001) == 110
    local.close()


def test_threads_search_one_team_library_at_once(team_url, tmp_path):
    """The list's workers each open the library, search and close it, many
    at once (connections handed on through app/core/pg/pool.py): every page
    and count is the library file's."""
    local = Library(tmp_path / "lib.sqlite")
    with PgLibrary(team_url) as team:
        for library in (team, local):
            _add(library, 0, 10)
    want = {
        q: (
            [(i.text, i.start) for i in local.search(SearchFilter(query=q), 25)],
            local.count(SearchFilter(query=q), cap=1001),
        )
        for q in QUERIES
    }
    local.close()
    wrong, errors = [], []

    def work(n: int) -> None:
        try:
            for k in range(12):
                q = QUERIES[(n + k) % len(QUERIES)]
                with PgLibrary(team_url, readonly=True) as library:
                    library.walk_rows = WALK if k % 2 else 5_000
                    flt = SearchFilter(query=q)
                    page = [(i.text, i.start) for i in library.search(flt, 25)]
                    got = (page, library.count(flt, cap=1001))
                if got != want[q]:
                    wrong.append((n, q))
        except Exception as exc:  # reported below, with the thread's query
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert wrong == []
    assert len(pool._idle) <= pool.KEEP
