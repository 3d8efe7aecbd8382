"""A passage clipped in the viewer is an edit like any other: Edit > Undo
takes the new quote or fact out again, Redo puts it back under its id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.store import SearchFilter
from tests.ui.helpers import (
    CTRL,
    SHIFT,
    add_by_keyboard,
    check_modal,
    open_window,
    press,
    wait_idle,
    when_modal,
)


def test_undo_takes_a_clip_out_and_redo_puts_it_back(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    add_by_keyboard(window, qtbot, "hardening our defenses")  # the viewer shows its article
    source = window.viewer.source
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT, times=3)
    quotes = seeded_library.count(SearchFilter(kind="quote"))
    seen = when_modal(
        qtbot, lambda d: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    )
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)  # Edit > Clip Selection, as a quote
    check_modal(seen)
    wait_idle(qtbot, window)
    window.activateWindow()  # as a window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    clipped = max(seeded_library.items_of_source(source.id, kind="quote"), key=lambda i: i.id)
    assert seeded_library.count(SearchFilter(kind="quote")) == quotes + 1
    undo = window.commands["undo"]
    assert undo.isEnabled() and "Clip Quote" in undo.text()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert seeded_library.count(SearchFilter(kind="quote")) == quotes
    # The memo's edit before it is the memo's: named, not taken back next.
    assert undo.text() == "&Undo in Library" and "Undo Add Quote" in undo.toolTip()
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_idle(qtbot, window)
    again = seeded_library.item(clipped.id)
    assert (again.start, again.end, again.text) == (clipped.start, clipped.end, clipped.text)
