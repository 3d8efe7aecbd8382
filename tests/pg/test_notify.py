"""Changes others commit reach a listening app at once (LISTEN/NOTIFY)."""

from __future__ import annotations

import threading
import time

import psycopg

from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.notify import ChangeListener, ListenerThread

TEXT = "The ferry board met on Tuesday. It approved the new timetable."


def _add(library, text=TEXT):
    return library.add_source(text, SourceMeta(title="Ferry"), items=[NewItem("fact", 0, 31)])


def test_a_commit_elsewhere_is_heard_within_two_seconds(team_url):
    listener = ChangeListener(team_url)
    with PgLibrary(team_url) as other:
        started = time.monotonic()
        _add(other)
        changes = listener.wait(2.0)
        took = time.monotonic() - started
    listener.close()
    assert changes.touches("sources") and changes.touches("items")
    assert not changes.everything
    assert {"sources", "items"} <= changes.view_fields()
    assert "resolutions" not in changes.view_fields()
    assert took < 2.0


def test_nothing_is_heard_before_commit_or_after_rollback(team_url):
    listener = ChangeListener(team_url)
    with PgLibrary(team_url) as other:
        with other.transaction() as db:
            db.execute("INSERT INTO speakers (name) VALUES (?)", ("Oona Vell",))
            assert not listener.wait(0.3)
        assert listener.wait(2.0).touches("speakers")
        try:
            with other.transaction() as db:
                db.execute("INSERT INTO speakers (name) VALUES (?)", ("Ilse Marr",))
                raise RuntimeError("changed my mind")
        except RuntimeError:
            pass
        assert not listener.wait(0.5)
    listener.close()


def test_own_changes_are_left_out(team_url):
    listener = ChangeListener(team_url)
    with PgLibrary(team_url) as mine, PgLibrary(team_url) as theirs:
        listener.ignore(mine.db.raw.info.backend_pid)
        _add(mine)
        assert not listener.wait(0.5)
        item = theirs.items_of_source(theirs.sources()[0][0])[0]
        theirs.set_item_tags(item.id, ["x"])
        changes = listener.wait(2.0)
    listener.close()
    assert changes.tables == {"tags"}


def test_a_lost_listening_connection_comes_back_and_says_so(pg_cluster, team_url):
    listener = ChangeListener(team_url)
    pid = listener._conn.info.backend_pid
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert not listener.wait(0.5)  # the loss is noticed...
    changes = listener.wait(2.0)  # ...and the new connection says notices may be missed
    assert changes.everything
    with PgLibrary(team_url) as other:
        _add(other)
        assert listener.wait(2.0).touches("sources")
    listener.close()


def test_nothing_is_said_changed_while_the_server_cannot_be_reached(pg_cluster, team_url):
    """Every batch saying "everything" had the window's views read again, and
    fail, each time the listener tried: a message box a second in the walk."""
    listener = ChangeListener(team_url)
    pid = listener._conn.info.backend_pid
    listener.location = team_url.replace(f"port={pg_cluster.port}", "port=1")  # nobody there
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert not listener.wait(0.3)  # the loss is noticed
    assert not listener.wait(0.3)  # no server to reach: nothing to say
    assert not listener.wait(0.3)
    listener.location = team_url  # the server answers again
    assert listener.wait(2.0).everything
    listener.close()


def test_listener_thread_calls_back(team_url):
    heard = []
    got = threading.Event()

    def on_changes(changes):
        heard.append(changes)
        got.set()

    thread = ListenerThread(ChangeListener(team_url), on_changes, poll=0.2).start()
    with PgLibrary(team_url) as other:
        _add(other)
    assert got.wait(2.0)
    assert thread.stop()
    assert heard[0].touches("items")
