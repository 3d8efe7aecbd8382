"""Edit > Undo follows where the user works: the memo and the library keep
separate histories. Ctrl+Z pressed again and again in the memo takes back the
memo's edits and stops there; it never goes on into the library's (an import,
whose undo removes sources). The menu names which history it acts on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.store_search import SearchFilter
from tests.ui.helpers import CTRL, SHIFT, open_window, press, wait_idle


def _import(qtbot, window, tmp_path, names: list[str]) -> None:
    folder = tmp_path / "clips"
    folder.mkdir()
    for number, name in enumerate(names):
        (folder / name).write_text(f"Velmar said the ferry runs again on day {number + 2}.\n")
    dialog = window.sources.start_import([folder])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    dialog.close()
    wait_idle(qtbot, window)
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _quote_ids(window) -> list[int]:
    return [q.id for q in window.library.search(SearchFilter(kind="quote"))[:2]]


def test_ctrl_z_in_the_memo_stops_at_the_memos_first_edit(qtbot, seeded_library, tmp_path):
    window = open_window(qtbot, seeded_library)
    sources = seeded_library.count_sources()
    _import(qtbot, window, tmp_path, ["ferry.txt", "pier.txt", "quay.txt"])
    assert seeded_library.count_sources() == sources + 3
    # The user goes to the memo and works there.
    window.editor.view.setFocus()
    first, second = _quote_ids(window)
    window.editor.add_items([first])
    window.editor.add_items([second])
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    press(qtbot, Qt.Key.Key_Z, CTRL, times=4)
    wait_idle(qtbot, window)
    assert window.current_brief().blocks() == []
    # The import stays: the memo's history ended, and the menu says so.
    assert seeded_library.count_sources() == sources + 3
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo in Memo"
    assert "Import of 3 Files" in window.undo_action.toolTip()
    assert window.redo_action.text() == "&Redo Add Quote in Memo"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(window.current_brief().blocks()) == 1


def test_the_library_panel_undoes_the_librarys_edits_named(qtbot, seeded_library, tmp_path):
    window = open_window(qtbot, seeded_library)
    sources = seeded_library.count_sources()
    _import(qtbot, window, tmp_path, ["ferry.txt", "pier.txt", "quay.txt"])
    window.editor.view.setFocus()
    window.editor.add_items(_quote_ids(window)[:1])
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    # Back in the library panel, Edit > Undo is the library's, and says what
    # it takes out; the memo's quote stays.
    window.show_library_tab(0)
    window.library_panel.items.setFocus()
    assert window.undo_action.text() == "&Undo Import of 3 Files in Library"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources
    assert len(window.current_brief().blocks()) == 1
    assert window.redo_action.text() == "&Redo Import of 3 Files in Library"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 3


def test_an_edit_makes_its_history_the_one_undone(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    window.library_panel.items.setFocus()
    (quote,) = _quote_ids(window)[:1]
    window.library_panel.item_actions.set_tags(quote, ["key"])
    wait_idle(qtbot, window)
    assert window.undo_action.text() == "&Undo Change Tags in Library"
    # Added to the memo from the library panel: the next Undo takes that back.
    window.editor.add_items([quote])
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    press(qtbot, Qt.Key.Key_Z, CTRL, times=2)
    wait_idle(qtbot, window)
    assert window.current_brief().blocks() == []
    assert seeded_library.item_tags(quote) == ["key"]


def test_a_click_in_the_list_with_the_focus_is_working_in_the_library(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    window.show_library_tab(0)
    items = window.library_panel.items
    items.setFocus()
    (quote,) = _quote_ids(window)[:1]
    window.library_panel.item_actions.set_tags(quote, ["key"])
    wait_idle(qtbot, window)
    window.editor.add_items([quote])
    assert QApplication.focusWidget() is items
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    # Back to the list with a click (the focus never left it): the library's.
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo Change Tags in Library"


def test_the_agree_disagree_panel_is_the_librarys_even_floating(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    (quote,) = _quote_ids(window)[:1]
    window.library_panel.item_actions.set_tags(quote, ["key"])
    wait_idle(qtbot, window)
    window.editor.view.setFocus()
    window.editor.add_items([quote])
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    dock = window.corroboration()
    dock.show()
    dock.setFloating(True)  # a window of its own
    qtbot.waitExposed(dock)
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    dock.conflicts_view.choice.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.conflicts_view.choice)
    assert window.undo_action.text() == "&Undo Change Tags in Library"
