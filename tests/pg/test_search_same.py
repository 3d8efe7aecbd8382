"""The same search means the same on both backends, over real news text.

The tuning part of ../shared/realnews (articles before 2016-07-01) goes into
an SQLite and a team library, one item a paragraph; queries are drawn from
the texts themselves (words, phrases, prefixes, OR, leftouts, odd
characters) and must find the same items on both."""

from __future__ import annotations

import json
import random
import re

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.store import Library, SearchFilter
from tests.conftest import shared_path

ARTICLES = 60
QUERIES = 150


def _tuning_articles(n: int) -> list[tuple[str, str]]:
    rows = [
        json.loads(line)
        for line in shared_path("realnews", "articles.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    tuning = sorted(r["id"] for r in rows if r["publication_date"] < "2016-07-01")
    picked = random.Random(15).sample(tuning, n)
    folder = shared_path("realnews", "articles")
    return [(i, (folder / f"{i}.txt").read_text(encoding="utf-8")) for i in picked]


def _paragraph_items(text: str) -> list[NewItem]:
    return [
        NewItem("fact", m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if m.group().strip()
    ]


def _queries(texts: list[str]) -> list[str]:
    rng = random.Random(7)
    words = [w for t in texts for w in re.findall(r"\S+", t)]
    odd = [w for w in words if not w.isascii() or not w.isalnum()]
    out = []
    for _ in range(QUERIES):
        a, b = rng.choice(words), rng.choice(words)
        i = rng.randrange(len(words) - 2)
        pair = " ".join(words[i : i + 2]).replace('"', "")
        out.append(
            rng.choice(
                [
                    a,
                    f"{a} {b}",
                    f'"{pair}"',
                    f"{a[:3]}*",
                    f"{a} OR {b}",
                    f"{a} -{b}",
                    f"-{a}",
                    f"({a} OR {b}) NOT {rng.choice(words)}",
                    rng.choice(odd) if odd else a,
                    f'"{pair}"*',
                    a.upper(),
                ]
            )
        )
    return out


@pytest.fixture(scope="module")
def corpus(pg_cluster, tmp_path_factory):
    from app.core.pg.roles import init_team

    url = pg_cluster.create_database("search_same")
    init_team(url)
    articles = _tuning_articles(ARTICLES)
    team = PgLibrary(url)
    local = Library(tmp_path_factory.mktemp("same") / "lib.sqlite")
    for name, text in articles:
        for lib in (team, local):
            lib.add_source(
                text, SourceMeta(title=name), file_name=name, items=_paragraph_items(text)
            )
    yield team, local, _queries([t for _, t in articles])
    team.close()
    local.close()


def _keys(library, flt):
    return sorted((i.source_id, i.start) for i in library.search(flt))


def test_every_drawn_query_finds_the_same_items(corpus):
    team, local, queries = corpus
    assert team.count(SearchFilter()) == local.count(SearchFilter()) > 500
    differ = [
        q
        for q in queries
        if _keys(team, SearchFilter(query=q)) != _keys(local, SearchFilter(query=q))
    ]
    found = sum(bool(local.search(SearchFilter(query=q), limit=1)) for q in queries)
    assert differ == []
    assert found > QUERIES // 2  # the bank is not made of queries that find nothing


@pytest.mark.parametrize("walk_rows", [40, 5_000])
def test_pages_and_capped_counts_are_the_same_wherever_the_walk_stops(corpus, walk_rows):
    """A team library walks its first items in id order before it asks the
    index (app/core/pg/search.py); with a short walk, common words are found
    on it and rare ones past it, and pages at any offset, in id order, and
    counts at any cap, are those of the library file."""
    team, local, queries = corpus
    team.walk_rows = walk_rows
    try:
        for q in [*queries[:60], "the", "a", "t", "s -the", "zzzqx"]:
            for kind in (None, "fact"):
                flt = SearchFilter(query=q, kind=kind)
                for offset, limit in ((0, 7), (7, 7), (3, 40), (0, 200)):
                    got = [(i.source_id, i.start) for i in team.search(flt, limit, offset)]
                    want = [(i.source_id, i.start) for i in local.search(flt, limit, offset)]
                    assert got == want, (q, kind, offset, limit)
                for cap in (1, 25, 1000):
                    assert team.count(flt, cap=cap) == local.count(flt, cap=cap), (q, kind, cap)
        flt = SearchFilter(query="zzzqx")
        team.search(flt, limit=7)
        assert team._known(flt, *team.text_source(flt)) is not None  # the page counted it
        assert team.count(flt, cap=25) == 0
    finally:
        team.walk_rows = PgLibrary.walk_rows


def test_a_search_is_planned_for_its_own_words(corpus):
    """The same statement run many times is never given a plan made without
    its words (psycopg prepares what runs often; PostgreSQL may then plan it
    once for any value): the server holds no prepared search."""
    team, _, _ = corpus
    for _ in range(12):
        for q in ("the", "zzzqx", "s"):
            team.search(SearchFilter(query=q), limit=5)
            team.count(SearchFilter(query=q), cap=10)
    prepared = team.db.execute_pg(
        "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%%doc @@%%'"
    ).fetchall()
    assert prepared == []


def test_pages_are_in_id_order_when_the_table_is_not(corpus):
    """Past the walked part, a page is found by any matches first and then
    the items up to the highest of them (app/core/pg/search.py): right even
    when updated items sit apart from their neighbours in the table."""
    team, local, queries = corpus
    with team.transaction() as db:
        # An update writes a new version of the row where there is room: here
        # the end of the table, out of id order.
        db.execute("UPDATE items SET speaker_locked = speaker_locked WHERE id % 3 = 0")
    in_table_order = [r[0] for r in team.db.execute_pg("SELECT id FROM items ORDER BY ctid")]
    assert in_table_order != sorted(in_table_order)
    team.walk_rows = 10
    try:
        for q in [*queries[:40], "the", "t", "s -the"]:
            flt = SearchFilter(query=q)
            for offset, limit in ((0, 7), (5, 30), (0, 200)):
                got = [(i.source_id, i.start) for i in team.search(flt, limit, offset)]
                want = [(i.source_id, i.start) for i in local.search(flt, limit, offset)]
                assert got == want, (q, offset, limit)
            assert team.count(flt, cap=50) == local.count(flt, cap=50), q
    finally:
        team.walk_rows = PgLibrary.walk_rows


@pytest.mark.parametrize("ahead", [30, 1001])
def test_a_count_after_a_first_page_is_the_same(corpus, monkeypatch, ahead):
    """A first page that looks past the walked part takes matches there for
    the count that follows (up to `COUNT_AHEAD`): that count is the library
    file's at any cap, whether those matches were all there are or not."""
    from app.core.pg import search

    team, local, queries = corpus
    monkeypatch.setattr(search, "COUNT_AHEAD", ahead)
    monkeypatch.setattr(team, "walk_rows", 40)
    for q in [*queries[:50], "the", "t", "s -the", "zzzqx"]:
        for kind in (None, "fact"):
            flt = SearchFilter(query=q, kind=kind)
            for limit, cap in ((7, 1), (7, 25), (20, 1000), (200, 1001), (3, 5000)):
                got = [(i.source_id, i.start) for i in team.search(flt, limit)]
                want = [(i.source_id, i.start) for i in local.search(flt, limit)]
                assert got == want, (q, kind, limit)
                assert team.count(flt, cap=cap) == local.count(flt, cap=cap), (q, kind, cap)


def _page(library, flt, limit, order, cap, counter=None):
    """A page as the list reads it, and the count it asks for after it (by
    `counter`, another library open in the process, as the list's counts'
    worker, or by the same library)."""
    rows, tags, carried = library.search_page(flt, limit, order)
    total = (counter or library).count(flt, cap=cap)
    return [((i.source_id, i.start), tags.get(i.id), carried[i.id]) for i in rows], total


@pytest.mark.parametrize("walk_rows", [40, 5_000])
def test_the_lists_page_with_its_tags_counts_and_capped_count_is_the_files(
    corpus, monkeypatch, walk_rows
):
    """`search_page` (the page, then its tags and carried-by counts in one
    round trip) and the capped count after it give what the library file's
    give, with a first page's count reused or not, by the library that read
    the page or by another (the list counts on a worker of its own)."""
    team, local, queries = corpus
    monkeypatch.setattr(team, "walk_rows", walk_rows)
    with PgLibrary(team.location, readonly=True) as counter:
        monkeypatch.setattr(counter, "walk_rows", walk_rows)
        for q in [*queries[:50], "the", "t", "s -the", "zzzqx", ""]:
            for kind in (None, "fact"):
                flt = SearchFilter(query=q, kind=kind)
                order = "id" if q else "position"
                for limit, cap in ((7, 1), (20, 1000), (200, 1001), (3, 5000)):
                    want = _page(local, flt, limit, order, cap)
                    for by in (None, counter):
                        got = _page(team, flt, limit, order, cap, by)
                        assert got == want, (q, kind, limit, cap, by)
        # What the page found is there for the other library's count.
        flt = SearchFilter(query="the")
        team.search_page(flt, 200, "id")
        assert counter._known(flt, *counter.text_source(flt)) is not None


def test_a_left_out_word_is_checked_on_each_row_the_index_finds(corpus):
    """The index alone can find an item that holds a left-out word while its
    pending list is merged (an item's first words in the tree, its later
    ones not yet: a run once returned the newest items holding 'the' for
    "s -the"); so a query that leaves words out is checked on each row the
    index hands over, and finds what the library file finds."""
    team, local, _ = corpus
    flt = SearchFilter(query="s -the")
    where, params = team.text_source(flt)
    db = team.db
    db.execute_pg("SET enable_seqscan = off")
    db.execute_pg("SET enable_indexscan = off")
    try:
        plan = "\n".join(
            r[0] for r in db.execute(f"EXPLAIN SELECT i.id FROM items i{where}", params).fetchall()
        )
        got = _keys(team, flt)
    finally:
        db.execute_pg("RESET enable_seqscan")
        db.execute_pg("RESET enable_indexscan")
    assert "Bitmap Index Scan on items_doc" in plan
    assert "Filter: ts_match_vq(doc," in plan, plan
    assert got == _keys(local, flt)
