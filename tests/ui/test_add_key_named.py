"""The memo's hint names the key Edit > Add to Memo shows, and that key
adds from the keypad's Enter as from the main one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import block_texts, open_window, select_library_row

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def blocks(window) -> int:
    return sum(len(texts) for texts in block_texts(window))


def test_the_hint_names_the_menus_key(window):
    key = window.commands.key("add")
    assert key and f"press {key} (Edit > Add to Memo)" in window.editor.hint.text()


@pytest.mark.parametrize(
    "key, modifiers", [(Qt.Key.Key_Return, CTRL), (Qt.Key.Key_Enter, CTRL | KEYPAD)]
)
def test_either_enter_adds_the_chosen_item(window, qtbot, key, modifiers):
    panel = window.library_panel
    select_library_row(panel, 0)
    before = blocks(window)
    qtbot.keyClick(panel.items, key, modifiers)
    qtbot.waitUntil(lambda: blocks(window) == before + 1, timeout=10_000)
