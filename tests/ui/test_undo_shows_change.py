"""Undo and Redo in the memo show what they changed: the block put back, moved
back or reworded, or the section put back, is selected and scrolled into view,
as in a long memo the change is otherwise made out of sight (and the next
Delete would remove whatever block the selection had stayed on)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.store_search import SearchFilter
from tests.ui.helpers import ALT, CTRL, SHIFT, open_window, press


def _long_memo(qtbot, seeded_library):
    """A window whose memo holds every quote of the library, in a short view,
    with the keyboard in the memo."""
    window = open_window(qtbot, seeded_library)
    window.resize(1000, 600)
    quotes = [q.id for q in seeded_library.search(SearchFilter(kind="quote"))]
    editor = window.editor
    editor.view.setFocus()
    editor.add_items(quotes)
    qtbot.waitUntil(lambda: len(window.current_brief().blocks()) == len(quotes))
    return window, editor


def _first_block(window):
    return window.current_brief().blocks()[0]


def _in_view(editor, block_id: str) -> bool:
    view = editor.view
    rect = view.visualRect(editor.model.block_index(block_id))
    return rect.isValid() and view.viewport().rect().intersects(rect)


def test_undo_of_a_removal_selects_the_block_put_back(qtbot, seeded_library):
    window, editor = _long_memo(qtbot, seeded_library)
    first = _first_block(window)
    editor.select_block(first.id)
    press(qtbot, Qt.Key.Key_Delete)
    assert first.id not in [b.id for b in window.current_brief().blocks()]
    last = window.current_brief().blocks()[-1]
    editor.select_block(last.id)  # far below: the first block's place is out of sight
    assert not _in_view(editor, _first_block(window).id)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.selected_block().id == first.id
    assert _in_view(editor, first.id)
    # Redo removes it again; Undo again selects it again.
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert first.id not in [b.id for b in window.current_brief().blocks()]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.selected_block().id == first.id


def test_undo_and_redo_of_a_move_select_the_block_moved(qtbot, seeded_library):
    window, editor = _long_memo(qtbot, seeded_library)
    moved = _first_block(window)
    editor.select_block(moved.id)
    press(qtbot, Qt.Key.Key_Down, ALT)
    editor.select_block(window.current_brief().blocks()[-1].id)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _first_block(window).id == moved.id
    assert editor.selected_block().id == moved.id and _in_view(editor, moved.id)
    editor.select_block(window.current_brief().blocks()[-1].id)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.selected_block().id == moved.id and _in_view(editor, moved.id)


def test_undo_of_a_removed_section_selects_it(qtbot, seeded_library):
    window, editor = _long_memo(qtbot, seeded_library)
    model = editor.model
    sections = window.current_brief().sections
    gone = sections[-1]
    assert not gone.blocks  # an empty section goes without a question
    editor.view.setCurrentIndex(model.section_index(len(sections) - 1))
    press(qtbot, Qt.Key.Key_Delete)
    editor.select_block(_first_block(window).id)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    index = editor.view.currentIndex()
    assert model.section_at(index).id == gone.id and not index.parent().isValid()
    # A header field's typing names nothing to show: the selection stays.
    editor.select_block(_first_block(window).id)
    editor.fields["to"].setFocus()
    qtbot.keyClicks(editor.fields["to"], "Ward clerks")
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.current_brief().header.to == ""
    assert editor.selected_block().id == _first_block(window).id
