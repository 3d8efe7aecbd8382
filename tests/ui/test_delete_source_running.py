"""Deleting a source while its delete still runs on the writer (a big
library's regroup takes a while, and the window stays free meanwhile)."""

from __future__ import annotations

import threading

from tests.ui.helpers import open_window, wait_idle


def _rows(library, source_id: int) -> list[tuple]:
    """Everything the library holds of a source: its row, its items, their
    tags and groups."""
    db = library.db
    return [
        *db.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchall(),
        *db.execute("SELECT * FROM items WHERE source_id = ? ORDER BY id", (source_id,)).fetchall(),
        *db.execute(
            "SELECT t.* FROM tags t JOIN items i ON i.id = t.item_id WHERE i.source_id = ?"
            " ORDER BY t.item_id, t.tag",
            (source_id,),
        ).fetchall(),
        *db.execute(
            "SELECT m.item_id, count(*) FROM cluster_members m JOIN items i ON i.id = m.item_id"
            " WHERE i.source_id = ? GROUP BY m.item_id ORDER BY m.item_id",
            (source_id,),
        ).fetchall(),
    ]


def _a_source(library) -> int:
    return max(library.sources(), key=lambda row: row[3])[0]


def test_a_second_delete_while_the_first_runs_is_refused_with_a_message(qtbot, seeded_library):
    source_id = _a_source(seeded_library)
    window = open_window(qtbot, seeded_library)
    gate = threading.Event()  # the writer is held by a long write before the delete
    window.live.run(lambda library: gate.wait(30))
    try:
        assert window.sources.delete_source(source_id, ask=False)
        assert "Deleting" in window.statusBar().currentMessage()
        assert not window.sources.delete_source(source_id, ask=False)
        assert "Already deleting" in window.statusBar().currentMessage()
    finally:
        gate.set()
    wait_idle(qtbot, window)
    assert "Deleted" in window.statusBar().currentMessage()
    assert window.live.undo_stack.count() == 1  # one delete, one step
    assert _rows(seeded_library, source_id) == []


def test_the_delete_undoes_and_redoes_exactly(qtbot, seeded_library):
    source_id = _a_source(seeded_library)
    before = _rows(seeded_library, source_id)
    assert len(before) > 2
    window = open_window(qtbot, seeded_library)
    window.sources.delete_source(source_id, ask=False)
    wait_idle(qtbot, window)
    stack = window.live.undo_stack
    stack.undo()
    wait_idle(qtbot, window)
    assert _rows(seeded_library, source_id) == before
    stack.redo()
    wait_idle(qtbot, window)
    assert _rows(seeded_library, source_id) == []
    stack.undo()
    wait_idle(qtbot, window)
    assert _rows(seeded_library, source_id) == before
    # Brought back, it can be deleted again: the first delete is over.
    assert window.sources.delete_source(source_id, ask=False)
    wait_idle(qtbot, window)
    assert _rows(seeded_library, source_id) == []
    assert (stack.count(), stack.index()) == (1, 1)  # the new delete took the undone one's place


def test_a_delete_that_fails_can_be_asked_again(qtbot, seeded_library, monkeypatch):
    from app.core import library_edits
    from app.core.errors import LibraryError

    source_id = _a_source(seeded_library)
    before = _rows(seeded_library, source_id)
    window = open_window(qtbot, seeded_library)
    failures: list[str] = []
    window.live.failed.connect(failures.append)
    real = library_edits.delete_source

    def refused(library, sid):
        raise LibraryError("the disk is full")

    monkeypatch.setattr(library_edits, "delete_source", refused)
    assert window.sources.delete_source(source_id, ask=False)
    wait_idle(qtbot, window)
    assert failures == ["the disk is full"]
    assert "Deleting" not in window.statusBar().currentMessage()
    assert window.live.undo_stack.count() == 0
    assert _rows(seeded_library, source_id) == before
    monkeypatch.setattr(library_edits, "delete_source", real)
    assert window.sources.delete_source(source_id, ask=False)
    wait_idle(qtbot, window)
    assert _rows(seeded_library, source_id) == []
