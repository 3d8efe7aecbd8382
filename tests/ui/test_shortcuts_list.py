"""Help > Keyboard Shortcuts is a reference: it names each command as such,
not what it would do now. With a source just deleted it listed "Undo Delete
Source “<the title>”" for Ctrl+Z (invented articles)."""

from __future__ import annotations

from app.ui.shortcuts import command_rows
from tests.ui.helpers import add_by_keyboard, open_window

WORDS = "hardening our defenses"


def test_undo_and_redo_are_listed_by_their_names(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    add_by_keyboard(window, qtbot, WORDS)
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    edit = [(command, keys) for menu, command, keys in command_rows(window.menus) if menu == "Edit"]
    assert edit[:2] == [("Undo", "Ctrl+Z"), ("Redo", "Ctrl+Shift+Z or Ctrl+Y")]
