"""The mark of a join the user made (`speaker_aliases.by_hand`) on a team
library: a library of team schema 5 upgrades with every join an import's, a
copy taken offline holds the marks, and a merge made in the copy goes up
with Sync marked (invented names)."""

from __future__ import annotations

import psycopg

from app import cli
from app.core.importer import import_file
from app.core.offline import Part, take_offline
from app.core.pg import pool, schema
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.speaker_repair import upgraded_before_hand_joins
from app.core.sync import sync
from tests.conftest import assert_rows_kept, table_rows
from tests.core.older_schemas import team_before_grouping_inputs
from tests.core.test_cli_check_speakers import ARTICLES as QUELL_ARTICLES
from tests.core.test_speaker_hand_joins import ANA, IVO, LONE


def test_a_team_library_of_schema_5_upgrades_with_every_join_an_imports(
    pg_database, monkeypatch
) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 5)
    with psycopg.connect(pg_database, autocommit=True) as conn:
        assert schema.migrate(conn) == 0
        conn.execute("INSERT INTO briefing.speakers (id, name, role) VALUES (1, 'Ana Ruiz', '')")
        conn.execute("INSERT INTO briefing.speaker_aliases (speaker_id, alias) VALUES (1, 'Ruiz')")
        tables = ("speakers", "speaker_aliases")
        before = table_rows(conn.execute, tables, "briefing.")
        monkeypatch.undo()

        assert schema.migrate(conn) == 5
        assert schema.stored_version(conn) == schema.SCHEMA_VERSION >= schema.HAND_JOINS_SCHEMA
        after = table_rows(conn.execute, tables, "briefing.")
        assert_rows_kept(before, after)
        assert after["speaker_aliases"] == [(1, "Ruiz", 0)]
    init_team(pg_database)
    with PgLibrary(pg_database) as library:
        assert library.hand_aliases(1) == set()


def test_offline_copies_hold_the_marks_and_sync_sends_a_merge_marked(team_url, tmp_path) -> None:
    with PgLibrary(team_url) as team:
        for number, text in enumerate((ANA, IVO, LONE)):
            (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
            import_file(team, tmp_path / f"a{number}.txt")
        ids = {s.name: s.id for s, _ in team.speakers()}
        team.rename_speaker(ids["Ivo Ruiz"], "Ivo Kai Ruiz")
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
        try:
            assert local.hand_aliases(ids["Ivo Ruiz"]) == {"Ivo Ruiz"}
            local.merge_speakers(ids["Ana Ruiz"], ids["Ruiz"])
            sync(local, team, team_url)
        finally:
            local.close()
        assert team.hand_aliases(ids["Ana Ruiz"]) == {"Ruiz"}


def test_opening_a_team_library_of_schema_5_says_it_upgraded_it(pg_database, monkeypatch) -> None:
    """The window's note pointing to Check Speakers comes from the one opening
    that upgraded the library (app/ui/speaker_check_hint.py)."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 5)
    with psycopg.connect(pg_database, autocommit=True) as conn:
        schema.migrate(conn)
    monkeypatch.undo()
    with PgLibrary(pg_database) as library:
        assert library.upgraded_from == 5
        assert upgraded_before_hand_joins(library)
    pool.close_idle()  # opened anew, not through the connection kept
    with PgLibrary(pg_database) as again:
        assert again.upgraded_from is None
        assert not upgraded_before_hand_joins(again)


def test_team_init_upgrading_from_schema_5_points_to_check_speakers(
    team_url, tmp_path, capsys
) -> None:
    with PgLibrary(team_url) as library:
        for number, text in enumerate(QUELL_ARTICLES):
            (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
            import_file(library, tmp_path / f"a{number}.txt")
        with library.transaction() as db:  # "Quell" kept apart, as the rules before did
            db.execute("INSERT INTO speakers (name, role) VALUES ('Quell', '')")
            db.execute("DELETE FROM speaker_aliases WHERE alias = 'Quell'")
            db.execute(
                "UPDATE items SET speaker_id = (SELECT id FROM speakers WHERE name = 'Quell')"
                " WHERE text = 'The ferry is late again,'"
            )
    with psycopg.connect(team_url, autocommit=True) as conn:  # as team schema 5 left it
        conn.execute("ALTER TABLE briefing.speaker_aliases DROP COLUMN by_hand")
        team_before_grouping_inputs(conn)
        conn.execute("UPDATE briefing.library_meta SET value = '5' WHERE key = 'schema_version'")
    assert cli.run(["team", "init", team_url]) == 0
    err = capsys.readouterr().err
    assert "upgraded; today's rules would make 1 change to its speakers" in err
    assert "main.py check-speakers --library " in err
    assert cli.run(["team", "init", team_url]) == 0
    assert "check-speakers" not in capsys.readouterr().err
