"""The source viewer keeps the chosen quote or fact in view when it gets
shorter: opening the Sources Agree / Disagree panel under it (Edit > Show
Conflict) took half its height, and the fact being checked was left below
the fold, the viewer showing only the lines above it."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tests.ui.helpers import open_window, row_of_text, select_library_row

IN_2017 = "signed sanctuary state legislation in 2017"


def _item_in_view(viewer, item) -> bool:
    text = viewer.text
    top = text.cursorRect(_cursor_at(text, viewer._pos(item.start)))
    bottom = text.cursorRect(_cursor_at(text, viewer._pos(item.end)))
    return top.top() >= 0 and bottom.bottom() <= text.viewport().height()


def _cursor_at(text, position: int) -> QTextCursor:
    cursor = QTextCursor(text.document())
    cursor.setPosition(position)
    return cursor


def test_the_chosen_fact_stays_in_view_when_the_conflict_panel_opens(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    window.resize(1400, 900)
    panel, viewer = window.library_panel, window.viewer
    panel.show_kind("fact")
    select_library_row(panel, row_of_text(panel, IN_2017))
    item = panel.current_item()
    qtbot.waitUntil(lambda: viewer.source is not None and viewer.source.id == item.source_id)
    qtbot.waitUntil(lambda: _item_in_view(viewer, item))
    tall = viewer.text.viewport().height()

    panel.item_actions.conflict_action.trigger()
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    qtbot.wait(50)  # the layout gives the viewer its new height
    assert viewer.text.viewport().height() < tall * 0.75
    qtbot.waitUntil(lambda: _item_in_view(viewer, item))
