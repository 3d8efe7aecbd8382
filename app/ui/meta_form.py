"""The fields of a source's details, with the ones a citation still lacks marked
and the ones read from the article's own text marked as such, to be checked
(used by Source Properties and by Paste as New Source)."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.core.cite_fields import DATE_FORMS, readable_date
from app.core.model import METADATA_FIELDS, SourceMeta
from app.core.source_checks import field_names, missing_fields
from app.ui.plain_text import PlainLabel

LABELS = {
    "title": "&Title",
    "outlet": "&Outlet",
    "author": "&Author(s)",
    "date": "&Date",
    "url": "&URL",
    "accessed": "A&ccessed",
}
HINTS = {
    "author": "Several authors: separate with ;",
    "date": "YYYY-MM-DD (or YYYY-MM, YYYY)",
    "url": "https://…",
    "accessed": "YYYY-MM-DD",
}


FIELD_WORDS = {"title": "title", "outlet": "outlet", "author": "author(s)", "date": "date"}
DATE_FIELDS = {"date": "Date", "accessed": "Accessed"}
# The colour of what is wrong: a field a citation lacks, a date it cannot read.
WRONG_STYLE = "color: #b3261e;"


class MetaForm(QWidget):
    """Line edits for every metadata field; empty needed fields are marked,
    and so are fields read from the text (until the user changes them)."""

    def __init__(
        self, meta: SourceMeta | None = None, parent: QWidget | None = None, file_name: str = ""
    ):
        """`file_name`: the file the source was read from ("" for a pasted
        text), which tells whether its citations need a URL."""
        super().__init__(parent)
        self._file_name = file_name
        self.detected: list[str] = []
        self._as_read: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name in METADATA_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"meta_{name}")
            edit.setPlaceholderText(HINTS.get(name, ""))
            edit.textChanged.connect(self._mark_missing)
            edit.textChanged.connect(self._mark_detected)
            if name in DATE_FIELDS:
                # Said once the field is left (a date half typed is no error),
                # and taken back as soon as it is fixed.
                edit.editingFinished.connect(self._check_dates)
                edit.textChanged.connect(self._recheck_dates)
            label = PlainLabel(LABELS[name])
            label.setBuddy(edit)
            self.edits[name] = edit
            self.labels[name] = label
            if name == "accessed":
                today = QPushButton("Toda&y")
                today.setObjectName("accessedToday")
                # Never the dialog's default: after a click on it, Enter must
                # still save (a default button takes Enter).
                today.setAutoDefault(False)
                today.clicked.connect(
                    lambda: self.edits["accessed"].setText(datetime.date.today().isoformat())
                )
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(today)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
        self.missing_note = _note("missingNote")
        form.addRow(self.missing_note)
        self.date_note = _note("dateNote", hidden=True)
        self.date_note.setStyleSheet(WRONG_STYLE)
        form.addRow(self.date_note)
        self.detected_note = _note("detectedNote", hidden=True)
        form.addRow(self.detected_note)
        self.set_meta(meta or SourceMeta())

    def set_meta(self, meta: SourceMeta) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(meta, name))
            edit.setCursorPosition(0)  # show a long title from its start
        self._mark_missing()
        self._check_dates()
        self._given = self.meta()

    def changed(self) -> bool:
        """Whether a field differs from what the form was given (`set_meta`)."""
        return self.meta() != self._given

    def unreadable_dates(self) -> list[str]:
        """The date fields whose text is no date the citations can write."""
        return [
            name
            for name in DATE_FIELDS
            if (text := self.edits[name].text().strip()) and not readable_date(text)
        ]

    def _check_dates(self) -> None:
        """Say which date is no date (a day the month lacks, another order):
        citations would print it as typed, the same in every style."""
        said = [
            f"{DATE_FIELDS[name]} “{self.edits[name].text().strip()}” is not a date it can read"
            for name in self.unreadable_dates()
        ]
        _say(
            self.date_note,
            "▲ " + "; ".join(said) + f": write it {DATE_FORMS}, else citations print it as typed."
            if said
            else "",
        )

    def _recheck_dates(self) -> None:
        if self.date_note.isVisible():
            self._check_dates()

    def set_detected(self, fields: list[str]) -> None:
        """Mark `fields` as read from the article's text (headline, byline,
        date line): shown so the user checks them; any can be changed."""
        self.detected = [f for f in fields if f in self.edits]
        self._as_read = {f: self.edits[f].text() for f in self.detected}
        self._mark_detected()

    def still_as_read(self) -> list[str]:
        """The detected fields the user has not changed."""
        return [f for f, text in self._as_read.items() if self.edits[f].text() == text]

    def _mark_detected(self) -> None:
        if not self._as_read:
            return
        shown = self.still_as_read()
        for name, edit in self.edits.items():
            marked = name in shown
            if edit.property("detected") != marked:
                edit.setProperty("detected", marked)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
            edit.setToolTip("Read from the article's text: check it" if marked else "")
        words = ", ".join(FIELD_WORDS.get(f, f) for f in shown)
        _say(
            self.detected_note,
            f"\u2731 Read from the article's text: {words}. Check them; every field can be changed."
            if shown
            else "",
        )

    def meta(self) -> SourceMeta:
        return SourceMeta(**{name: edit.text().strip() for name, edit in self.edits.items()})

    def missing(self) -> list[str]:
        return missing_fields(self.meta(), self._file_name)

    def _mark_missing(self) -> None:
        missing = self.missing()
        for name, label in self.labels.items():
            flagged = name in missing
            label.setProperty("missing", flagged)
            label.setText(LABELS[name] + (" ●" if flagged else ""))
            label.setToolTip("Needed for citations, still empty" if flagged else "")
            label.setStyleSheet(WRONG_STYLE if flagged else "")
        self.missing_note.setText(
            "\u25cf Missing for citations: " + ", ".join(field_names(missing)) if missing else ""
        )


def keep_editing(parent: QWidget, title: str, question: str) -> bool:
    """Asked as a dialog holding the user's changes is closed without saving
    them (Cancel, Escape, its close button): True to keep it open. Escape
    on the question, as its default, keeps them."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, question, buttons.Discard | buttons.Cancel, buttons.Cancel
    )
    return answer != buttons.Discard


def _note(name: str, hidden: bool = False) -> PlainLabel:
    """A note under the fields, wrapped, of object name `name`."""
    note = PlainLabel()
    note.setObjectName(name)
    note.setWordWrap(True)
    if hidden:
        note.hide()
    return note


def _say(note: QLabel, text: str) -> None:
    """Show `text` in `note`, or hide the note when there is none."""
    note.setText(text)
    note.setVisible(bool(text))
