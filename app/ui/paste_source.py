"""Edit > Paste as New Source (Ctrl+Shift+V): the clipboard's text becomes a source.

The dialog shows the pasted text (editable, e.g. to trim a site's menu) and the
metadata fields; Add stores it like an imported file, with its quotes and facts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import library_edits as edits
from app.core.importer import ImportOutcome, add_document
from app.core.ingest import IngestError
from app.core.ingest.text import from_pasted
from app.core.ingest.text_meta import detect
from app.core.library_edits import IMPORTED
from app.core.store import DuplicateSourceError
from app.ui.live_library import LiveLibrary
from app.ui.meta_form import WRONG_STYLE, MetaForm, keep_editing
from app.ui.plain_text import PlainLabel

PASTED_FILE_NAME = "(pasted)"
STATED_FIELDS = ("title", "author", "date", "outlet")  # what `detect` reads from a text


def _guess_title(text: str) -> str:
    """The first non-empty line, shortened: most pasted articles start with the headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 120 else line[:117].rsplit(" ", 1)[0] + "…"
    return ""


class PasteSourceDialog(QDialog):
    """Pasted text plus metadata; Add stores it as a new source."""

    def __init__(self, live: LiveLibrary, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._live = live
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle("Paste as New Source")
        self.setObjectName("pasteSource")
        self.resize(720, 640)
        self.text = QPlainTextEdit()
        self.text.setObjectName("pastedText")
        # Tab goes on to the details, as in every other field: typed into an
        # article, it would only change the text the quotes are taken from.
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(text)
        self._pasted = text
        # What the text says about itself (headline, byline, date line) fills
        # the form, marked for checking; else the first line is the title.
        stated, found = detect(text)
        if not stated.title:
            stated.title = _guess_title(text)
        self.form = MetaForm(stated)
        self.form.set_detected(found)
        self.text.textChanged.connect(self._read_details)
        self.error = PlainLabel()
        self.error.setObjectName("pasteError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(WRONG_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText("Add &Source")
        add.setToolTip("Add the text as a new source (Ctrl+Enter)")
        # Enter in the text makes a new line; Ctrl+Enter adds from anywhere.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.accept)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text_label = PlainLabel("Te&xt")
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Cancel; a text or details the user changed are asked about first
        (what was pasted as it came is still on the clipboard)."""
        changed = self.text.toPlainText() != self._pasted or self.form.changed()
        if changed and keep_editing(
            self,
            "Paste as New Source",
            "Discard this source? Its text and details as you changed them are not added.",
        ):
            return
        super().reject()

    def _read_details(self) -> None:
        """The text changed (pasted or typed into the box): what it states
        fills the fields the text gives, as from the clipboard at opening,
        but never one the user typed into."""
        text = self.text.toPlainText()
        stated, found = detect(text)
        stated.title = stated.title or _guess_title(text)
        edits = self.form.edits
        for name in STATED_FIELDS:
            edit = edits[name]
            if not edit.isModified() and edit.text() != getattr(stated, name):
                edit.setText(getattr(stated, name))
                edit.setCursorPosition(0)
        self.form.set_detected([f for f in found if not edits[f].isModified()])

    def accept(self) -> None:
        """Store the source (on the library's writer); on a problem say what it
        is and keep the dialog open, with the text as it was."""
        text = self.text.toPlainText()
        if not text.strip():  # the reader's "empty file" names a file there is none of
            self._say("The Text box is empty: paste or type the article's text there.")
            return
        try:
            doc = from_pasted(text)
        except IngestError as exc:
            self._say(f"Pasted text cannot be added: {exc}.")
            return
        doc.meta = self.form.meta()
        title = doc.meta.title
        self.buttons.setEnabled(False)
        self.error.setText("Adding\u2026")
        self._live.run(
            lambda library: add_document(library, doc, PASTED_FILE_NAME),
            IMPORTED,
            lambda outcome: self._added(outcome, title),
            self._refused,
        )

    def _say(self, problem: str) -> None:
        """A problem with the text: said, and the keyboard put back in it."""
        self.error.setText(problem)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _added(self, outcome: ImportOutcome, title: str) -> None:
        self.outcome = outcome
        self._live.made(
            edits.sources_added([outcome.source_id], [title])
        )  # Edit > Undo takes it out
        super().accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, DuplicateSourceError):
            self.error.setText(f"Pasted text is {exc}; nothing added.")
        elif isinstance(exc, IngestError):
            self.error.setText(f"Pasted text cannot be added: {exc}.")
        else:
            self.error.setText(f"The library could not store it: {exc}")
