"""A status line stays while the menus are looked through.

Every menu entry hovered sent the window an empty status tip (no entry has
one), which wiped the line: "Imported 150 of 150 files" or "New library
...: import sources with File > Import." was gone as soon as the File
menu was opened to do what it said.
"""

from __future__ import annotations

from tests.ui.helpers import open_window


def test_hovering_a_menu_entry_keeps_the_status_line(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    window.statusBar().showMessage("Imported 3 of 3 files")
    for action in window.menuBar().actions()[0].menu().actions()[:3]:
        action.showStatusText(window)  # what a menu does for the entry under the mouse
    assert window.statusBar().currentMessage() == "Imported 3 of 3 files"
