"""The window from the keyboard alone: panes, search, menus, the viewer's caret, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.core.store import SearchFilter
from app.ui.shortcuts import command_rows, menu_text
from tests.ui.helpers import (
    add_by_keyboard,
    check_modal,
    focused,
    open_window,
    press,
    type_text,
    wait_idle,
    when_modal,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def pane_of(window, widget) -> str:
    for name, outer in (
        ("library", window.library_panel),
        ("viewer", window.viewer),
        ("memo", window.brief_tabs),
    ):
        if widget is outer or outer.isAncestorOf(widget):
            return name
    if window._dock is not None and window._dock.isAncestorOf(widget):
        return "corroboration"
    return "elsewhere"


def test_f6_and_shift_f6_go_round_the_panes(window, qtbot):
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert focused() is window.library_panel.items
    visited = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_F6)
        visited.append(pane_of(window, focused()))
    assert visited == ["viewer", "memo", "library"]
    assert focused() is window.library_panel.items  # the results, where arrows work
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert focused() is window.editor.view
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert focused() is window.viewer.text

    # From inside a text field too (the search box, a memo header field).
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.library_panel.search
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is window.viewer.text

    # The Sources Agree / Disagree panel joins the round while it is open.
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.corroboration_dock.isVisible())
    press(qtbot, Qt.Key.Key_3, CTRL)
    press(qtbot, Qt.Key.Key_F6)
    assert pane_of(window, focused()) == "corroboration"
    press(qtbot, Qt.Key.Key_F6)
    assert pane_of(window, focused()) == "library"


def test_ctrl_1_2_3_focus_library_viewer_and_memo(window, qtbot):
    window.editor.fields["to"].setFocus()
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert focused() is window.viewer.text
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert focused() is window.editor.view
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert focused() is window.library_panel.items
    # In the Sources tab, Ctrl+1 lands in the list of sources.
    press(qtbot, Qt.Key.Key_3, ALT)
    press(qtbot, Qt.Key.Key_3, CTRL)
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert focused() is window.library_panel.sources
    # The View menu names the keys.
    texts = {menu_text(a.text()): a for a in window.menus["view"].actions()}
    assert texts["Go to Memo"].shortcut() == QKeySequence("Ctrl+3")
    assert texts["Next Pane"].shortcut() == QKeySequence("F6")


def test_down_from_the_search_box_moves_into_the_results(window, qtbot):
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_1, ALT)  # a quote chosen before the search
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "defens")
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{panel.model.rowCount()} quotes")
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is panel.items
    chosen = panel.current_item()
    # The chosen row is shown selected (highlighted), not only current.
    assert panel.items.selectionModel().isRowSelected(panel.items.currentIndex().row())
    assert chosen is not None and "defens" in chosen.text.lower()
    assert window.viewer.source.id == chosen.source_id  # the viewer follows
    press(qtbot, Qt.Key.Key_Down)
    assert panel.current_item().id != chosen.id
    # Escape in the search box clears it.
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Escape)
    assert panel.search.text() == ""


@pytest.mark.parametrize("tab", [0, 1], ids=["quotes", "facts"])
def test_the_first_down_inside_the_list_goes_to_the_second_row(window, qtbot, tab):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(tab)
    wait_idle(qtbot, window)
    assert panel.model.rowCount() > 2 and not panel.items.currentIndex().isValid()
    press(qtbot, Qt.Key.Key_1, CTRL)  # into the list, none chosen yet
    assert focused() is panel.items
    # The row the list starts on is shown selected, not only current...
    assert panel.items.currentIndex().row() == 0
    assert panel.items.selectionModel().isRowSelected(0)
    # ...so the first Down goes to the row under it, not past a hidden one.
    press(qtbot, Qt.Key.Key_Down)
    assert panel.items.currentIndex().row() == 1
    assert panel.items.selectionModel().isRowSelected(1)


def test_every_menu_command_has_a_shortcut_or_an_accelerator(window, tmp_path):
    for name in ("a", "b"):
        window.settings.add_recent(tmp_path / f"{name}.brief.json")  # Open Recent has entries
        window.settings.add_recent_library(tmp_path / f"{name}.sqlite")
    rows = command_rows(window.menus)
    assert len(rows) > 40
    for menu in window.menus.values():
        assert "&" in menu.title()
    walked = []

    def walk(menu):
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text().replace("&&", "")
            assert "&" in text or not action.shortcut().isEmpty(), text
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
            walked.append(menu_text(text))
            if action.menu() is not None:
                action.menu().aboutToShow.emit()
                walk(action.menu())
        # One letter, one command: a repeated accelerator makes Alt+letter cycle.
        assert len(letters) == len(set(letters)), f"{menu.title()}: {sorted(letters)}"

    for menu in window.menus.values():
        walk(menu)
    for named in ("Conflicts", "Add Section", "Restore Source Wording", "Quick Guide"):
        assert named in walked
    keys = {menu_text(a.text()): a.shortcut().toString() for a in window.commands.values()}
    assert keys["Conflicts"] and keys["Add Section"] and keys["Restore Source Wording"]
    assert keys["Quit"]  # Ctrl+Q where the platform names no key for it


def test_no_two_commands_share_a_key_where_both_could_fire(window):
    """Two actions with one key in one place make Qt fire neither."""
    scoped = {
        Qt.ShortcutContext.WidgetShortcut,
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    }
    seen: dict[tuple[str, object], str] = {}
    for action in window.findChildren(type(window.commands["open"])):
        for key in action.shortcuts():
            if key.isEmpty():
                continue
            # A scoped key belongs to the widgets it is added to.
            where = (
                tuple(id(w) for w in action.associatedObjects())
                if action.shortcutContext() in scoped
                else "window"
            )
            slot = (key.toString(), where)
            assert slot not in seen, f"{key.toString()}: {seen[slot]} and {action.text()}"
            seen[slot] = action.text()


def test_the_menus_show_del_on_the_command_it_does_where_the_focus_is(window, qtbot, message_boxes):
    delete_source, remove = window.commands["delete_source"], window.commands["delete"]
    add_by_keyboard(window, qtbot, "hardening our defenses")  # a block to remove
    press(qtbot, Qt.Key.Key_3, CTRL)  # the memo: Del removes a block
    assert pane_of(window, focused()) == "memo"
    assert remove.shortcut().matches(QKeySequence.StandardKey.Delete)
    assert delete_source.shortcut().isEmpty()  # Edit > Delete Source… does not claim Del
    press(qtbot, Qt.Key.Key_3, ALT)  # the Sources list: Del deletes a source
    assert focused() is window.library_panel.sources
    assert delete_source.shortcut().matches(QKeySequence.StandardKey.Delete)
    assert remove.shortcut().isEmpty()
    press(qtbot, Qt.Key.Key_Delete)
    assert [box[1] for box in message_boxes] == ["Delete Source"]
    # Help > Keyboard Shortcuts still lists both, wherever the focus is.
    keys = {command: key for _menu, command, key in command_rows(window.menus)}
    delete = QKeySequence(QKeySequence.StandardKey.Delete).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert keys["Delete Source…"] == keys["Remove"] == delete


def test_show_conflict_moves_the_focus_into_the_conflicts_list(window, qtbot, seeded_library):
    panel = window.library_panel
    panel.show_kind("fact")
    in_conflict = min(seeded_library.unresolved_conflict_item_ids())
    assert panel.select_item(in_conflict)
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert panel.current_item().id == in_conflict
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)  # Edit > Show Conflict
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    # The keyboard is in the panel, on the conflict shown, not left in the list.
    assert focused() is dock.conflicts_view.list
    conflict = dock.conflicts_view.current_conflict()
    assert in_conflict in conflict.item_ids


def test_view_conflicts_and_group_move_the_focus_into_the_panel(window, qtbot):
    """F8 and Ctrl+Shift+G land the keyboard in the panel they show, as the
    View menu's other commands do, from a field elsewhere too."""
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_F8)  # View > Conflicts, the panel closed
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    assert focused() is dock.conflicts_view.list
    window.editor.fields["to"].setFocus()
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)  # View > Same Quote/Claim in Other Sources
    assert dock.tabs.currentWidget() is dock.cluster_view
    assert focused() is dock.cluster_view.scroll
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_F8)  # the panel open on its other tab
    assert dock.tabs.currentWidget() is dock.conflicts_view
    assert focused() is dock.conflicts_view.list


