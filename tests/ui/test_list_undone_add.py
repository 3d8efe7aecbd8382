"""Undoing Add takes the quote out of the memo, and the viewer shows it
chosen no more (the article stays); the library's list now agrees: the row
the quote was added from is chosen no more either, as after a search that
hides it (before, the row stayed selected under a viewer showing nothing
chosen, and the item keys acted on it). A row chosen after the Add is the
user's later choice and stays."""

from __future__ import annotations

from app.ui.cluster_view import NOTHING_CHOSEN
from tests.ui.helpers import add_by_keyboard, open_window, row_of_text, select_library_row
from tests.ui.test_same_quote_emptied import WORDS


def test_an_undone_add_leaves_no_row_chosen_in_the_list(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel, viewer, editor = window.library_panel, window.viewer, window.editor
    window.toggle_corroboration(True)
    view = window.corroboration_dock.cluster_view
    item = add_by_keyboard(window, qtbot, WORDS)
    assert panel.current_item().id == item.id
    qtbot.waitUntil(lambda: len(view.columns) >= 2)

    editor.undo_stack.undo()
    assert window.current_brief().blocks() == []
    assert viewer.chosen_item() is None and viewer.source.id == item.source_id
    assert panel.current_item() is None
    assert not panel.items.selectionModel().hasSelection()
    qtbot.waitUntil(lambda: not view.columns)  # the Same Quote view follows the list
    assert view.summary.text() == NOTHING_CHOSEN

    select_library_row(panel, row_of_text(panel, WORDS))  # chosen again by the user
    assert viewer.chosen_item().id == item.id


def test_a_row_chosen_after_the_add_stays_chosen(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel, viewer, editor = window.library_panel, window.viewer, window.editor
    item = add_by_keyboard(window, qtbot, WORDS)
    row = next(r for r in range(panel.model.rowCount()) if panel.model.item_at(r).id != item.id)
    select_library_row(panel, row)
    other = panel.model.item_at(row)

    editor.undo_stack.undo()
    assert window.current_brief().blocks() == []
    assert panel.current_item().id == other.id
    assert viewer.chosen_item().id == other.id
