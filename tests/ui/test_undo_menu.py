"""The Edit menu's Undo and Redo say truly what they take back (trust audit)."""

from __future__ import annotations

from app.core.model import SourceMeta
from app.ui.shortcuts import menu_text
from tests.ui.helpers import open_window, wait_idle


def test_a_source_title_with_an_ampersand_is_shown_whole(qtbot, seeded_library):
    title = "Roe & Vesk: a Q&A on the Quillon levy"
    source_id = seeded_library.add_source(
        "Vesk said the Quillon levy was set at four percent.", SourceMeta(title=title)
    )
    window = open_window(qtbot, seeded_library)
    window.sources.delete_source(source_id, ask=False)
    wait_idle(qtbot, window)
    # A lone "&" in a menu text marks a shortcut letter and is not drawn:
    # the menu read "Undo Delete Source "Roe  Vesk: a QA on ..."".
    assert (
        menu_text(window.undo_action.text()) == f"Undo Delete Source \u201c{title}\u201d in Library"
    )
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert (
        menu_text(window.redo_action.text()) == f"Redo Delete Source \u201c{title}\u201d in Library"
    )


def test_typing_taken_back_in_a_header_field_leaves_no_step(qtbot, seeded_library):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, seeded_library)
    field = window.editor.fields["to"]
    field.setFocus()
    qtbot.keyClicks(field, "Quillon board")
    assert window.current_brief().header.to == "Quillon board"
    assert window.undo_action.text() == "&Undo Edit To in Memo"
    # Ctrl+Z in the field is the field's own undo: the typing goes, and the
    # memo follows it.
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == window.current_brief().header.to == ""
    # Nothing is left to take back or to save: the menu offered "Undo Edit
    # To", which changed nothing, and closing asked to save an unchanged memo.
    assert window.undo_action.text() == "&Undo in Memo"
    assert not window.document.dirty


def test_ok_in_a_dialog_that_changed_nothing_leaves_no_undo_step(
    qtbot, seeded_library, monkeypatch
):
    from app.ui.tag_dialog import TagDialog

    window = open_window(qtbot, seeded_library)
    window.sources.edit_current_source(1).accept()  # Source Properties, as shown
    panel = window.library_panel
    panel.items.setFocus()
    panel.items.selectRow(0)
    monkeypatch.setattr(TagDialog, "exec", lambda self: TagDialog.DialogCode.Accepted)
    panel.item_actions.edit_tags()  # Tags, as shown
    wait_idle(qtbot, window)
    # "Undo Edit Source Details" and "Undo Change Tags" were offered, and
    # each Ctrl+Z changed nothing the user could see.
    assert window.live.undo_stack.count() == 0
    assert window.undo_action.text() == "&Undo in Library"
