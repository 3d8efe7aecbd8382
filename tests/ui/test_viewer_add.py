"""Ctrl+Return in the source viewer adds the item it shows chosen to the memo,
as in the library: a passage just clipped (Ctrl+Shift+C) or a quote checked
in its article goes in without going back to the list. The key did nothing
there, and said nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import open_window, row_of_text, select_library_row
from tests.ui.test_take_speaker import WORDS


def test_ctrl_return_in_the_viewer_adds_the_item_it_shows(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel, viewer = window.library_panel, window.viewer
    select_library_row(panel, row_of_text(panel, WORDS))
    item = panel.current_item()
    qtbot.waitUntil(lambda: viewer.source is not None and viewer.source.id == item.source_id)
    focus = window.pane_focus
    focus.focus(next(p for p in focus.panes if p.name == "viewer"))
    assert QApplication.focusWidget() is viewer.text

    qtbot.keyClick(viewer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [b.item_id for b in window.current_brief().blocks()] == [item.id]
    assert QApplication.focusWidget() is viewer.text  # the keyboard stays in the article
