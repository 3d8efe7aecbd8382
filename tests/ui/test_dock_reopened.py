"""The Sources Agree / Disagree panel the user left open is open again at the
next start, on the tab it showed, the keyboard left where the window puts it;
closed, it stays closed (it was closed at every start). Invented article."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import library_of_texts, open_window

TEXTS = [
    "Harbour levy\n\nThe harbour board met on Tuesday. \u201cThe levy keeps the piers open,\u201d"
    " said Dana Roe, the board's chair."
]


@pytest.fixture
def library(tmp_path):
    library = library_of_texts(tmp_path, TEXTS)
    yield library
    library.close()


def restarted(qtbot, window, library):
    """`window` closed, and the window of the next start on the same library."""
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    return open_window(qtbot, library)


def test_the_panel_left_open_on_conflicts_opens_again_on_conflicts(qtbot, library):
    window = open_window(qtbot, library)
    window.corroboration().show_tab(1)  # View > Conflicts
    again = restarted(qtbot, window, library)
    dock = again.opened_dock()
    assert dock is not None
    assert dock.tabs.currentWidget() is dock.conflicts_view
    assert again.commands["corroboration_panel"].isChecked()
    focus = QApplication.focusWidget()
    assert focus is None or not dock.isAncestorOf(focus)
    again.close()


def test_the_panel_closed_before_the_end_stays_closed(qtbot, library):
    window = open_window(qtbot, library)
    window.toggle_corroboration(True)
    window.toggle_corroboration(False)
    again = restarted(qtbot, window, library)
    assert again.opened_dock() is None
    assert not again.commands["corroboration_panel"].isChecked()
    again.close()
