"""Undoing Add (a quote put into the memo) takes away the block the viewer
showed chosen: the viewer no longer shows its quote as the chosen item. It
kept it marked, as if the memo still cited it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import add_by_keyboard, open_window, select_library_row
from tests.ui.test_take_speaker import WORDS


def test_undone_add_leaves_no_quote_chosen_in_the_viewer(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    viewer, editor = window.viewer, window.editor
    item = add_by_keyboard(window, qtbot, WORDS)
    assert editor.selected_block().item_id == item.id
    assert viewer.chosen_item() is not None and viewer.chosen_item().id == item.id

    editor.undo_stack.undo()
    assert window.current_brief().blocks() == []
    assert viewer.chosen_item() is None
    assert viewer.source is not None and viewer.source.id == item.source_id  # the article stays

    editor.undo_stack.redo()  # the block is back, and chosen in the memo
    editor.select_block(window.current_brief().blocks()[0].id)
    assert viewer.chosen_item() is not None and viewer.chosen_item().id == item.id


def add_row(window, qtbot, row: int):
    panel = window.library_panel
    select_library_row(panel, row)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return panel.model.item_at(row)


def test_undoing_another_add_keeps_the_chosen_quote(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    viewer, editor = window.viewer, window.editor
    first, second = add_row(window, qtbot, 0), add_row(window, qtbot, 1)
    assert first.id != second.id
    editor.select_block(window.current_brief().blocks()[0].id)
    assert viewer.chosen_item().id == first.id

    editor.undo_stack.undo()  # the second block goes; the first, chosen, stays
    assert [b.item_id for b in window.current_brief().blocks()] == [first.id]
    assert viewer.chosen_item() is not None and viewer.chosen_item().id == first.id
