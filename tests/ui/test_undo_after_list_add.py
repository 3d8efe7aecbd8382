"""A quote or fact added to the memo from the library's list is what the next
Undo takes back, whichever way it was added (Ctrl+Return, a double click, a
drag), though the keyboard never left the list and the library's last edit
was made there: the memo loses the block, the library keeps its edit."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from app.core.store_search import SearchFilter
from tests.ui.helpers import CTRL, SHIFT, drop, open_window, press, select_library_row, wait_idle


def _tagged_in_the_list(qtbot, seeded_library, kind: str):
    """A window whose last edit is the library's (a tag given to the list's
    first row), with the keyboard in the list on that row."""
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    window.show_library_tab(0)
    panel.show_kind(kind)
    first = panel.model.item_at(0)
    panel.item_actions.set_tags(first.id, ["ferry"])
    wait_idle(qtbot, window)
    select_library_row(panel, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.items)
    assert window.undo_action.text() == "&Undo Change Tags in Library"
    return window, first


def _undone_in_the_memo_only(qtbot, window, library, item) -> None:
    """Added: the next Ctrl+Z takes the block out of the memo and leaves the
    library's tag; Ctrl+Shift+Z puts the block back."""
    blocks = window.current_brief().blocks()
    assert [b.item_id for b in blocks] == [item.id]
    sources = library.count_sources()
    assert window.undo_action.text() == f"&Undo Add {item.kind.title()} in Memo"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert window.current_brief().blocks() == []
    assert library.item_tags(item.id) == ["ferry"]
    assert library.count_sources() == sources
    assert window.undo_action.toolTip().endswith("click in the library panel to take it back")
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [b.item_id for b in window.current_brief().blocks()] == [item.id]
    assert library.item_tags(item.id) == ["ferry"]


def test_ctrl_return_in_the_list_then_undo(qtbot, seeded_library):
    window, quote = _tagged_in_the_list(qtbot, seeded_library, "quote")
    panel = window.library_panel
    qtbot.keyClick(panel.items, Qt.Key.Key_Return, CTRL)
    assert QApplication.focusWidget() is panel.items  # the keyboard stayed in the list
    _undone_in_the_memo_only(qtbot, window, seeded_library, quote)


def test_a_fact_double_clicked_in_the_list_then_undo(qtbot, seeded_library):
    window, fact = _tagged_in_the_list(qtbot, seeded_library, "fact")
    items = window.library_panel.items
    at = items.visualRect(window.library_panel.model.index(0, 0)).center()
    # A double click is a press and release, then a second press (the
    # library's, as a click in the list) that Qt reports as a double click.
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(items.viewport(), Qt.MouseButton.LeftButton, pos=at)
    _undone_in_the_memo_only(qtbot, window, seeded_library, fact)


def test_dragged_from_the_list_then_undo(qtbot, seeded_library):
    window, quote = _tagged_in_the_list(qtbot, seeded_library, "quote")
    panel = window.library_panel
    mime: QMimeData = panel.model.mimeData([panel.model.index(0, 0)])
    view = window.editor.view
    drop(view.viewport(), mime, view.viewport().rect().center())
    assert QApplication.focusWidget() is panel.items
    _undone_in_the_memo_only(qtbot, window, seeded_library, quote)


def test_an_import_ending_after_a_memo_edit_is_not_the_next_undo(qtbot, seeded_library, tmp_path):
    """The import runs while the window stays usable: the user goes to the
    memo and adds a quote meanwhile. The import ending after that is not what
    Ctrl+Z in the memo takes back; the library panel's Undo still is."""
    window = open_window(qtbot, seeded_library)
    sources = seeded_library.count_sources()
    folder = tmp_path / "clips"
    folder.mkdir()
    for number in range(3):
        (folder / f"pier{number}.txt").write_text(
            f"Quarry keeper Olwen Brisk said the barge sails on day {number + 2}.\n"
        )
    window.library_panel.items.setFocus()
    dialog = window.sources.start_import([folder])
    quote = seeded_library.search(SearchFilter(kind="quote"))[0]
    window.editor.view.setFocus()  # back to the memo while the files are read
    window.editor.add_items([quote.id])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 3
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    window.undo_action.trigger()
    assert window.current_brief().blocks() == []
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 3
    assert "Import of 3 Files" in window.undo_action.toolTip()
    dialog.close()
    window.activateWindow()  # as a window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_library_tab(0)
    window.library_panel.items.setFocus()
    assert window.undo_action.text() == "&Undo Import of 3 Files in Library"
