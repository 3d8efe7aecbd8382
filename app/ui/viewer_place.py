"""Where the source viewer's text is shown: its paragraphs spaced, the caret
centred, and the reading place kept when the same source is read again."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTextEdit

PARAGRAPH_GAP = 8  # pixels below each paragraph; some articles use single newlines


def space_paragraphs(text: QTextEdit) -> None:
    """A gap below each paragraph that runs straight into the next one
    (characters are unchanged). Articles that already leave a blank line
    between paragraphs keep just that blank line."""
    # Loaded with the first source shown: the first frame shows none, and
    # PySide builds the (large) enums of the text-format classes on import.
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    gap = QTextBlockFormat()
    gap.setBottomMargin(PARAGRAPH_GAP)
    block = text.document().firstBlock()
    while block.isValid():
        following = block.next()
        if block.text().strip() and following.isValid() and following.text().strip():
            QTextCursor(block).mergeBlockFormat(gap)
        block = following


def center_cursor(text: QTextEdit) -> None:
    bar = text.verticalScrollBar()
    middle = text.viewport().height() // 2
    bar.setValue(bar.value() + text.cursorRect().center().y() - middle)


@dataclass(frozen=True)
class Place:
    """Where the user is in the text: the caret (and the selection's other
    end), and the character at the view's top, `offset` pixels from it."""

    anchor: int
    position: int
    top: int
    offset: int


def place_of(text: QTextEdit) -> Place:
    cursor = text.textCursor()
    top = text.cursorForPosition(QPoint(0, 0))
    return Place(cursor.anchor(), cursor.position(), top.position(), text.cursorRect(top).top())


def put_back(text: QTextEdit, place: Place) -> None:
    """The caret, the selection and the passage in view as they were (the
    same text read again: setting it put the caret at its start and the
    view at its top, and a resize meanwhile centred that caret)."""
    from PySide6.QtGui import QTextCursor  # see space_paragraphs

    end = text.document().characterCount() - 1
    cursor = text.textCursor()
    cursor.setPosition(min(place.anchor, end))
    cursor.setPosition(min(place.position, end), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)  # scrolls it into view: the view is put back after
    # By the character at the top, not the scroll value: the text set anew is
    # laid out in steps, and a position in pixels meant another line before
    # the last step.
    top = QTextCursor(text.document())
    top.setPosition(min(place.top, end))
    bar = text.verticalScrollBar()
    bar.setValue(bar.value() + text.cursorRect(top).top() - place.offset)
