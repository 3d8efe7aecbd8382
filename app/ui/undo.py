"""Edit > Undo for two histories kept apart: the memo's and the library's.

The memo's stack belongs to the open memo (opening another clears it, and its
clean state is the saved file); the library's outlives memos. Undo and Redo
act on one of them, the one of where the user works: the part of the window
the keyboard focus last went into or the user last clicked in (the memo and
its preview; the library's panel and the Sources Agree / Disagree panel; the
source viewer, where one reads, is neither), or the history an edit was last
made in (a quote added to the memo from the library's list is taken back by
the next Undo). A library edit the writer finishes later (an import runs while
the window stays usable) becomes the one undone only if the user has not gone
to work in the memo since asking for it: Ctrl+Z pressed there after adding a
quote takes the quote back, not the import that ended meanwhile. Their texts
always name it ("Undo Remove Quote in Memo", "Undo Import of 3 Files in Library").

One history for both, whichever was done last, let Ctrl+Z pressed again and
again in the memo go on past its first edit into the library's, taking back
an import (its sources gone) without a word: the memo's undos stop at its
first edit now, and the disabled Undo says where the library's is.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shiboken6 import isValid

from app.ui.plain_text import menu_plain
from app.ui.why_disabled import REASONS, set_reason


class History:
    """One undo history: its name as the menu says it, its stack and the
    parts of the window where working makes it the one Edit > Undo acts on."""

    def __init__(
        self,
        name: str,
        place: str,
        stack: QUndoStack,
        parts: Callable[[], list[QWidget | None]],
    ):
        self.name = name
        self.place = place  # where the user works in it: "the library panel"
        self.stack = stack
        self.parts = parts

    def holds(self, widget: QWidget) -> bool:
        return any(
            part is not None and isValid(part) and (part is widget or part.isAncestorOf(widget))
            for part in self.parts()
        )


class UndoHistory(QObject):
    """The Edit menu's Undo and Redo over the memo's and the library's histories."""

    def __init__(self, histories: list[History], parent: QObject):
        super().__init__(parent)
        self.histories = histories
        self.current = histories[0]
        self._since = time.monotonic()  # when `current` became the one acted on
        self._acting = False  # our own undo or redo moves a stack: not an edit made
        self._index = {id(h.stack): h.stack.index() for h in histories}
        self.undo_action = QAction("&Undo", parent)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction("&Redo", parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        for history in histories:
            history.stack.indexChanged.connect(lambda index, h=history: self._moved(h, index))
        self._clicked: list[QWidget] = []  # the focused widget and its viewport
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self._update()

    @property
    def stacks(self) -> list[QUndoStack]:
        return [h.stack for h in self.histories]

    def _alive(self) -> bool:
        return isValid(self) and all(isValid(h.stack) for h in self.histories)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._alive():
            return
        # A click where the focus already is (back in the list after adding
        # its row to the memo) is working there too: the focused widget's
        # clicks are watched, not every event of the application.
        for widget in self._clicked:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._clicked = []
        if new is None or not (
            new.window() is self.parent() or any(h.holds(new) for h in self.histories)
        ):
            return  # another window's widget (a floating panel of ours holds it)
        self._clicked = [new]
        if isinstance(new, QAbstractScrollArea):
            self._clicked.append(new.viewport())
        for widget in self._clicked:
            widget.installEventFilter(self)
        self._working_in(new)

    def _working_in(self, widget: QWidget) -> None:
        for history in self.histories:
            if history.holds(widget):
                self.act_on(history)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and self._alive():
            self._working_in(watched)
        return False

    def _moved(self, history: History, index: int) -> None:
        if not self._alive():
            return  # a stack clears itself as it is destroyed with its window
        before = self._index.get(id(history.stack), 0)
        self._index[id(history.stack)] = index
        if index > before and not self._acting and self._asked_since(history.stack, index):
            self.act_on(history)  # an edit made, unless the user left for another history since
        self._update()

    def _asked_since(self, stack: QUndoStack, index: int) -> bool:
        """Whether the edit just pushed at `index` was asked for after the user
        last went to work in another history (a library edit carries when it
        was asked for, `LibraryCommand.asked`; a memo edit is made as asked)."""
        asked = getattr(stack.command(index - 1), "asked", None)
        return asked is None or stack is self.current.stack or asked >= self._since

    def act_on(self, history: History) -> None:
        """Make `history` the one Edit > Undo and Redo act on."""
        if history is not self.current:
            self.current = history
            self._since = time.monotonic()
            self._update()

    def undo(self) -> None:
        self._step(QUndoStack.undo, QUndoStack.canUndo)

    def redo(self) -> None:
        self._step(QUndoStack.redo, QUndoStack.canRedo)

    def _step(self, step, can) -> None:
        stack = self.current.stack
        if can(stack):
            self._acting = True
            try:
                step(stack)
            finally:
                self._acting = False
            self._update()

    def undo_text(self) -> str:
        """What Undo would take back now ("" if nothing)."""
        stack = self.current.stack
        return stack.undoText() if stack.canUndo() else ""

    def _update(self) -> None:
        if not self._alive():
            return
        current, stack = self.current, self.current.stack
        where = f"in {current.name}"
        for action, can, text, verb in (
            (self.undo_action, stack.canUndo(), stack.undoText(), "Undo"),
            (self.redo_action, stack.canRedo(), stack.redoText(), "Redo"),
        ):
            set_reason(action, self._why_not(verb))
            action.setEnabled(can)
            action.setText(f"&{verb} {_shown(text)} {where}" if can else f"&{verb} {where}")

    def _why_not(self, verb: str) -> str:
        """Why Undo (or Redo) does nothing here, and where the other history's is."""
        can = QUndoStack.canUndo if verb == "Undo" else QUndoStack.canRedo
        text = QUndoStack.undoText if verb == "Undo" else QUndoStack.redoText
        able = [h for h in self.histories if h is not self.current and can(h.stack)]
        if not able:
            return REASONS[verb.lower()]
        again = "take it back" if verb == "Undo" else "do it again"
        said = [f"Nothing to {verb.lower()} in the {self.current.name.lower()}."]
        said += [
            f"{verb} {text(h.stack)} is the {h.name.lower()}'s: click in {h.place} to {again}"
            for h in able
        ]
        return " ".join(said)


def _shown(text: str) -> str:
    """A command's text as a menu shows it: a "&" in a source's title
    ("Q&A") is a character, not the mark of a shortcut letter."""
    return menu_plain(text)
