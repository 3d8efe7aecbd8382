"""On a big library the list never counts on the window's thread
(app/ui/item_model.py): not for a search, and not for the reload after a
change, ours or another program's (a team library's arrive by LISTEN/NOTIFY,
every few moments while others import). A count the user no longer wants
(they typed on, or closed the window) is stopped on a library file too,
and the file stays fully usable after it."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from app.core import store_search
from app.core.importer import open_library
from app.core.model import NewItem, SourceMeta
from app.core.store_search import SearchStore
from tests.ui import test_count_after_rows as rows_first
from tests.ui.test_count_after_rows import PER_SOURCE, SOURCES, _search

TOTAL = SOURCES * PER_SOURCE
big_window = rows_first.big_window  # the window on 450 quotes, searching on its workers
file_only = pytest.mark.parametrize("library_location", ["sqlite"], indirect=True)


@pytest.fixture
def count_threads(monkeypatch):
    """The threads every count of a library ran on, file or team library."""
    from app.core.pg.search import PgSearch

    threads: list[threading.Thread] = []
    for cls in (SearchStore, PgSearch):

        def count(self, flt, cap=None, _original=cls.count):
            threads.append(threading.current_thread())
            return _original(self, flt, cap)

        monkeypatch.setattr(cls, "count", count)
    return threads


@pytest.fixture
def held_count(monkeypatch):
    """The next count of "zorbel" on a library file starts, then holds until
    go(); with `forever`, it counts again and again until stopped. `outcomes`
    gets what each of its statements gave: a number, or the error that
    stopped it."""
    # A count of 450 matches ends before SQLite's usual 10,000 steps: look
    # at the stop flag every 100, as a count of a million does at 10,000.
    monkeypatch.setattr(store_search, "STOP_CHECK_STEPS", 100, raising=False)
    original = SearchStore.count

    class Held:
        started, _go, _give_up = threading.Event(), threading.Event(), threading.Event()
        outcomes: list = []
        forever = False

        def go(self) -> None:
            self._go.set()

    held = Held()

    def count(self, flt, cap=None):
        if flt.query != "zorbel" or held.started.is_set():
            return original(self, flt, cap)
        held.started.set()
        held._go.wait(20)
        while True:
            try:
                n = original(self, flt, cap)
            except Exception as exc:
                held.outcomes.append(exc)
                raise
            held.outcomes.append(n)
            if not held.forever or held._give_up.is_set():
                return n

    monkeypatch.setattr(SearchStore, "count", count)
    yield held
    held._give_up.set()
    held._go.set()


def _add_quotes(location, title: str, n: int) -> None:
    """Another program adds a source of `n` quotes."""
    library = open_library(location)
    lines = [f"zorbel said extra{k}." for k in range(n)]
    items, at = [], 0
    for line in lines:
        items.append(NewItem("quote", at, at + len(line)))
        at += len(line) + 1
    library.add_source("\n".join(lines), SourceMeta(title=title), items=items)
    library.close()


def test_a_change_by_another_program_is_counted_off_the_window_thread(
    qtbot, big_window, library_location, count_threads
):
    """The list follows another program's import (a poll of the file, a
    notification from the server) with its rows at once and its count from
    the counts' worker; the user's selection and scroll position stay."""
    window, _ = big_window
    panel = window.library_panel
    assert panel.model._background
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{TOTAL} quotes", timeout=10_000)
    chosen = panel.model.item_at(150).id
    assert panel.select_item(chosen)
    bar = panel.items.verticalScrollBar()
    top = bar.value()
    assert top > 0
    labels: list[str] = []
    panel.statusChanged.connect(labels.append)
    count_threads.clear()

    _add_quotes(library_location, "later", 10)
    window.live.check_others()  # a library file's poll, without waiting for its timer
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{TOTAL + 10} quotes", timeout=10_000)

    assert count_threads, "the change was counted"
    assert threading.main_thread() not in count_threads
    # The same search counted again: the last figure stays until the new one
    # lands, so the label does not flicker with every change others make.
    assert "counting quotes\u2026" not in labels and labels[-1] == f"{TOTAL + 10} quotes shown"
    assert panel.current_item().id == chosen
    assert bar.value() == top


def test_a_search_and_an_edit_are_counted_off_the_window_thread(qtbot, big_window, count_threads):
    window, _ = big_window
    panel = window.library_panel
    qtbot.waitUntil(lambda: not panel.model.counting, timeout=10_000)
    _search(qtbot, panel, "zorbel")
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{TOTAL} quotes", timeout=10_000)
    panel.model.refresh()  # as after an edit of ours
    assert panel.model.counting and panel.model.rowCount() > 0
    assert panel.count_label.text() == f"{TOTAL} quotes"  # the last figure, while counted again
    _search(qtbot, panel, "zorbel OR quellin")  # another search: no figure until its count
    qtbot.waitUntil(lambda: not panel.model.searching, timeout=10_000)
    if panel.model.counting:
        assert panel.count_label.text() == "counting quotes\u2026"
    qtbot.waitUntil(lambda: not panel.model.counting, timeout=10_000)
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{TOTAL} quotes", timeout=10_000)
    assert count_threads and threading.main_thread() not in count_threads


@file_only
def test_typing_on_stops_a_file_count_under_way(
    qtbot, big_window, held_count, message_boxes, tmp_path
):
    window, library = big_window
    panel = window.library_panel
    labels: list[str] = []
    panel.statusChanged.connect(labels.append)
    _search(qtbot, panel, "zorbel")
    assert held_count.started.wait(10)  # its count is under way
    _search(qtbot, panel, "zorbel -number0")  # typed on
    held_count.go()
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{TOTAL - 1} quotes", timeout=10_000)
    # The first count was stopped in its statement, not run to its end.
    assert len(held_count.outcomes) == 1
    stopped = held_count.outcomes[0]
    assert isinstance(stopped, sqlite3.OperationalError) and "interrupted" in str(stopped)
    # Never shown to the user.
    assert message_boxes == []
    assert all("interrupt" not in text and "rror" not in text for text in labels)
    assert f"{TOTAL} quotes shown" not in labels

    # The library is fully usable: search again, write, read the file.
    _search(qtbot, panel, "quinth")
    assert panel.count_label.text() == f"{TOTAL // 3} quotes"
    _add_quotes(library.path, "after", 3)
    window.live.check_others()
    _search(qtbot, panel, "zorbel")
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{TOTAL + 3} quotes", timeout=10_000)
    with sqlite3.connect(library.path) as db:
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == TOTAL + 3
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@file_only
def test_closing_the_window_stops_a_file_count_under_way(qtbot, big_window, held_count):
    """A count that would go on and on (a common word in a million items)
    is stopped by the window's close, which then has nothing to wait for."""
    window, _ = big_window
    panel = window.library_panel
    held_count.forever = True
    _search(qtbot, panel, "zorbel")
    assert held_count.started.wait(10)
    held_count.go()
    qtbot.waitUntil(lambda: len(held_count.outcomes) > 0, timeout=10_000)
    window.close()
    # The close stopped it: it ended in its statement before the close returned.
    stopped = held_count.outcomes[-1]
    assert isinstance(stopped, sqlite3.OperationalError) and "interrupted" in str(stopped)
    assert all(n == TOTAL for n in held_count.outcomes[:-1])
