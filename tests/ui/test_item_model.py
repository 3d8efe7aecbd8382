"""The lazy item model on a library too big to count on the GUI thread."""

from __future__ import annotations

import pytest

from app.core.store import Library, SearchFilter, content_hash
from app.ui.item_model import COUNT_CAP, PAGE, ItemTableModel

N_ITEMS = 1500


@pytest.fixture
def big_library(tmp_path):
    """1,500 quotes in one source; every third one mentions "budget"."""
    sentences = [f"Item {i} {'budget' if i % 3 == 0 else 'zoning'} words." for i in range(N_ITEMS)]
    text = " ".join(sentences)
    library = Library(tmp_path / "big.sqlite")
    with library.transaction() as db:
        source_id = db.execute(
            "INSERT INTO sources (file_name, title, text, content_hash) VALUES (?, ?, ?, ?)",
            ("big.txt", "Big", text, content_hash(text)),
        ).lastrowid
        rows, pos = [], 0
        for sentence in sentences:
            rows.append((source_id, "quote", pos, pos + len(sentence), sentence))
            pos += len(sentence) + 1
        db.executemany(
            'INSERT INTO items (source_id, kind, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            rows,
        )
    yield library
    library.close()


def test_count_is_capped_then_finished_on_the_worker(qtbot, big_library):
    model = ItemTableModel(big_library, flt=SearchFilter(kind="quote"))
    assert model.total_text() == f"{COUNT_CAP:,}+"
    assert model.rowCount() == PAGE
    qtbot.waitUntil(lambda: model.total_text() == f"{N_ITEMS:,}", timeout=5000)


def test_pages_are_fetched_as_the_view_scrolls(big_library):
    model = ItemTableModel(big_library, flt=SearchFilter(kind="quote"))
    rows = [model.item_at(r).start for r in range(model.rowCount())]
    while model.canFetchMore():
        model.fetchMore()
        rows = [model.item_at(r).start for r in range(model.rowCount())]
    assert len(rows) == N_ITEMS and rows == sorted(rows)  # reading order, no gaps


def test_search_finds_exactly_the_matching_items(qtbot, big_library):
    model = ItemTableModel(big_library, flt=SearchFilter(kind="quote"))
    model.set_filter(SearchFilter(query="budg", kind="quote"))
    while model.canFetchMore():
        model.fetchMore()
    found = {model.item_at(r).text for r in range(model.rowCount())}
    expected = {
        r[0] for r in big_library.db.execute("SELECT text FROM items WHERE text LIKE '%budget%'")
    }
    assert found == expected and len(found) == N_ITEMS // 3
    qtbot.waitUntil(lambda: model.total_text() == f"{N_ITEMS // 3:,}", timeout=5000)
    assert big_library.count(SearchFilter(query="budg"), cap=10) == 10


def test_a_search_on_the_worker_thread_arrives_and_stale_ones_are_dropped(qtbot, big_library):
    model = ItemTableModel(big_library, flt=SearchFilter(kind="quote"), background=True)
    model.set_filter(SearchFilter(query="zon", kind="quote"))
    model.set_filter(SearchFilter(query="budget", kind="quote"))  # typed on: supersedes
    assert model.searching
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    assert model.rowCount() == PAGE
    assert all("budget" in model.item_at(r).text for r in range(model.rowCount()))
    qtbot.waitUntil(lambda: model.total_text() == f"{N_ITEMS // 3:,}", timeout=5000)
    # Filters without text read their rows on the GUI thread, at once; on a
    # big library their count comes after, from the counts' worker.
    model.set_filter(SearchFilter(kind="quote"))
    assert not model.searching and model.rowCount() == PAGE and model.counting
    qtbot.waitUntil(lambda: model.total_text() == f"{N_ITEMS:,}", timeout=5000)


def test_home_and_end_go_to_the_first_and_last_card_and_select_it(qtbot, big_library):
    from PySide6.QtCore import Qt

    from app.ui.item_table import ItemTable

    model = ItemTableModel(big_library, flt=SearchFilter(kind="quote"))
    table = ItemTable(model)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    table.setFocus()
    table.selectRow(3)
    qtbot.keyClick(table, Qt.Key.Key_End)
    # The last card of all, not of the page read so far.
    assert model.rowCount() == N_ITEMS
    assert [i.row() for i in table.selectionModel().selectedRows()] == [N_ITEMS - 1]
    assert table.currentIndex().row() == N_ITEMS - 1
    last = table.visualRect(model.index(N_ITEMS - 1, 0))
    assert table.viewport().rect().contains(last)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    assert table.verticalScrollBar().value() == 0
