"""One Edit > Undo for two histories: the memo's and the library's.

The memo's stack belongs to the open memo (opening another clears it, and its
clean state is the saved file); the library's outlives memos. Undo takes back
whichever was done last, Redo redoes whichever was undone last, as if there
were one history.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from app.ui.plain_text import menu_plain

_clock = itertools.count(1)


class UndoHistory(QObject):
    """The Edit menu's Undo and Redo over several undo stacks."""

    def __init__(self, stacks: list[QUndoStack], parent: QObject):
        super().__init__(parent)
        self.stacks = stacks
        self._index = {id(s): s.index() for s in stacks}
        self._stamps: dict[int, int] = {}  # id(command) -> when it was last done
        self.undo_action = QAction("&Undo", parent)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction("&Redo", parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        for stack in stacks:
            stack.indexChanged.connect(lambda index, s=stack: self._moved(s, index))
        self._update()

    def _moved(self, stack: QUndoStack, index: int) -> None:
        if not isValid(stack) or not isValid(self):
            return  # a stack clears itself as it is destroyed with its window
        before = self._index.get(id(stack), 0)
        self._index[id(stack)] = index
        if index >= before and index > 0:  # a push, a merge or a redo: done now
            self._stamps[id(stack.command(index - 1))] = next(_clock)
        if stack.count() == 0:
            # Cleared (another memo opened): forget its commands, whose ids may be reused.
            live = {id(s.command(i)) for s in self.stacks for i in range(s.count())}
            self._stamps = {k: v for k, v in self._stamps.items() if k in live}
        self._update()

    def _stamp(self, command: QUndoCommand | None) -> int:
        return self._stamps.get(id(command), 0) if command is not None else 0

    def _last_done(self) -> QUndoStack | None:
        done = [(self._stamp(s.command(s.index() - 1)), s) for s in self.stacks if s.canUndo()]
        return max(done, key=lambda pair: pair[0])[1] if done else None

    def _last_undone(self) -> QUndoStack | None:
        undone = [(self._stamp(s.command(s.index())), s) for s in self.stacks if s.canRedo()]
        return min(undone, key=lambda pair: pair[0])[1] if undone else None

    def undo(self) -> None:
        stack = self._last_done()
        if stack is not None:
            stack.undo()

    def redo(self) -> None:
        stack = self._last_undone()
        if stack is not None:
            stack.redo()

    def undo_text(self) -> str:
        stack = self._last_done()
        return stack.undoText() if stack is not None else ""

    def _update(self) -> None:
        if not all(isValid(s) for s in self.stacks):
            return
        undo, redo = self._last_done(), self._last_undone()
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(f"&Undo {_shown(undo.undoText())}" if undo else "&Undo")
        self.redo_action.setText(f"&Redo {_shown(redo.redoText())}" if redo else "&Redo")


def _shown(text: str) -> str:
    """A command's text as a menu shows it: a "&" in a source's title
    ("Q&A") is a character, not the mark of a shortcut letter."""
    return menu_plain(text)
