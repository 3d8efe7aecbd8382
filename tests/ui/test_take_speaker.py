"""A quote's speaker corrected in the library after the quote went into the
memo: the memo says so above its blocks, and the block takes the library's
speaker in one step (the bar's button, Memo > Take the Library's Speaker or
the block's context menu), its words and place kept, undone by one Ctrl+Z."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Qt

from app.core.store import Library
from app.ui import tag_dialog
from tests.ui.helpers import add_by_keyboard, open_window, select_library_row, wait_idle

WORDS = "hardening our defenses"


def _settled(qtbot, window):
    wait_idle(qtbot, window)
    window.editor.status.update()


def _select_block(window, block):
    window.editor.view.setCurrentIndex(window.document.model.block_index(block.id))


def test_a_block_takes_the_library_speaker_and_undo_gives_the_old_back(
    qtbot, seeded_library, monkeypatch
):
    window = open_window(qtbot, seeded_library)
    notice, action = window.speaker_notice, window.commands["take_speaker"]
    item = add_by_keyboard(window, qtbot, WORDS)
    other = next(
        i for i in seeded_library.items_of_source(item.source_id, kind="quote") if i.id != item.id
    )
    panel = window.library_panel
    model = panel.model
    select_library_row(
        panel, next(r for r in range(model.rowCount()) if model.item_at(r).id == other.id)
    )
    window.editor.add_items([other.id])
    block, second = window.current_brief().blocks()
    said, words = block.speaker, block.text
    _settled(qtbot, window)
    assert not notice.isVisible() and not action.isEnabled()

    # The user corrects the first quote's speaker in the library.
    select_library_row(
        panel, next(r for r in range(model.rowCount()) if model.item_at(r).id == item.id)
    )
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "exec", lambda self: self.DialogCode.Accepted)
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "name", lambda self: "Vesk Brask")
    panel.item_actions.change_speaker()
    _settled(qtbot, window)
    assert notice.isVisible() and "Vesk Brask" in notice.text.text()
    assert block.speaker == said

    # Only the changed block offers it.
    _select_block(window, second)
    assert not action.isEnabled()
    _select_block(window, block)
    assert action.isEnabled()
    action.trigger()
    assert block.speaker == "Vesk Brask" and block.text == words
    assert second.speaker == other.speaker_name
    assert "Vesk Brask" in window.statusBar().currentMessage()
    assert not notice.isVisible() and not action.isEnabled()
    assert window.current_brief().blocks()[0] is block  # its place kept

    # One Ctrl+Z gives the old speaker back; the library keeps the new one.
    window.editor.view.setFocus()
    qtbot.keyClick(window.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert block.speaker == said
    window.editor.status.update()
    assert notice.isVisible()
    with closing(Library(seeded_library.path)) as library:
        assert library.item(item.id).speaker_name == "Vesk Brask"

    # The bar's button does it too.
    notice.button.click()
    assert block.speaker == "Vesk Brask"
