"""The fields of a source's details, with the ones a citation still lacks marked
(used by Source Properties and by Paste as New Source)."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.model import METADATA_FIELDS, SourceMeta

LABELS = {
    "title": "&Title",
    "outlet": "&Outlet",
    "author": "&Author(s)",
    "date": "&Date",
    "url": "&URL",
    "accessed": "Accessed",
}
HINTS = {
    "author": "Several authors: separate with ;",
    "date": "YYYY-MM-DD (or YYYY-MM, YYYY)",
    "url": "https://…",
    "accessed": "YYYY-MM-DD",
}


class MetaForm(QWidget):
    """Line edits for every metadata field; empty needed fields are marked."""

    def __init__(self, meta: SourceMeta | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name in METADATA_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"meta_{name}")
            edit.setPlaceholderText(HINTS.get(name, ""))
            edit.textChanged.connect(self._mark_missing)
            label = QLabel(LABELS[name])
            label.setBuddy(edit)
            self.edits[name] = edit
            self.labels[name] = label
            if name == "accessed":
                today = QPushButton("Today")
                today.setObjectName("accessedToday")
                today.clicked.connect(
                    lambda: self.edits["accessed"].setText(datetime.date.today().isoformat())
                )
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(today)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
        self.missing_note = QLabel()
        self.missing_note.setObjectName("missingNote")
        self.missing_note.setWordWrap(True)
        form.addRow(self.missing_note)
        self.set_meta(meta or SourceMeta())

    def set_meta(self, meta: SourceMeta) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(meta, name))
            edit.setCursorPosition(0)  # show a long title from its start
        self._mark_missing()

    def meta(self) -> SourceMeta:
        return SourceMeta(**{name: edit.text().strip() for name, edit in self.edits.items()})

    def missing(self) -> list[str]:
        return self.meta().missing()

    def _mark_missing(self) -> None:
        missing = self.missing()
        for name, label in self.labels.items():
            flagged = name in missing
            label.setProperty("missing", flagged)
            label.setText(LABELS[name] + (" ●" if flagged else ""))
            label.setToolTip("Needed for citations, still empty" if flagged else "")
            label.setStyleSheet("color: #b3261e;" if flagged else "")
        self.missing_note.setText(
            "● Missing for citations: " + ", ".join(missing) if missing else ""
        )
