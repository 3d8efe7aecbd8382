"""On a big library the list shows a search's rows as soon as they are read,
and how many match fills in after them (app/ui/item_model.py): the count
label reads "counting quotes…" meanwhile, and a new search never shows the
count of the one before. On a library file and on a team library, typed into
the window's search box."""

from __future__ import annotations

import threading

import pytest

from app.core.importer import open_library
from app.core.model import NewItem, SourceMeta
from app.core.store import SearchFilter
from app.ui import item_model
from app.ui.item_model import PAGE
from app.ui.tasks import run_in_background
from tests.ui.helpers import open_window

SOURCES, PER_SOURCE = 9, 50  # 450 quotes: more than a page


def _line(n: int) -> str:
    # Invented words: "zorbel" on every quote, "quinth" on every third.
    return "zorbel " + ("quinth " if n % 3 == 0 else "") + f"said number{n}."


@pytest.fixture
def big_window(qtbot, library_location, monkeypatch):
    """The window on a library of 450 quotes whose list searches on its
    workers, as on a library of millions."""
    monkeypatch.setattr(item_model, "BACKGROUND_FROM", 0)
    library = open_library(library_location)
    for s in range(SOURCES):
        lines = [_line(s * PER_SOURCE + k) for k in range(PER_SOURCE)]
        items, at = [], 0
        for line in lines:
            items.append(NewItem("quote", at, at + len(line)))
            at += len(line) + 1
        library.add_source("\n".join(lines), SourceMeta(title=f"src{s}"), items=items)
    window = open_window(qtbot, library)
    yield window, library
    window.close()
    library.close()


@pytest.fixture
def counts_held():
    """hold() keeps the counts' worker busy until release()."""
    go = threading.Event()

    class Held:
        def hold(self) -> None:
            run_in_background(lambda: go.wait(20), lambda _: None, count=True)

        def release(self) -> None:
            go.set()

    held = Held()
    yield held
    go.set()


def _search(qtbot, panel, text: str) -> None:
    panel.search.clear()
    qtbot.keyClicks(panel.search, text)
    panel.apply_filter()  # as the pause after typing does
    qtbot.waitUntil(lambda: not panel.model.searching, timeout=10_000)


def _texts(panel) -> list[str]:
    return [panel.model.item_at(r).text for r in range(panel.model.rowCount())]


def test_the_rows_come_first_and_the_count_fills_in(qtbot, big_window, counts_held):
    window, library = big_window
    panel = window.library_panel
    assert panel.model._background
    status = []
    panel.statusChanged.connect(status.append)
    counts_held.hold()
    _search(qtbot, panel, "zorbel")
    # The rows are in, in the list's order, while the count waits for its worker.
    want = [i.text for i in library.search(SearchFilter(query="zorbel", kind="quote"), PAGE)]
    assert _texts(panel) == want and len(want) == PAGE
    assert panel.model.counting
    assert panel.count_label.text() == "counting quotes\u2026"
    assert status[-1] == "counting quotes\u2026"
    counts_held.release()
    qtbot.waitUntil(lambda: not panel.model.counting, timeout=10_000)
    assert panel.count_label.text() == f"{SOURCES * PER_SOURCE} quotes"
    assert status[-1] == f"{SOURCES * PER_SOURCE} quotes shown"
    assert _texts(panel) == want


def test_a_page_that_is_not_full_is_its_own_count(qtbot, big_window, counts_held):
    """Fewer matches than a page: the page holds them all, and the label
    says how many with the rows, without waiting for the counts' worker."""
    window, library = big_window
    panel = window.library_panel
    counts_held.hold()
    _search(qtbot, panel, "quinth")
    assert not panel.model.counting
    assert panel.count_label.text() == f"{SOURCES * PER_SOURCE // 3} quotes"
    assert sorted(_texts(panel)) == sorted(
        i.text for i in library.search(SearchFilter(query="quinth", kind="quote"))
    )


def test_a_new_search_never_shows_the_count_of_the_one_before(qtbot, big_window, counts_held):
    window, _ = big_window
    panel = window.library_panel
    labels = []
    panel.statusChanged.connect(labels.append)
    counts_held.hold()
    _search(qtbot, panel, "zorbel")
    assert panel.count_label.text() == "counting quotes\u2026"
    stale = panel.model._counting
    _search(qtbot, panel, "zorbel -number0")  # every quote but number0
    assert panel.count_label.text() == "counting quotes\u2026"
    labels.clear()
    counts_held.release()
    qtbot.waitUntil(lambda: not panel.model.counting, timeout=10_000)
    total = SOURCES * PER_SOURCE - 1
    assert panel.count_label.text() == f"{total} quotes"
    # The first search's count was stopped before it started: never shown.
    assert stale.run() is None
    assert labels == [f"{total} quotes shown"]


def test_a_count_past_the_cap_shows_the_cap_then_the_exact_count(
    qtbot, big_window, counts_held, monkeypatch
):
    monkeypatch.setattr(item_model, "COUNT_CAP", 300)
    window, _ = big_window
    panel = window.library_panel
    labels = []
    panel.statusChanged.connect(labels.append)
    _search(qtbot, panel, "zorbel")
    qtbot.waitUntil(lambda: panel.model.total_text() == "450", timeout=10_000)
    assert labels == [
        "searching\u2026",
        "counting quotes\u2026",
        "300+ quotes shown",
        "450 quotes shown",
    ]
    assert panel.count_label.text() == "450 quotes"


def test_a_reload_during_a_text_search_keeps_the_selected_row(qtbot, big_window):
    """Another program adds a source while a text search is shown on a big
    library: the list is read again and the row the user had selected stays
    selected (the reload reads its page at once and selects on it, not on
    the old rows a worker's page would then replace)."""
    window, library = big_window
    panel = window.library_panel
    _search(qtbot, panel, "quinth")
    chosen = panel.model.item_at(40)
    assert panel.select_item(chosen.id)
    other = open_library(library.path)
    other.add_source("A new source with no quote.", SourceMeta(title="later"))
    other.close()
    panel.reload()
    qtbot.wait(200)  # a page from a worker, if one were read, has arrived
    qtbot.waitUntil(lambda: not panel.model.searching, timeout=10_000)
    assert panel.current_item() is not None
    assert panel.current_item().id == chosen.id
    assert panel.model.item_at(panel.items.currentIndex().row()).id == chosen.id
