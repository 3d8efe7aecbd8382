"""A key for the chosen quote or fact that cannot act says why in the status
bar: nothing chosen, a fact for Change Speaker, an item in no conflict."""

from __future__ import annotations

from PySide6.QtCore import Qt

import app.ui.tag_dialog as tag_dialog
from app.core.store import SearchFilter
from tests.ui.helpers import ALT, CTRL, SHIFT, open_window, press


def test_keys_that_cannot_act_say_why(qtbot, seeded_library, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        tag_dialog.SpeakerDialog, "exec", lambda self: asked.append(self.windowTitle()) or 0
    )
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel

    def said() -> str:
        return window.statusBar().currentMessage()

    in_conflict = seeded_library.unresolved_conflict_item_ids()
    fact = next(
        f for f in seeded_library.search(SearchFilter(kind="fact")) if f.id not in in_conflict
    )
    press(qtbot, Qt.Key.Key_2, ALT)  # View > Facts
    assert panel.select_item(fact.id)
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Edit > Change Speaker
    assert said() == "Change Speaker: a fact has no speaker; choose a quote" and asked == []
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)  # Edit > Show Conflict
    assert said() == "Show Conflict: no source disagrees with this fact"
    assert window._dock is None or not window._dock.isVisible()
    press(qtbot, Qt.Key.Key_3, ALT)  # View > Sources: a source is no quote or fact
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Edit > Add to Memo
    assert said() == "Add to Memo: choose a quote or a fact first"


def test_add_from_the_search_box_says_how_to_reach_the_results(qtbot, seeded_library):
    """A search typed, then Ctrl+Return: the results are there but none is
    chosen; the status bar says how to get to them, and Down then Ctrl+Return adds."""
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(panel.search, "defenses")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel.items.currentIndex().isValid())
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert window.statusBar().currentMessage() == (
        "Add to Memo: choose a quote or a fact first (Down moves from the search into the results)"
    )
    assert window.current_brief().blocks() == []
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert len(window.current_brief().blocks()) == 1
