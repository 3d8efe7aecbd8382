"""Helpers shared by the window tests: open a window, find things, drop mime data."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


def open_window(qtbot, library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts only reach the active window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Tests close windows without being asked about unsaved work.
    window.files.maybe_save = lambda: True
    return window


def row_of_text(panel, words: str) -> int:
    model = panel.model
    for row in range(model.rowCount()):
        if words in model.item_at(row).text:
            return row
    raise AssertionError(f"no row with {words!r}")


def select_library_row(panel, row: int) -> None:
    panel.items.setFocus()
    panel.items.selectRow(row)


def drop(widget, mime, pos: QPoint) -> None:
    """Deliver a drag enter, move and drop of `mime` at `pos` to `widget`."""
    posf = QPointF(pos)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt 6 declares the enter and move events with an integer point.
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    event = QDropEvent(posf, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, event)


def block_texts(window) -> list[list[str]]:
    return [[b.text for b in s.blocks] for s in window.current_brief().sections]


def wait_idle(qtbot, window, timeout: int = 30_000) -> None:
    """Wait until the window's library writes are done and views have followed."""
    qtbot.waitUntil(lambda: window.live.idle, timeout=timeout)


def add_by_keyboard(window, qtbot, words: str, kind: str | None = None):
    """Select the library item holding `words` and add it to the memo (Ctrl+Enter)."""
    panel = window.library_panel
    if kind is not None:
        panel.show_kind(kind)
    row = row_of_text(panel, words)
    select_library_row(panel, row)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return panel.model.item_at(row)
