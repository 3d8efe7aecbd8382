"""Delete Source from the keyboard keeps the user's place in the Sources
list: the source after the deleted one becomes current (the last one's
before it), so Delete, Down and Up go on from there instead of from the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import ALT, focused, open_window, press, wait_idle


def _ids(panel) -> list[int]:
    entries = map(panel.sources.item, range(panel.sources.count()))
    return [e.data(Qt.ItemDataRole.UserRole) for e in entries]


def test_the_next_source_is_current_after_a_delete(qtbot, seeded_library, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_3, ALT)  # the Sources list
    press(qtbot, Qt.Key.Key_Down, times=2)
    before = _ids(panel)
    assert panel.source_list.current_source_id() == before[2]
    press(qtbot, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(_ids(panel)) == len(before) - 1)
    assert focused() is panel.sources
    assert panel.source_list.current_source_id() == before[3]
    press(qtbot, Qt.Key.Key_Down)
    assert panel.source_list.current_source_id() == before[4]

    press(qtbot, Qt.Key.Key_End)
    last = _ids(panel)
    press(qtbot, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(_ids(panel)) == len(last) - 1)
    assert panel.source_list.current_source_id() == last[-2]
