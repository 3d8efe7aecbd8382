"""The window's menu shortcuts work from any text field.

Before a key reaches the widget with the focus as a shortcut, Qt asks that
widget (a ShortcutOverride event) whether it wants the key for itself. On
Linux/X11 Qt's key scheme gives a QLineEdit some Emacs keys: Ctrl+E is "end
of line" there (`QKeySequence.StandardKey.MoveToEndOfLine`), so with the
search box or a memo field focused, File > Export's Ctrl+E moved the caret
and never opened the export. `MenuKeysFirst` answers that question for the
window's own fields: a key one of the window's enabled menu commands shows is
left to the command, unless it is one of the keys a field has on every
platform (undo, redo, cut, copy, paste, select all, delete, and keys without
Ctrl or Alt, which type or move the caret). Keys no menu claims (Ctrl+U,
Ctrl+K on X11) stay with the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# A field's own editing keys, wherever Qt runs: these stay with a field with
# the focus even where a menu command has the same key (Edit > Undo's Ctrl+Z
# undoes the typing in a search box, Delete deletes a character, not a block).
FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
)
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def left_to_field(event: QKeyEvent) -> bool:
    """Whether a key stays with a focused field even if a menu command has it."""
    if not event.modifiers() & _COMMAND_MODIFIERS:
        return True
    return any(event.matches(key) for key in FIELD_KEYS)


class MenuKeysFirst(QObject):
    """Keeps `window`'s menu shortcuts (from its `commands`, name -> QAction)
    working while one of the window's fields has the focus. It filters the
    events of the widget with the focus only (moved as the focus moves), not
    every event of the application. Made by the window; gone with it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and new.window() == self._window:
            new.installEventFilter(self)

    def menu_keys(self) -> set[str]:
        """The keys of the window's enabled commands ("Ctrl+E")."""
        return {
            key.toString()
            for action in self._window.commands.values()
            if action.isEnabled()
            for key in action.shortcuts()
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() != self._window or left_to_field(event):
            return False
        if QKeySequence(event.keyCombination()).toString() not in self.menu_keys():
            return False
        event.ignore()  # not the field's: Qt goes on to the window's shortcuts
        return True
