"""The quote chosen in the library's list leaves it when its source is
deleted (by a colleague, read as a team library's refresh reads it, or by
Delete Source here): nothing is chosen then, and the viewer says the source
is gone. Before, the next focus-in (the window activated again) made the
list's first row current, of another source, and the viewer showed that
article with the quote marked chosen; and after the undo the viewer marked
the deleted quote again while the list had no row chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from app.core import library_edits as edits
from app.core.store import Library
from tests.ui.helpers import open_window, select_library_row, wait_idle

GONE = "That source is no longer in the library."


def _choose_a_row_of_a_later_source(window):
    panel = window.library_panel
    rows = [panel.model.item_at(r) for r in range(panel.model.rowCount())]
    row = next(r for r in range(1, len(rows)) if rows[r].source_id != rows[0].source_id)
    select_library_row(panel, row)
    assert window.viewer.chosen_item().id == rows[row].id
    return rows[row]


def _window_activated_again(table) -> None:
    reason = Qt.FocusReason.ActiveWindowFocusReason
    QApplication.sendEvent(table, QFocusEvent(QEvent.Type.FocusOut, reason))
    QApplication.sendEvent(table, QFocusEvent(QEvent.Type.FocusIn, reason))


def _nothing_chosen(window) -> None:
    panel = window.library_panel
    assert panel.current_item() is None
    assert not panel.items.selectionModel().hasSelection()
    assert window.viewer.chosen_item() is None


def test_a_colleagues_delete_leaves_nothing_chosen(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel, viewer = window.library_panel, window.viewer
    chosen = _choose_a_row_of_a_later_source(window)
    with Library(seeded_library.path) as colleague:
        deleted = edits.delete_source(colleague, chosen.source_id)
        window.live.check_others()  # as a team library's notice: every view reads again
        wait_idle(qtbot, window)
        assert panel.model.row_of(chosen.id) is None
        _window_activated_again(panel.items)
        _nothing_chosen(window)
        assert viewer.meta.text() == GONE and viewer.source is None

        deleted.revert(colleague)  # their Edit > Undo
        window.live.check_others()
        wait_idle(qtbot, window)
    assert viewer.source.id == chosen.source_id  # the article is back, nothing chosen in it
    _nothing_chosen(window)


def test_delete_source_here_leaves_nothing_chosen(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel, viewer = window.library_panel, window.viewer
    chosen = _choose_a_row_of_a_later_source(window)
    assert window.sources.delete_source(chosen.source_id, ask=False)
    wait_idle(qtbot, window)
    _window_activated_again(panel.items)
    _nothing_chosen(window)
    assert viewer.meta.text() == GONE

    window.history.undo_action.trigger()  # Edit > Undo Delete Source
    wait_idle(qtbot, window)
    assert viewer.source.id == chosen.source_id
    _nothing_chosen(window)
    select_library_row(panel, panel.model.row_of(chosen.id))  # chosen again by the user
    assert viewer.chosen_item().id == chosen.id
