"""The list's exact count of a team library's matches (app/ui/item_model.py)
is stopped on the server when the next search starts: counting every match
of a common word would hold up the list's one worker, and the next page
with it."""

from __future__ import annotations

import threading

import psycopg
import pytest

from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.store import SearchFilter
from app.ui import item_model
from app.ui.item_model import Count, ItemTableModel
from app.ui.tasks import run_in_background

COUNT_SQL = "SELECT count(*) FROM items i WHERE%"


@pytest.fixture
def team(team_url):
    with PgLibrary(team_url) as library:
        for s in range(4):
            lines = [f"zorbel quinth{n % 2} item{s}x{n}" for n in range(10)]
            items, at = [], 0
            for line in lines:
                items.append(NewItem("fact", at, at + len(line)))
                at += len(line) + 1
            library.add_source("\n".join(lines), SourceMeta(title=f"src{s}"), items=items)
    return team_url


@pytest.fixture
def items_locked(pg_cluster, team):
    """lock() holds the items table from another session (every read of it
    waits); release() lets it go; waiting() -> counts waiting for it."""
    admin = psycopg.connect(pg_cluster.url(psycopg.conninfo.conninfo_to_dict(team)["dbname"]))
    watch = psycopg.connect(pg_cluster.url(), autocommit=True)

    class Lock:
        def lock(self) -> None:
            admin.execute("LOCK TABLE briefing.items IN ACCESS EXCLUSIVE MODE")

        def release(self) -> None:
            admin.rollback()

        def waiting(self, pid: int | None = None) -> int:
            """Counts waiting (with `pid`: that session's statements)."""
            if pid is not None:
                return watch.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                    " AND wait_event_type = 'Lock' AND pid = %s",
                    (pid,),
                ).fetchone()[0]
            return watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                " AND wait_event_type = 'Lock' AND query LIKE %s",
                (COUNT_SQL,),
            ).fetchone()[0]

    held = Lock()
    yield held
    admin.rollback()
    admin.close()
    watch.close()


@pytest.fixture
def counts_held():
    """hold() keeps the counts' worker busy until release() (or the test's
    end). Never let go by a timeout of its own: on a loaded machine the
    worker let go before the items were locked, the count ran to its end
    there and then, and the wait for it to wait for the items timed out."""
    go = threading.Event()

    class Held:
        def hold(self) -> None:
            run_in_background(go.wait, lambda _: None, count=True)

        def release(self) -> None:
            go.set()

    held = Held()
    yield held
    go.set()


def test_a_count_stopped_on_the_server_gives_nothing_and_leaves_the_library_sound(
    team, items_locked
):
    items_locked.lock()
    counting = Count(team, SearchFilter(query="zorbel"))
    got = []
    worker = threading.Thread(target=lambda: got.append(counting.run()))
    worker.start()
    deadline = threading.Event()
    while items_locked.waiting() == 0 and not deadline.wait(0.02):
        pass
    assert items_locked.waiting() == 1
    counting.stop()
    worker.join(timeout=10)
    assert not worker.is_alive()  # while the table is still held: the server stopped it
    assert got == [None]
    assert items_locked.waiting() == 0
    items_locked.release()
    # Its connection serves the next library as a sound one, counting to the end.
    assert Count(team, SearchFilter(query="quinth1")).run() == 20


def test_a_count_not_stopped_runs_to_the_end(team):
    assert Count(team, SearchFilter(query="zorbel")).run() == 40
    stopped = Count(team, SearchFilter(query="zorbel"))
    stopped.stop()
    assert stopped.run() is None  # never started


def test_the_next_search_stops_the_lists_exact_count(
    qtbot, team, items_locked, counts_held, monkeypatch
):
    """The list shows the rows for "zorbel" and counts them after (held up
    here by a lock on the items); typing another search stops that count
    at the server, and the new search's page and count arrive once the
    items are free."""
    monkeypatch.setattr(item_model, "COUNT_CAP", 3)
    monkeypatch.setattr(item_model, "PAGE", 3)
    library = PgLibrary(team, readonly=True)
    model = ItemTableModel(library, flt=SearchFilter(query="zorbel"), background=True, load=False)
    # The counts' worker is kept busy until the lock is taken, so the
    # count starts after it and waits for the items.
    counts_held.hold()
    model.refresh()  # the rows at once; the count after them, on the counts' worker
    assert model.rowCount() == 3 and model.counting
    counting = model._counting
    items_locked.lock()
    counts_held.release()
    qtbot.waitUntil(lambda: counting._library is not None, timeout=20000)
    pid = counting._library.db.raw.info.backend_pid
    qtbot.waitUntil(lambda: items_locked.waiting(pid) == 1, timeout=20000)
    model.set_filter(SearchFilter(query="quinth1"))
    # Its read ended, though the items are still held: stopped. (Not "its
    # session waits no more": the session goes back to the pool and the new
    # search's page may take it, and wait for the items on it.)
    qtbot.waitUntil(lambda: counting._library is None, timeout=20000)
    assert model.searching
    items_locked.release()
    qtbot.waitUntil(lambda: not model.searching, timeout=20000)
    qtbot.waitUntil(lambda: model.total_text() == "20", timeout=20000)
    assert {i.text.split()[1] for i in (model.item_at(r) for r in range(model.rowCount()))} == {
        "quinth1"
    }
    library.close()


def test_closing_the_window_stops_its_count_on_the_server(
    qtbot, team, items_locked, counts_held, monkeypatch
):
    """A library switch or quit does not wait for the list's count: the
    window's close cancels it on the server (it waited for the items here),
    and returns with nothing of it left running."""
    from tests.ui.helpers import open_window

    monkeypatch.setattr(item_model, "BACKGROUND_FROM", 0)
    # More facts than fit in the list (it would read on, and wait for the items, too).
    monkeypatch.setattr(item_model, "PAGE", 30)
    library = PgLibrary(team)
    window = open_window(qtbot, library)
    panel = window.library_panel
    qtbot.waitUntil(lambda: not panel.model.counting, timeout=20000)
    counts_held.hold()
    panel.show_kind("fact")  # the facts at once; their count after, held up below
    assert panel.model.rowCount() == 30 and panel.model.counting
    counting = panel.model._counting
    items_locked.lock()
    counts_held.release()
    qtbot.waitUntil(lambda: counting._library is not None, timeout=20000)
    pid = counting._library.db.raw.info.backend_pid
    qtbot.waitUntil(lambda: items_locked.waiting(pid) == 1, timeout=20000)
    window.close()
    # Closed while the items are still held: the count was stopped, not waited for.
    assert counting.stopped and counting._library is None
    assert items_locked.waiting(pid) == 0
    items_locked.release()
    library.close()
