"""Resolve keeps the keyboard in the Conflicts panel.

In the twelfth walk a click on Resolve put the keyboard in the library's
search box with its words selected: the button, disabled for a moment while
the panel was read again, handed the focus down the window's tab chain, and
the next key typed replaced the search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import open_window, wait_idle


def test_resolve_leaves_the_keyboard_on_resolve(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    qtbot.keyClicks(window.library_panel.search, "sanctuary")
    dock = window.corroboration_dock
    dock.show()
    view = dock.conflicts_view
    dock.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    view.choice.setCurrentIndex(0)
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "resolved" in view.list.item(0).text())
    assert QApplication.focusWidget() is view.resolve_button
    assert window.library_panel.search.text() == "sanctuary"
