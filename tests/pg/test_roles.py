"""Who may do what is enforced by the server: a refused action names the role it needs."""

from __future__ import annotations

import psycopg
import pytest

from app.cli import run
from app.core.model import NewItem, SourceMeta
from app.core.pg.connect import TeamLibraryError, TeamPermissionError
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team, members, set_role
from app.core.store import SearchFilter

TEXT = "Councillor Vanta Orrel said the levy passed. The levy passed 7-2."


def test_reader_searches_but_cannot_import(seeded_team, make_user):
    user, url = make_user("reader")
    with PgLibrary(url) as lib:
        assert lib.search(SearchFilter(query="sanctuary"), limit=3)
        assert lib.count_sources() == 5
        with pytest.raises(TeamPermissionError) as refused:
            lib.add_source(TEXT, SourceMeta(title="x"), items=[NewItem("fact", 0, 10)])
        message = str(refused.value)
        assert "importing sources needs the editor role" in message
        assert f"you ({user}) are reader" in message
        assert f"main.py team grant {user} editor" in message
        assert lib.count_sources() == 5  # and the library is as it was
        item = lib.search(SearchFilter(), limit=1)[0]
        with pytest.raises(TeamPermissionError, match="tagging needs the editor role"):
            lib.set_item_tags(item.id, ["mine"])


def test_the_server_refuses_even_without_the_app(seeded_team, make_user):
    _, url = make_user("reader")
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM briefing.tags")


def test_editor_edits_but_cannot_delete_sources(seeded_team, make_user):
    user, url = make_user("editor")
    with PgLibrary(url) as lib:
        sid = lib.add_source(TEXT, SourceMeta(title="Levy"), items=[NewItem("fact", 0, 10)])
        item = lib.items_of_source(sid)[0]
        lib.set_item_tags(item.id, ["budget"])
        speaker = lib.speakers()[0][0]
        lib.rename_speaker(speaker.id, speaker.name + " Jr")
        conflict = lib.conflicts()[0]
        lib.resolve_conflict(conflict.id, conflict.values[0], "checked the record")
        meta = lib.source(sid).meta
        meta.outlet = "Gazette"
        lib.update_source_meta(sid, meta)
        with pytest.raises(TeamPermissionError, match="deleting sources needs the admin role"):
            lib.delete_source(sid)
        assert lib.source(sid).meta.outlet == "Gazette"
        row = lib.db.execute("SELECT added_by FROM sources WHERE id = ?", (sid,)).fetchone()
        assert row[0] == user
    # An editor changes a source's details, never its text.
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE briefing.sources SET text = 'other' WHERE id = %s", (sid,))


def test_admin_deletes_and_gives_roles(seeded_team, make_user):
    admin, admin_url = make_user("admin")
    someone, someone_url = make_user(None)
    with pytest.raises(TeamPermissionError, match=f"you \\({someone}\\) have no role") as refused:
        PgLibrary(someone_url).close()
    assert f"main.py team grant {someone} reader" in str(refused.value)
    set_role(admin_url, someone, "editor")
    assert (someone, "editor") in members(admin_url)
    with PgLibrary(admin_url) as lib:
        sid = lib.sources()[0][0]
        lib.delete_source(sid)
        assert sid not in [s[0] for s in lib.sources()]
    set_role(admin_url, someone, "none")
    assert someone not in [u for u, _ in members(admin_url)]


def test_only_admins_give_roles(seeded_team, make_user):
    _, editor_url = make_user("editor")
    other, _ = make_user(None)
    with pytest.raises(TeamPermissionError, match="needs the admin role"):
        set_role(editor_url, other, "admin")


def test_bad_grants_are_refused_clearly(team_url, make_user):
    with pytest.raises(TeamLibraryError, match="no user named"):
        set_role(team_url, "nobody_by_that_name", "reader")
    with pytest.raises(TeamLibraryError, match="unknown role"):
        set_role(team_url, "x", "superuser")


def test_setup_needs_a_user_who_can_create_roles(pg_cluster, pg_database, make_user):
    name, _ = make_user(None)
    dbname = psycopg.conninfo.conninfo_to_dict(pg_database)["dbname"]
    with pytest.raises(TeamPermissionError, match="CREATEROLE"):
        init_team(pg_cluster.url(dbname, user=name))


def test_cli_init_grant_members(pg_cluster, pg_database, make_user, capsys):
    assert run(["team", "init", pg_database]) == 0
    out = capsys.readouterr().out
    assert "reader" in out and "editor" in out and "admin" in out
    user, url = make_user(None)
    assert run(["team", "grant", user, "editor", "--library", pg_database]) == 0
    assert run(["team", "members", "--library", pg_database]) == 0
    assert f"{user}\teditor" in capsys.readouterr().out
    assert run(["import", "--library", url, "/nonexistent/file.txt"]) == 1
    assert run(["team", "grant", user, "admin", "--library", url]) == 1
    assert "needs the admin role" in capsys.readouterr().err


def test_two_people_resolving_differently_see_each_others_choice(seeded_team, make_user):
    dana, dana_url = make_user("editor")
    omar, omar_url = make_user("editor")
    with PgLibrary(dana_url) as a, PgLibrary(omar_url) as b:
        conflict = a.conflicts()[0]
        first, second = (
            conflict.values[0],
            next(v for v in conflict.values if v != conflict.values[0]),
        )
        a.resolve_conflict(conflict.id, first, "the council minutes say so")
        b.resolve_conflict(conflict.id, second, "the state code says otherwise")
        for library in (a, b):
            seen = next(c for c in library.conflicts() if c.id == conflict.id)
            assert (seen.resolution, seen.note, seen.resolved_by) == (
                second,
                "the state code says otherwise",
                omar,
            )
            assert seen.others == [(first, "the council minutes say so", dana)]
        # Changing one's mind replaces one's own decision only.
        a.resolve_conflict(conflict.id, second, "agreed after all")
        seen = next(c for c in b.conflicts() if c.id == conflict.id)
        assert (seen.resolution, seen.resolved_by) == (second, dana)
        assert seen.others == [(second, "the state code says otherwise", omar)]
        # Regrouping keeps both, and the latest stays the resolution.
        from app.core import corroborate

        corroborate.regroup(b)
        seen = b.conflicts()[0]
        assert (seen.note, len(seen.others)) == ("agreed after all", 1)
        # Withdrawing one's decision leaves the other's in force.
        a.reopen_conflict(seen.id)
        seen = b.conflicts()[0]
        assert (seen.resolution, seen.resolved_by, seen.others) == (second, omar, [])


def test_tagging_from_a_stale_view_keeps_the_other_persons_tag(seeded_team, make_user):
    from app.core import library_edits

    _, dana_url = make_user("editor")
    _, omar_url = make_user("editor")
    with PgLibrary(dana_url) as a, PgLibrary(omar_url) as b:
        item = a.search(SearchFilter(), limit=1)[0]
        a.set_item_tags(item.id, ["budget"])
        seen = b.item(item.id).tags  # both look at ["budget"]
        a.set_item_tags(item.id, ["budget", "levy"], seen=["budget"])
        # The other adds "draft" and drops "budget" from the view they had.
        edit = library_edits.set_tags(b, item.id, ["draft"], seen)
        assert b.item_tags(item.id) == ["draft", "levy"]
        edit.revert(b)
        assert b.item_tags(item.id) == ["budget", "levy"]
