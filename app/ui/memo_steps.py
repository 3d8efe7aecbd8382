"""The memo shows what an Undo or a Redo changed.

A memo longer than its view was changed out of sight: a block put back by
Undo came back somewhere above or below, and the selection stayed where it
was, on another block (a Delete pressed next removed that one). After each
step of the memo's history, `StepShown` selects the block or section the
step names (`shown(undone)` of the commands in brief_commands.py) and
scrolls it into view; a step naming none (a header field's typing, a block
removed) leaves the selection as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTreeView
from shiboken6 import isValid

from app.ui.brief_model import BriefModel


class StepShown(QObject):
    """Follows `stack` (the memo's history) and shows each step's change in `view`."""

    def __init__(self, stack: QUndoStack, model: BriefModel, view: QTreeView, parent: QObject):
        super().__init__(parent)
        self._stack, self._model, self._view = stack, model, view
        self._at = stack.index()
        stack.indexChanged.connect(self._stepped)

    def _stepped(self, index: int) -> None:
        if not (isValid(self) and isValid(self._stack) and isValid(self._view)):
            return  # the stack clears itself as it is destroyed with its window
        before, self._at = self._at, index
        if abs(index - before) != 1:
            return  # a memo opened (its history cleared), or a jump of several steps
        undone = index < before
        target = _shown(self._stack.command(index if undone else index - 1), undone)
        if target is not None:
            self.show(target)

    def show(self, target: str) -> None:
        """Select the block or section of id `target` and scroll to it."""
        model = self._model
        try:
            srow, row = model.locate(target)
            index = model.index(row, 0, model.section_index(srow))
        except KeyError:
            try:
                index = model.section_index(model.section_row(target))
            except KeyError:
                return  # gone again since (a new paragraph left empty)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self._view.selectionModel().setCurrentIndex(index, flags)
        self._view.scrollTo(index)


def _shown(command: QUndoCommand | None, undone: bool) -> str | None:
    """The id of what `command` leaves to look at, undone or done."""
    if command is not None and not hasattr(command, "shown") and command.childCount():
        # Several steps made as one (a drag of several blocks): the last made.
        command = command.child(0 if undone else command.childCount() - 1)
    shown = getattr(command, "shown", None)
    return shown(undone) if shown is not None else None
