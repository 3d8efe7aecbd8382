"""Taking the library's speaker has one name wherever it is offered or
undone: the memo's bar and the Export dialog's button, Memo > Take the
Library's Speaker and the Edit > Undo entry. The buttons said "Take Library's
Speaker" and the undo entry "Undo Take the Library's Speaker"."""

from __future__ import annotations

from tests.ui.helpers import add_by_keyboard, open_window, wait_idle
from tests.ui.test_export_take_speakers import WORDS, _speaker_changed_in_library

NAME = "Take the Library's Speaker"


def test_the_buttons_the_menu_and_the_undo_entry_say_one_name(qtbot, seeded_library, monkeypatch):
    window = open_window(qtbot, seeded_library)
    item = add_by_keyboard(window, qtbot, WORDS)
    wait_idle(qtbot, window)
    _speaker_changed_in_library(window, qtbot, monkeypatch, item)

    notice = window.speaker_notice
    assert notice.isVisible() and notice.button.text() == NAME
    assert window.commands["take_speaker"].text().replace("&", "") == NAME
    dialog = window.export_brief()
    assert dialog.take_speakers_button.text() == NAME
    dialog.reject()

    notice.button.click()
    assert window.history.undo_text() == f"{NAME} (1 quote)"
    assert window.history.undo_action.text().replace("&", "") == f"Undo {NAME} (1 quote) in Memo"
