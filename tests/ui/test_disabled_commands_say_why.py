"""A disabled command says why on hover (its tooltip, its status tip): the
commands disabled for want of something to act on were greyed out without a
word ("Remove", "Undo", "Show Last Export in Folder"). Enabled again, each has
its own tooltip back. Invented article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.core.store_search import SearchFilter
from app.ui.why_disabled import REASONS
from tests.ui.helpers import library_of_texts, open_window

TEXTS = [
    "Harbour levy\n\nThe harbour board met on Tuesday. \u201cThe levy keeps the piers open,\u201d"
    " said Dana Roe, the board's chair."
]
CHOOSE_IN_MEMO = "Select a block or a section in the memo first"


@pytest.fixture
def window(qtbot, tmp_path):
    library = library_of_texts(tmp_path, TEXTS)
    yield open_window(qtbot, library)
    library.close()


def plain(text: str) -> str:
    return text.replace("&", "").rstrip("\u2026")


def test_every_disabled_command_of_a_new_window_says_why(window):
    disabled = {name: a for name, a in window.commands.items() if not a.isEnabled()}
    assert {"undo", "redo", "delete", "export_folder", "sync"} <= disabled.keys()
    for name, action in disabled.items():
        assert action.toolTip() == action.statusTip() == REASONS[name], name
        assert action.toolTip() != plain(action.text()), name


def test_remove_says_why_until_a_block_is_chosen_then_has_its_own_tip_back(window):
    remove = window.commands["delete"]
    button = window.editor.toolbar.widgetForAction(remove)
    assert not remove.isEnabled()
    assert remove.toolTip() == remove.statusTip() == CHOOSE_IN_MEMO
    assert button.toolTip() == CHOOSE_IN_MEMO  # the memo's toolbar says it too
    (quote,) = window.library.search(SearchFilter(kind="quote"))
    window.editor.add_items([quote.id])
    assert remove.isEnabled()
    assert remove.toolTip().startswith("Remove (")  # its own, with its key
    assert remove.statusTip() == ""
    undo = window.commands["undo"]
    assert undo.isEnabled() and undo.toolTip() == "Undo Add Quote in Memo"


def test_hovering_a_disabled_command_in_its_menu_shows_why(window, qtbot):
    menu = window.menus["file"]
    action = window.commands["export_folder"]
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(menu)
    at = menu.actionGeometry(action).center()
    QApplication.sendEvent(menu, QHelpEvent(QEvent.Type.ToolTip, at, menu.mapToGlobal(at)))
    assert QToolTip.isVisible() and QToolTip.text() == REASONS["export_folder"]
    menu.hide()
