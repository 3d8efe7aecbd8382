"""Tab and Shift+Tab go through the library's tabs in the order they are on
screen: search box, tab bar, (filters,) the tab's list, then the viewer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import ALT, SHIFT, focused, open_window, press


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def test_tab_goes_from_the_sources_list_to_the_viewer_and_back(window, qtbot):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_3, ALT)  # View > Sources
    assert focused() is panel.sources
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.viewer.text  # the pane beside it, not the search box
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is panel.sources
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is panel.tabs
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is panel.search
    press(qtbot, Qt.Key.Key_Tab, times=2)
    assert focused() is panel.sources  # not past the viewer and the memo


def test_tab_leaves_the_speakers_quotes_for_the_viewer(window, qtbot):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_4, ALT)  # View > Speakers
    speakers = panel.speakers
    assert focused() is speakers.focus_target()
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is panel.tabs
    press(qtbot, Qt.Key.Key_Tab)
    for _ in range(5):  # the list, its buttons, the speaker's quotes
        if focused() is speakers.table:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is speakers.table
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.viewer.text  # not from cell to cell in the table
