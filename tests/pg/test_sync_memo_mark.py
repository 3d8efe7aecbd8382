"""The mark that a memo cites an item (`items.in_memo`) in a team library and
its offline copies: a date Sync brings up keeps a fact a memo drafted in the
copy cites, the mark comes down with a copy, and a team library made before
the mark upgrades keeping every row."""

from __future__ import annotations

import psycopg

from app.cli import run
from app.core import library_edits as edits
from app.core.brief_sources import mark_cited
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.offline import Part, baseline, take_offline
from app.core.pg import schema
from app.core.pg.library import PgLibrary
from app.core.store import Library
from app.core.sync import sync
from tests.conftest import assert_rows_kept, table_rows
from tests.core.test_fact_refresh_kept import ARTICLE, FRIDAY, MEETS, _facts
from tests.core.test_memo_mark import _marked, _memo, fill_old_library
from tests.export.test_export_marks import _in_memo


def _team_source(team_url, tmp_path) -> int:
    path = tmp_path / "rates.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with PgLibrary(team_url) as team:
        outcome = import_file(team, path)
    assert outcome.ok, outcome.line()
    return outcome.source_id


def test_a_date_sync_brings_up_keeps_a_fact_a_memo_in_the_copy_cites(team_url, tmp_path):
    sid = _team_source(team_url, tmp_path)
    with PgLibrary(team_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
    meets_id = _facts(local, sid)[MEETS][0]
    mark_cited(_memo(local, meets_id), local)  # the memo drafted on the road
    edits.update_source_meta(local, sid, SourceMeta(date=FRIDAY))
    assert _facts(local, sid)[MEETS] == (meets_id, None)

    with PgLibrary(team_url) as team:
        report = sync(local, team, team_url)
        assert report.details_sent == 1
        assert team.source(sid).meta.date == FRIDAY
        assert _facts(team, sid)[MEETS] == (meets_id, None)  # kept there too
        assert meets_id in _marked(team, sid)
    assert _facts(local, sid)[MEETS] == (meets_id, None)  # and after the refresh here
    assert meets_id in _marked(local, sid)
    local.close()


def test_the_mark_comes_down_with_a_copy(team_url, tmp_path):
    sid = _team_source(team_url, tmp_path)
    with PgLibrary(team_url) as team:
        meets_id = _facts(team, sid)[MEETS][0]
        mark_cited(_memo(team, meets_id), team)  # a memo drafted in the office
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
    assert _marked(local, sid) == {meets_id}

    edits.update_source_meta(local, sid, SourceMeta(date=FRIDAY))  # no memo open here

    assert _facts(local, sid)[MEETS] == (meets_id, None)
    local.close()


def _without_doc(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The rows without the items' search document (column 10), which team
    schema 5 makes again to hold the cited form."""
    return {t: [r[:9] + r[10:] if t == "items" else r for r in rs] for t, rs in rows.items()}


def test_a_team_library_of_schema_3_keeps_every_row(pg_database, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    with psycopg.connect(pg_database, autocommit=True) as conn:
        assert schema.migrate(conn) == 0
        tables = fill_old_library(conn.execute, "%s", "briefing.")
        before = _without_doc(table_rows(conn.execute, tables, "briefing."))
        monkeypatch.undo()
        assert schema.migrate(conn) == 3
        assert schema.stored_version(conn) == schema.SCHEMA_VERSION
        assert_rows_kept(before, _without_doc(table_rows(conn.execute, tables, "briefing.")))
        marks = conn.execute("SELECT id, in_memo FROM briefing.items").fetchall()
        assert marks == [(9, 0)]


def test_a_copy_remembers_the_marks_it_came_with_and_sends_new_ones(team_url, tmp_path):
    sid = _team_source(team_url, tmp_path)
    with PgLibrary(team_url) as team:
        facts = sorted(i for i, _ in _facts(team, sid).values())
        mark_cited(_memo(team, facts[0]), team)
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
    assert set(baseline(local, "memo")) == {str(facts[0])}
    mark_cited(_memo(local, facts[1]), local)

    with PgLibrary(team_url) as team:
        sync(local, team, team_url)
        assert _marked(team, sid) == set(facts[:2])
    assert set(baseline(local, "memo")) == {str(i) for i in facts[:2]}
    local.close()


def test_team_sync_with_a_memo_marks_what_it_cites_before_a_date_goes_up(team_url, tmp_path):
    """`team sync --memo` marks what the memo cites in the copy first, as the
    window does for an open memo; the marks go up with the sync, so a date a
    colleague types in there later keeps the fact."""
    sid = _team_source(team_url, tmp_path)
    road = tmp_path / "road.sqlite"
    assert run(["team", "offline", str(road), "--library", team_url]) == 0
    with Library(road) as local:
        meets_id = _facts(local, sid)[MEETS][0]
        memo = tmp_path / "memo.brief.json"
        _memo(local, meets_id).save(memo)  # drafted on the road, not opened in the window
    assert _in_memo(road)[meets_id] == 0

    assert run(["team", "sync", str(road), "--memo", str(memo)]) == 0

    assert _in_memo(road)[meets_id] == 1  # the copy's file
    with PgLibrary(team_url) as team:
        assert _marked(team, sid) == {meets_id}
        edits.update_source_meta(team, sid, SourceMeta(date=FRIDAY))
        assert _facts(team, sid)[MEETS] == (meets_id, None)


def test_export_marks_in_a_team_library_and_a_reader_is_told_not_refused(
    team_url, make_user, tmp_path, capsys
):
    sid = _team_source(team_url, tmp_path)
    _, reader = make_user("reader")
    _, editor = make_user("editor")
    with PgLibrary(team_url) as team:
        first, second = sorted(i for i, _ in _facts(team, sid).values())[:2]
        for n, item_id in enumerate((first, second)):
            _memo(team, item_id).save(tmp_path / f"memo{n}.brief.json")

    out = tmp_path / "memo.docx"
    memo0, memo1 = (str(tmp_path / f"memo{n}.brief.json") for n in (0, 1))
    assert run(["export", memo0, "--out", str(out), "--library", reader]) == 0
    err = capsys.readouterr().err
    assert "not marked as cited in the library" in err
    assert run(["export", memo1, "--out", str(out), "--library", editor, "--force"]) == 0
    assert "not marked" not in capsys.readouterr().err
    with PgLibrary(team_url) as team:
        assert _marked(team, sid) == {second}
