"""The Edit menu's keys work with the keyboard in the Same Quote view, as in
the list: Ctrl+Return, Ctrl+T, Ctrl+Shift+K and Ctrl+Shift+D act on the
member drawn bold there (the item the group is shown for, or the column
clicked), Ctrl+C copies its words, Ctrl+Z and Ctrl+Shift+Z undo and redo.
The item commands and Ctrl+C did nothing there. Closing the panel from
the keyboard leaves the keyboard in the list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.helpers import (
    CTRL,
    SHIFT,
    check_modal,
    focused,
    open_window,
    press,
    row_of_text,
    select_library_row,
    when_modal,
)

WORDS = "hardening our defenses"  # a quote three of the bundled sources carry


def _same_quote_view(window, qtbot):
    panel = window.library_panel
    select_library_row(panel, row_of_text(panel, WORDS))
    item = panel.current_item()
    QApplication.clipboard().setText("")
    press(qtbot, Qt.Key.Key_C, CTRL)
    copied_in_list = QApplication.clipboard().text()
    assert WORDS in copied_in_list
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)  # View > Same Quote/Claim in Other Sources
    view = window.corroboration_dock.cluster_view
    qtbot.waitUntil(lambda: len(view.columns) >= 2)
    assert view.isAncestorOf(focused())
    return view, item, copied_in_list


def _memo_ids(window) -> list[int]:
    return [block.item_id for block in window.current_brief().blocks()]


def test_keys_act_on_the_shown_quote_from_the_same_quote_view(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    view, item, copied_in_list = _same_quote_view(window, qtbot)

    QApplication.clipboard().setText("")
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == copied_in_list
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Edit > Add to Memo
    assert _memo_ids(window) == [item.id]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _memo_ids(window) == []
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _memo_ids(window) == [item.id]
    assert view.isAncestorOf(focused())  # the keyboard stays in the view


def test_a_clicked_column_is_the_one_the_keys_act_on(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    view, item, _copied = _same_quote_view(window, qtbot)
    other = next(i for i, m in enumerate(view._members) if m.id != item.id)
    member = view._members[other]
    qtbot.mouseClick(view.columns[other], Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert view.chosen_id() == member.id
    view.scroll.setFocus()

    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert _memo_ids(window) == [member.id]

    def read_and_cancel(dialog):
        words = dialog.findChild(QLabel, "dialogItemText").text()
        assert " ".join(member.text.split()[:4]) in words
        dialog.reject()

    seen = when_modal(qtbot, read_and_cancel)
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Edit > Change Speaker…
    assert check_modal(seen).windowTitle() == "Change Speaker"


def test_closing_the_panel_from_the_keyboard_leaves_it_in_the_library_list(qtbot, seeded_library):
    """Ctrl+Shift+A with the keyboard in the panel closes it; the keyboard
    went to the search box (next in Qt's chain), and the next letter typed
    searched instead of reaching the list it came from."""
    window = open_window(qtbot, seeded_library)
    view, _item, _copied = _same_quote_view(window, qtbot)
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)  # View > Sources Agree / Disagree Panel
    assert not window.corroboration_dock.isVisible()
    assert focused() is window.library_panel.items


def test_a_click_on_a_quotes_words_chooses_its_column(qtbot, seeded_library):
    """The words are selectable, so their label took the click for itself:
    a click on them chose nothing (the article stayed, Ctrl+Return added the
    other member), and with the keyboard now in them Ctrl+C copied nothing."""
    window = open_window(qtbot, seeded_library)
    view, item, _copied = _same_quote_view(window, qtbot)
    other = next(i for i, m in enumerate(view._members) if m.id != item.id)
    member = view._members[other]
    words = view._bodies[other]
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert view.chosen_id() == member.id
    qtbot.waitUntil(lambda: window.viewer.source.id == member.source_id)
    QApplication.clipboard().setText("")
    press(qtbot, Qt.Key.Key_C, CTRL)  # nothing selected in the words: the whole quote
    assert " ".join(member.text.split()[:5]) in QApplication.clipboard().text()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert _memo_ids(window) == [member.id]
