"""The bar above the memo saying that autosave is failing.

A failed autosave (a full disk, a recovery folder that cannot be written)
leaves the user's unsaved changes unprotected while they believe them safe:
a status-bar line goes unread. This bar names the file and the problem, once
for each kind of failure (dismissed, the same failure does not bring it back;
another does), and goes when an autosave works again or the memo is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from app.ui.brief_document import BriefDocument
from app.ui.focus import hide_to
from app.ui.plain_text import PlainLabel


class AutosaveNotice(QFrame):
    """Shown above the memo's blocks in `editor` while autosaves fail."""

    def __init__(self, document: BriefDocument, editor: QWidget):
        super().__init__(editor)
        self.setObjectName("autosaveNotice")
        self.text = PlainLabel()
        self.text.setObjectName("autosaveNoticeText")
        self.text.setWordWrap(True)
        self.dismiss = dismiss = QToolButton()
        dismiss.setObjectName("autosaveNoticeDismiss")
        dismiss.setText("Dismiss")
        dismiss.setAccessibleDescription("Hide this notice about autosaving")
        dismiss.setAutoRaise(True)
        self._view = editor.view  # where the keyboard goes when the bar does
        dismiss.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(dismiss)
        self.hide()
        self._told: set[str] = set()  # failure kinds said since the last autosave that worked
        layout = editor.layout()
        layout.insertWidget(layout.indexOf(editor.view), self)
        document.autosaveFailed.connect(self.failed)
        document.autosaved.connect(lambda status: status == "Autosaved" and self._safe_again())
        # Saved, the changes are safe: the bar would no longer be true.
        document.stateChanged.connect(lambda: document.dirty or self._safe_again())

    def failed(self, kind: str, message: str) -> None:
        """Say `message` unless this kind of failure was said already."""
        if kind in self._told:
            return
        self._told.add(kind)
        self.text.setText(
            f"\u26a0 {message}. Your unsaved changes are not protected against a crash:"
            " save the memo (File > Save). Autosave keeps trying."
        )
        self.show()

    def _dismiss(self) -> None:
        hide_to(self, self._view)

    def _safe_again(self) -> None:
        """An autosave worked or the memo was saved: every failure may be said anew."""
        self._told.clear()
        hide_to(self, self._view)
