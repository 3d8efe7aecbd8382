"""The Conflicts panel resolves from its list's context menu, in words a
staffer uses ("Resolve: “1971” Is Right", "Reopen: Not Decided Yet"), and by
Ctrl+Return anywhere in the panel: Resolve was a button only, reached by Tab.
Invented articles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.model import NEITHER
from tests.ui.helpers import library_of_texts, open_window, wait_idle

TEXTS = [
    "Deposit law\n\nVelmora has had its bottle deposit law since 1971, state officials said.",
    "Deposit law history\n\nVelmora passed its bottle deposit law in 1975, state officials said.",
]


@pytest.fixture
def view(qtbot, tmp_path):
    library = library_of_texts(tmp_path, TEXTS)
    assert len(library.conflicts()) == 1
    window = open_window(qtbot, library)
    dock = window.corroboration()
    dock.show_tab(1)
    view = dock.conflicts_view
    qtbot.waitUntil(lambda: view.current_conflict() is not None)
    yield view
    window.close()
    library.close()


def entries(view) -> list[str]:
    menu = view.decision_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    return texts


def test_the_context_menu_names_each_value_as_the_right_one(view):
    assert entries(view) == [
        "Resolve: \u201c1971\u201d Is Right",
        "Resolve: \u201c1975\u201d Is Right",
        "Resolve: Neither Is Right (Say Which Is in the Note)\u2026",
        "Reopen: Not Decided Yet",
    ]
    assert view.list.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_a_value_chosen_in_the_menu_resolves_the_conflict_and_reopen_takes_it_back(view, qtbot):
    window = view.window()
    view.decide(view.choice.findData("1975"))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.current_conflict().resolution == "1975")
    assert window.undo_action.text().startswith("&Undo")
    view.decide(-1)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.current_conflict().resolution == "")


def test_neither_asks_for_the_note_before_resolving(view, qtbot):
    view.decide(view.choice.findData(NEITHER))
    assert view.current_conflict().resolution == ""
    assert view.note.hasFocus()
    assert "note" in view.status.text()


@pytest.mark.parametrize("where", ["list", "note"])
def test_ctrl_return_in_the_panel_resolves_with_the_value_chosen(view, qtbot, where):
    window = view.window()
    view.choice.setCurrentIndex(view.choice.findData("1971"))
    widget = getattr(view, where)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.current_conflict().resolution == "1971")
    assert window.current_brief().blocks() == []  # not Add to Memo's key here
