"""A team library works as the library file does: same sources, items,
speakers, groups, conflicts and search results for the same imports."""

from __future__ import annotations

import threading

import psycopg
import pytest

from app.core import corroborate
from app.core.errors import LibraryError
from app.core.importer import add_bundled_sources, open_library
from app.core.model import NewItem, SourceMeta
from app.core.pg.connect import TeamLibraryError
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.pg.schema import SCHEMA_VERSION, stored_version
from app.core.store import Library, SearchFilter

QUERIES = [
    "sanctuary",
    "sanctuary city",
    '"sanctuary city"',
    '"city sanctuary"',
    "mayor OR council",
    "(mayor OR council) -vote",
    "trump -immigration",
    "-the",
    "-the -a",
    "2017",
    "ord",
    "ord*",
    '"federal immigra"*',
    "LOS angeles",
    "immigration NOT federal",
    "e-mail",
    "“sanctuary”",
    "",
]


def _key(library, items):
    return sorted((library.source(i.source_id).content_hash, i.start, i.end, i.kind) for i in items)


def _pair(url, folder):
    team = PgLibrary(url)
    local = Library(folder / "lib.sqlite")
    add_bundled_sources(team)
    add_bundled_sources(local)
    return team, local


@pytest.fixture(scope="module")
def seeded(pg_cluster, tmp_path_factory):
    """The seeds in a team library and a library file (for tests that only read)."""
    url = pg_cluster.create_database("seeded_pair")
    init_team(url)
    team, local = _pair(url, tmp_path_factory.mktemp("seeded"))
    yield team, local
    team.close()
    local.close()


@pytest.fixture
def both(team_url, tmp_path):
    """The seeds in a fresh team library and library file (for tests that change them)."""
    team, local = _pair(team_url, tmp_path)
    yield team, local
    team.close()
    local.close()


def test_open_by_address(team_url):
    with open_library(team_url) as library:
        assert isinstance(library, PgLibrary)
        assert library.version == SCHEMA_VERSION
        assert "lib" not in repr(library) or "password" not in repr(library)


def test_not_a_team_library_says_how_to_set_it_up(pg_database):
    with pytest.raises(TeamLibraryError, match="team init"):
        PgLibrary(pg_database)


def test_same_library_on_both_backends(both):
    team, local = both
    assert [(m.title, n) for _, _, m, n in team.sources()] == [
        (m.title, n) for _, _, m, n in local.sources()
    ]
    assert [(s.name, s.role, n) for s, n in team.speakers()] == [
        (s.name, s.role, n) for s, n in local.speakers()
    ]
    assert len(team.clusters()) == len(local.clusters()) > 0
    assert [(c.kind, c.values, c.subject) for c in team.conflicts()] == [
        (c.kind, c.values, c.subject) for c in local.conflicts()
    ]


@pytest.mark.parametrize("query", QUERIES)
def test_same_query_same_results(seeded, query):
    team, local = seeded
    flt = SearchFilter(query=query)
    found = _key(team, team.search(flt))
    assert found == _key(local, local.search(flt))
    assert team.count(flt) == local.count(flt) == len(found)
    assert team.count(flt, cap=3) == local.count(flt, cap=3)


def test_filters_combine_with_search(seeded):
    team, local = seeded
    for flt in (
        SearchFilter(query="city", kind="quote"),
        SearchFilter(kind="fact"),
        SearchFilter(query="-the", kind="quote"),
        SearchFilter(corroboration="corroborated"),
        SearchFilter(query="council", corroboration="single"),
    ):
        assert _key(team, team.search(flt)) == _key(local, local.search(flt)), flt
    page = [i.id for i in team.search(SearchFilter(), limit=5, offset=5)]
    assert page == [i.id for i in team.search(SearchFilter())][5:10]


def test_accents_and_case_fold_on_both(team_url, tmp_path):
    text = "Zoë Quillon said the Café Vantrë reopened. ZORVEL made it official."
    items = [
        NewItem("fact", 0, text.index(".") + 1),
        NewItem("fact", text.index("ZORVEL"), len(text)),
    ]
    with PgLibrary(team_url) as team, Library(tmp_path / "l.sqlite") as local:
        for lib in (team, local):
            lib.add_source(text, SourceMeta(title="Ünïcode tïtle"), items=items)
        for query in ("cafe", "CAFÉ vantre", "zoe", "zorvel", "unicode", '"cafe vantre"', "vant"):
            flt = SearchFilter(query=query)
            assert len(team.search(flt)) == len(local.search(flt)) > 0, query


