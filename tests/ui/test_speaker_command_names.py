"""Change Speaker… and Check Speakers… are named alike wherever they show:
the dialog's title and the Edit menu's Undo use the menu's and the button's
capital "S" (invented articles)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import (
    check_modal,
    library_of_texts,
    open_window,
    select_library_row,
    wait_idle,
    when_modal,
)

ARTICLES = ['Harbour news.\n\n"The pier opens in May," said Orla Quenn, the harbour master.\n']


def test_change_speaker_is_named_as_its_menu_names_it(qtbot, tmp_path):
    library = library_of_texts(tmp_path, ARTICLES)
    window = open_window(qtbot, library)
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    select_library_row(panel, 0)
    titles = []

    def answer(dialog):
        titles.append(dialog.windowTitle())
        dialog.combo.setCurrentText("Ivo Brask")
        dialog.accept()

    seen = when_modal(qtbot, answer)
    qtbot.keyClick(
        panel.items,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    check_modal(seen)
    wait_idle(qtbot, window)
    assert titles == ["Change Speaker"]
    assert library.item(panel.model.item_at(0).id).speaker_name == "Ivo Brask"
    assert window.undo_action.text() == "&Undo Change Speaker in Library"
    window.close()
    library.close()
