"""A field holding a file's path, showing the file's name.

A path longer than its field shows its end once the keyboard leaves the
field, as desktop file fields do: the file's name and the folders just above
it, not the start of a long folder, which is what the user checks before
saving. The whole path is the field's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.plain_text import plain_tip

# The keyboard leaving for a menu or another window comes back to the
# cursor where it was: the user is still editing there.
_STILL_EDITING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class PathField(QLineEdit):
    """A line edit for a path: its end shown when left, the whole as tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.textChanged.connect(lambda text: self.setToolTip(plain_tip(text)))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _STILL_EDITING:
            self.end(False)  # the cursor at the end: the field scrolls to show it