def test_caret_browsing_selects_and_ctrl_shift_c_clips(window, qtbot, seeded_library):
    panel = window.library_panel
    add_by_keyboard(window, qtbot, "hardening our defenses")  # the viewer shows its article
    source = window.viewer.source
    press(qtbot, Qt.Key.Key_2, CTRL)
    text = window.viewer.text
    assert focused() is text
    assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    press(qtbot, Qt.Key.Key_Home, CTRL)  # the start of the article
    assert text.textCursor().position() == 0
    press(qtbot, Qt.Key.Key_Down, times=2)  # past the first paragraph and its blank line
    line_start = text.textCursor().position()
    assert line_start > 0
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT, times=3)  # three words selected
    selected = text.textCursor().selectedText()
    assert len(selected.split()) >= 2  # three word moves (punctuation may be one)
    assert window.viewer.clip_action.isEnabled()

    def as_fact(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)  # the &Fact radio button
        # A mnemonic clicks its button with a short animation, as a person sees it.
        qtbot.waitUntil(dialog.fact.isChecked)
        buttons = dialog.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isDefault() or ok.autoDefault()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    before = seeded_library.count(SearchFilter(kind="fact"))
    seen = when_modal(qtbot, as_fact)
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    check_modal(seen)
    wait_idle(qtbot, window)
    assert seeded_library.count(SearchFilter(kind="fact")) == before + 1
    new = max(seeded_library.items_of_source(source.id, kind="fact"), key=lambda i: i.id)
    assert new.text == selected.strip()
    assert new.start == line_start
    assert panel.current_item().id == new.id


