"""A bar above the memo's blocks that goes once its button is pressed (take
the library's speaker, update the memo's source details, dismiss a failed
autosave) leaves the keyboard in the memo, not in whatever widget Qt's tab
chain gives next: that was the library's filter chip or search box, so the
next key a keyboard user typed went into another pane. (The Update Memo
button's bar already left it in the memo; its test guards that.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from app.ui import tag_dialog
from tests.ui.helpers import add_by_keyboard, open_window, select_library_row
from tests.ui.test_memo_live import IN_2017
from tests.ui.test_take_speaker import WORDS, _settled


def _press_space_on(qtbot, button) -> None:
    window = button.window()
    window.activateWindow()  # a dialog closed just before may have left it inactive
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_taking_the_library_speaker_leaves_the_keyboard_in_the_memo(
    qtbot, seeded_library, monkeypatch
):
    window = open_window(qtbot, seeded_library)
    item = add_by_keyboard(window, qtbot, WORDS)
    panel = window.library_panel
    select_library_row(
        panel,
        next(r for r in range(panel.model.rowCount()) if panel.model.item_at(r).id == item.id),
    )
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "exec", lambda self: self.DialogCode.Accepted)
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "name", lambda self: "Vesk Brask")
    panel.item_actions.change_speaker()
    _settled(qtbot, window)
    notice = window.speaker_notice
    assert notice.isVisible()

    _press_space_on(qtbot, notice.button)
    assert window.current_brief().blocks()[0].speaker == "Vesk Brask"
    assert not notice.isVisible()
    assert QApplication.focusWidget() is window.editor.view


def test_updating_the_memo_source_details_leaves_the_keyboard_in_the_memo(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    item = add_by_keyboard(window, qtbot, IN_2017, kind="fact")
    dialog = window.sources.edit_current_source(item.source_id)
    dialog.form.edits["outlet"].setText("Harbour Ledger")
    dialog.accept()
    _settled(qtbot, window)
    editor = window.editor
    assert editor.news.isVisible()

    _press_space_on(qtbot, editor.update_button)
    assert window.current_brief().blocks()[0].source.outlet == "Harbour Ledger"
    assert not editor.news.isVisible()
    assert QApplication.focusWidget() is editor.view


def test_dismissing_the_autosave_bar_leaves_the_keyboard_in_the_memo(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    notice = window.autosave_notice
    notice.failed("disk", "Autosave failed: no space left on device")
    assert notice.isVisible()

    _press_space_on(qtbot, notice.findChild(QToolButton, "autosaveNoticeDismiss"))
    assert not notice.isVisible()
    assert QApplication.focusWidget() is window.editor.view


def test_tab_reaches_a_bar_button_before_the_blocks_it_stands_above(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    editor = window.editor
    window.autosave_notice.failed("disk", "Autosave failed: no space left on device")
    dismiss = window.autosave_notice.findChild(QToolButton, "autosaveNoticeDismiss")
    editor.fields["subject"].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(editor.fields["subject"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dismiss
    qtbot.keyClick(dismiss, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.view