def test_renames_and_titles_reach_search(both):
    team, local = both
    for lib in (team, local):
        speaker = next(s for s, _ in lib.speakers() if s.name)
        lib.rename_speaker(speaker.id, "Quorbin Vell")
        sid = lib.sources()[0][0]
        meta = lib.source(sid).meta
        meta.title = "Glimmerfold dispatch"
        lib.update_source_meta(sid, meta)
    for query in ("quorbin", "glimmerfold", '"quorbin vell"'):
        flt = SearchFilter(query=query)
        assert _key(team, team.search(flt)) == _key(local, local.search(flt)) != []


def test_regroup_matches_incremental_grouping(both):
    team, _ = both
    before = sorted(sorted(c.item_ids) for c in team.clusters())
    corroborate.regroup(team)
    assert sorted(sorted(c.item_ids) for c in team.clusters()) == before


def test_failed_import_leaves_nothing(team_url):
    with PgLibrary(team_url) as team:
        bad = [NewItem("fact", 0, 4), NewItem("fact", 0, 999)]
        with pytest.raises(ValueError):
            team.add_source("Some text here.", SourceMeta(), items=bad)
        assert team.count_sources() == 0
        assert team.max_item_id() == 0


def test_ids_are_never_given_out_twice(team_url):
    with PgLibrary(team_url) as team:
        first = team.add_source("One text.", SourceMeta(), items=[NewItem("fact", 0, 4)])
        team.delete_source(first)
        second = team.add_source("Two text.", SourceMeta(), items=[NewItem("fact", 0, 4)])
        assert second > first


def test_concurrent_first_opens_migrate_once(pg_cluster, pg_database):
    """Several apps setting up one library at once: one runs the steps, the
    others wait for the lock and find it done."""
    errors = []

    def setup():
        try:
            init_team(pg_database)
        except (LibraryError, psycopg.Error) as exc:  # pragma: no cover - the failure we test for
            errors.append(exc)

    threads = [threading.Thread(target=setup) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with psycopg.connect(pg_database) as conn:
        assert stored_version(conn) == SCHEMA_VERSION


def test_own_commits_do_not_move_data_version(team_url):
    """As SQLite's data_version: another connection's commit moves it, this
    one's own never do, so grouping keeps its state between one's own imports."""
    with PgLibrary(team_url) as mine, PgLibrary(team_url) as theirs:
        seen = mine.data_version()
        sid = mine.add_source("Own words here.", SourceMeta(), items=[NewItem("fact", 0, 9)])
        corroborate.update(mine, sid)
        state = mine.grouping_state
        assert state is not None
        assert mine.data_version() == seen
        with mine.transaction() as db:
            db.execute("INSERT INTO speakers (name) VALUES (?)", ("Pell Arno",))
            assert mine.data_version() == seen  # inside its own open transaction too
        assert mine.data_version() == seen
        theirs.add_source("Their words here.", SourceMeta(), items=[NewItem("fact", 0, 11)])
        assert mine.data_version() == seen + 1


def test_a_lost_connection_is_opened_again(pg_cluster, team_url):
    """A server restart or a network blip between two reads: the next read works."""
    with PgLibrary(team_url) as library:
        library.add_source("Kept words.", SourceMeta(), items=[NewItem("fact", 0, 4)])
        with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (library.db.raw.info.backend_pid,))
        assert library.count_sources() == 1
        # A write whose connection is lost mid-transaction is reported, not half made.
        with pytest.raises(TeamLibraryError, match="lost the connection"):
            with library.transaction() as db:
                db.execute("INSERT INTO speakers (name) VALUES (?)", ("Half Made",))
                with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
                    admin.execute(
                        "SELECT pg_terminate_backend(%s)", (library.db.raw.info.backend_pid,)
                    )
                db.execute("INSERT INTO speakers (name) VALUES (?)", ("Never",))
        assert [s.name for s, _ in library.speakers()] == []


def test_a_memo_exports_against_a_team_library(team_url, tmp_path, capsys):
    """The example memo, checked against a team library holding the seeds:
    its blocks find their sources and the conflict they are in."""
    from app.cli import run
    from tests.conftest import ROOT

    with PgLibrary(team_url) as library:
        add_bundled_sources(library)
    out = tmp_path / "memo.docx"
    brief = ROOT / "briefs" / "la-sanctuary-ordinance.brief.json"
    status = run(["export", str(brief), "--out", str(out), "--library", team_url])
    err = capsys.readouterr().err
    assert status == 0, err
    assert out.stat().st_size > 0
    assert "conflicts not checked" not in err
    assert "conflict" in err  # the example memo cites both sides of the 2014/2017 one
    from docx import Document

    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "Los Angeles" in text
