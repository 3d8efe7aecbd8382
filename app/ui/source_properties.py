"""Editing a source's metadata: title, outlet, author(s), date, URL, accessed date.

Fields a citation needs and that are still empty (`SourceMeta.missing()`) are
marked, so the user sees what to fill in before exporting.
"""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import METADATA_FIELDS, SourceMeta
from app.core.store import Library, LibraryError

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


class SourcePropertiesDialog(QDialog):
    """Edit one stored source's metadata; Save writes it to the library."""

    def __init__(self, library: Library, source_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self.source_id = source_id
        source = library.source(source_id)
        self.setWindowTitle(f"Source Properties — {source.meta.title or source.file_name}")
        self.setObjectName("sourceProperties")
        self.resize(560, 0)
        self.form = MetaForm(source.meta)
        info = QLabel(f"File: {source.file_name or '(pasted)'} · {len(source.text):,} characters")
        info.setObjectName("sourceInfo")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self._library.update_source_meta(self.source_id, self.form.meta())
        except LibraryError as exc:
            QMessageBox.warning(self, "Cannot save", f"Source {self.source_id}: {exc}")
            return
        super().accept()


def edit_current_source(window) -> SourcePropertiesDialog | None:
    """Open the properties of the source selected in the library panel."""
    source_id = window.library_panel.current_source_id()
    if source_id is None or source_id < 0:
        window.statusBar().showMessage("Select a source in the library first", 5000)
        return None
    dialog = SourcePropertiesDialog(window.library, source_id, window)

    def saved() -> None:
        from app.ui.import_dialog import refresh_library_views

        refresh_library_views(window)
        window.statusBar().showMessage("Source properties saved", 5000)

    dialog.accepted.connect(saved)
    dialog.open()
    return dialog
