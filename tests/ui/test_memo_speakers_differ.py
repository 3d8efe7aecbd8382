"""A memo card whose quote other sources give to someone else says so, as the
library's card and the Same Quote view do; the exported memo is unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.brief_model import StatusRole
from app.ui.brief_view import status_line
from tests.ui.helpers import add_by_keyboard, open_window, wait_idle
from tests.ui.test_card_speakers_differ import AGREED, DISPUTED, quoted_by


def test_a_memo_card_says_speakers_differ_only_where_they_do(qtbot, tmp_path):
    library = quoted_by(tmp_path, "Ana Ruiz", "Ivo Brask", "Ana Ruiz")
    window = open_window(qtbot, library)
    add_by_keyboard(window, qtbot, DISPUTED, kind="quote")
    add_by_keyboard(window, qtbot, AGREED, kind="quote")
    wait_idle(qtbot, window)
    window.editor.status.update()
    disputed, agreed = window.current_brief().blocks()
    model = window.document.model

    index = model.block_index(disputed.id)
    assert status_line(index.data(StatusRole)) == "\u2260 SPEAKERS DIFFER: Ana Ruiz, Ivo Brask"
    assert (
        "the sources give these words to Ana Ruiz (2 sources), Ivo Brask (1 source)"
        in index.data(Qt.ItemDataRole.ToolTipRole)
    )
    assert status_line(model.block_index(agreed.id).data(StatusRole)) == ""
    # What the memo exports says nothing of it.
    window.preview.refresh()
    assert "differ" not in window.preview.toPlainText().casefold()