def test_ctrl_z_undoes_the_last_memo_edit_one_step_each(window, qtbot):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    block = window.current_brief().blocks()[0]
    press(qtbot, Qt.Key.Key_3, CTRL)
    view = window.editor.view
    assert window.editor.selected_block().id == block.id
    # Two separate edits of one block, each ended with Tab.
    for words in ("First wording.", "Second wording."):
        press(qtbot, Qt.Key.Key_F2)
        editor = focused()
        assert editor.objectName() == "blockEditor"
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, words)
        press(qtbot, Qt.Key.Key_Tab)
        # Tab ends the edit in the memo, not in another pane's text field.
        assert focused() is view
    assert window.current_brief().block(block.id).text == "Second wording."
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.current_brief().block(block.id).text == "First wording."
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.current_brief().block(block.id).text == block.original
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the add itself
    assert window.current_brief().blocks() == []

    # From the viewer (a read-only text), Ctrl+Z still reaches the memo.
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [b.id for b in window.current_brief().blocks()] == [block.id]
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.current_brief().blocks() == []


def test_header_field_visits_are_separate_undo_steps(window, qtbot):
    field = window.editor.fields["subject"]
    field.setFocus()
    type_text(qtbot, "Council")
    press(qtbot, Qt.Key.Key_3, CTRL)  # leave the field
    field.setFocus()
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " vote")
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.current_brief().header.subject == "Council vote"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.current_brief().header.subject == "Council"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.current_brief().header.subject == ""


def test_escape_in_a_new_paragraph_keeps_the_typing(window, qtbot):
    press(qtbot, Qt.Key.Key_3, CTRL)
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert focused().objectName() == "blockEditor"
    type_text(qtbot, "My own reading of the vote")
    press(qtbot, Qt.Key.Key_Escape)
    prose = [b for b in window.current_brief().blocks() if b.kind == "prose"]
    assert [b.text for b in prose] == ["My own reading of the vote"]
    assert focused() is window.editor.view
    # Escape on a paragraph left empty takes it away again, with nothing to redo.
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Escape)
    prose = [b for b in window.current_brief().blocks() if b.kind == "prose"]
    assert [b.text for b in prose] == ["My own reading of the vote"]
    assert not window.document.undo_stack.canRedo()
    # Escape in an existing block keeps the new words too; Ctrl+Z takes them back.
    press(qtbot, Qt.Key.Key_F2)  # the caret at the end: typing adds, replaces nothing
    type_text(qtbot, ", as I read it")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.editor.selected_block().text == "My own reading of the vote, as I read it"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.editor.selected_block().text == "My own reading of the vote"


def test_the_shortcut_list_names_recent_file_menus_once_not_each_file(window, tmp_path):
    """Open Recent's files (or its "No recent ..." line) were listed as
    commands with "(menu only)"; the list names each such menu once."""
    window.settings.add_recent(tmp_path / "harbour.brief.json")
    rows = command_rows(window.menus)
    commands = [command for _, command, _ in rows]
    assert ("File", "Open Recent: the memos opened last", "") in rows
    assert ("File", "Recent Libraries: the libraries opened last", "") in rows
    assert not [c for c in commands if "harbour" in c or c.startswith("No recent")]
