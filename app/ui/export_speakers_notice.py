"""The Export dialog's notice of quotes whose speaker the library changed
since they were picked: said with their count, and taken in one step (the
memo's own undoable Take the Library's Speaker) before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from app.ui.brief_commands import take_speakers_name
from app.ui.plain_text import PlainLabel


class SpeakersNotice(QFrame):
    """A line saying how many quotes carry a changed speaker, with the button
    that takes the library's (`button`; the dialog connects it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("exportSpeakersNotice")
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setToolTip(
            "Give those quotes the speaker the library gives them now; their words stay"
            " (Edit > Undo in the memo takes it back)"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)

    def show_count(self, n: int) -> None:
        """Say that `n` quotes carry a changed speaker (hidden for none)."""
        self.setVisible(n > 0)
        if not n:
            return
        quotes = "1 quote in the memo carries" if n == 1 else f"{n} quotes in the memo carry"
        self.text.setText(
            f"{quotes} a speaker the library has changed since"
            f" {'it was' if n == 1 else 'they were'} picked."
        )
        self.button.setText(take_speakers_name(n))
