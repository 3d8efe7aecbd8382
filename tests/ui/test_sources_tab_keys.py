"""In the Sources tab the keys for a chosen quote or fact (Add to Memo, Tags,
Change Speaker) do nothing: the Quotes table's row is out of sight there, and
a source is no quote."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import app.ui.tag_dialog as tag_dialog
from tests.ui.helpers import ALT, CTRL, SHIFT, block_texts, focused, open_window, press


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def test_quote_keys_in_the_sources_list_leave_the_hidden_quote_alone(window, qtbot, monkeypatch):
    asked: list[str] = []
    for dialog in (tag_dialog.TagDialog, tag_dialog.SpeakerDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: asked.append(self.windowTitle()) or 0)
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_1, ALT)  # View > Quotes: a quote chosen
    press(qtbot, Qt.Key.Key_Down)
    assert panel.current_item() is not None
    memo = block_texts(window)
    press(qtbot, Qt.Key.Key_3, ALT)  # View > Sources
    assert focused() is panel.sources
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Edit > Add to Memo
    press(qtbot, Qt.Key.Key_T, CTRL)  # Edit > Tags
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Edit > Change Speaker
    assert block_texts(window) == memo and asked == []
    assert not window.commands["undo"].isEnabled()
    press(qtbot, Qt.Key.Key_1, ALT)  # back with the quote: the keys act on it
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert asked == ["Tags"]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert block_texts(window) != memo
