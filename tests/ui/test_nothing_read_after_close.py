"""No search, count or refresh reaches a library once its window is closed
(the library is closed or replaced next: a switch, a quit, a test's end)."""

from __future__ import annotations

from app.core.store import SearchFilter
from app.ui.item_model import ItemTableModel
from app.ui.live_library import EVERYTHING
from tests.ui.helpers import open_window


def test_a_search_typed_just_before_the_close_never_runs(qtbot, seeded_library, monkeypatch):
    window = open_window(qtbot, seeded_library)
    model = window.library_panel.model
    searched = []
    real_set_filter = model.set_filter

    def set_filter(flt, **kwargs):
        searched.append(flt.query)
        real_set_filter(flt, **kwargs)

    monkeypatch.setattr(model, "set_filter", set_filter)
    window.library_panel.search.setText("Velmar")  # the search waits for the next keystroke
    window.close()
    seeded_library.close()  # as a switch or a quit does next
    qtbot.wait(400)  # well past the typing pause
    assert searched == []


def test_rows_read_just_before_the_stop_are_not_shown_nor_counted(qtbot, seeded_library):
    from app.ui.tasks import pool

    model = ItemTableModel(seeded_library, flt=SearchFilter(kind="quote"), background=True)
    shown = [model.item_at(row).id for row in range(model.rowCount())]
    model.set_filter(SearchFilter(query="defens", kind="quote"))  # read on the worker
    pool().waitForDone()  # read: the rows wait in the queue for this thread
    model.stop()  # the window closes
    qtbot.wait(200)
    assert [model.item_at(row).id for row in range(model.rowCount())] == shown
    assert not model.counting


def test_a_write_reported_after_the_close_reads_nothing(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    window.live.run(lambda library: None, EVERYTHING)  # reported after the close
    window.close()
    seeded_library.close()
    qtbot.wait(300)  # every view would read the library again
