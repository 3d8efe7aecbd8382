"""A team library whose server stops answering: said once, in the status
bar, not in a message box each time the window looks for others' changes;
when it answers again, the note goes and the views read what is there."""

from __future__ import annotations

import psycopg
import pytest

from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.ui.live_library import LiveLibrary


@pytest.fixture
def team(pg_database):
    init_team(pg_database)
    library = PgLibrary(pg_database)
    yield pg_database, library
    library.close()


def _checked(qtbot, live: LiveLibrary) -> None:
    """One background check for others' changes, run to its end."""
    live.check_others()
    qtbot.waitUntil(lambda: live.idle, timeout=20_000)


def test_a_server_away_is_said_once_and_its_return_too(qtbot, team, pg_cluster):
    url, library = team
    live = LiveLibrary(library)
    failed, notes = [], []
    live.failed.connect(failed.append)
    live.busyChanged.connect(notes.append)
    # The writer's server goes away: its connection ends, and a new one
    # finds nobody at the address (a port nothing listens on).
    away = url.replace(f"port={pg_cluster.port}", "port=1")

    def leave(lib):
        lib.db.location = away
        return lib.db.raw.info.backend_pid

    pid = live.writer.call(leave, 30)
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    for _ in range(3):
        _checked(qtbot, live)
    assert failed == []  # each was a message box in the walk
    assert len(notes) == 1 and notes[0].startswith("No answer from team library")
    assert "library changes are refused until it answers" in notes[0]

    changed = []
    live.changed.connect(changed.append)
    live.writer.call(lambda lib: setattr(lib.db, "location", url), 30)
    _checked(qtbot, live)
    assert "answers again" in notes[-1]
    assert changed and changed[-1].all_details  # everything is read again
    qtbot.waitUntil(lambda: notes[-1] == "", timeout=10_000)  # the note goes after a while
    assert failed == []
    live.close()
