"""The chips of the filters in force wrap to more rows in the library panel;
they never widen it. At 1366x768 a speaker and a corroboration filter made
the panel 130 px wider (the chips' row set its least width), squeezing the
article and the memo, whose toolbar lost its Remove button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import focused, open_window, press


def _settle(qtbot) -> None:
    """Let the layouts take the change in (their requests are posted events)."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(50)


def test_four_filters_leave_the_panel_as_wide_as_it_was(qtbot, seeded_library):
    from app.core.store import SearchFilter

    first = seeded_library.search(SearchFilter(), limit=1)[0]
    seeded_library.set_item_tags(first.id, ["harbour levy budget"])
    window = open_window(qtbot, seeded_library)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() == 1366)
    panel = window.library_panel
    _settle(qtbot)
    sizes = window.splitter.sizes()
    filters = panel.filters
    for combo in (filters.source, filters.speaker, filters.tag, filters.corroboration):
        assert combo.count() > 1
        combo.setCurrentIndex(combo.count() - 1)
    qtbot.waitUntil(lambda: len(panel.active_filters.chips) == 4)
    _settle(qtbot)

    assert window.width() == 1366 and window.splitter.sizes() == sizes
    row = panel.active_filters
    for chip in [*row.chips, row.clear_all]:
        assert chip.isVisible()
        assert chip.geometry().right() < row.width()  # wholly in sight, not cut off


def test_tab_goes_through_the_chips_in_their_order(qtbot, seeded_library):
    """After the choosers, Tab reaches each chip (Space clears its filter),
    then Clear all, then the results. Made after the window, the chips came
    last in Qt's chain, after the memo: out of the keyboard's way round."""
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    filters = panel.filters
    filters.speaker.setCurrentIndex(2)
    filters.corroboration.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(panel.active_filters.chips) == 2)
    filters.corroboration.setFocus()
    row = panel.active_filters
    for expected in (*row.chips, row.clear_all, panel.items):
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is expected
