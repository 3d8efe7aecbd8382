"""Edit > Clear Search and Filters (Ctrl+Shift+F) empties the search box and
its clear button goes with the text, as after typing it away: it stayed on
the empty box, a button that did nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from app.core.store import SearchFilter
from tests.ui.helpers import open_window, wait_idle


def test_the_clear_button_goes_with_the_text(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    qtbot.waitUntil(panel.search.isClearButtonEnabled)  # added after the first frame
    (button,) = panel.search.findChildren(QToolButton)
    qtbot.keyClicks(panel.search, "sanctuary")
    qtbot.waitUntil(lambda: button.isVisible() and button.property("opacity") == 1.0)
    panel.clear_action.trigger()
    wait_idle(qtbot, window)
    assert panel.search.text() == ""
    qtbot.waitUntil(lambda: button.property("opacity") == 0.0, timeout=3_000)
    every = seeded_library.count(SearchFilter(kind="quote"))
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{every} quotes")
