"""Edit > Source Properties: a stored source's details (title, outlet, author,
date, URL, accessed date). Saving is undoable, and memos that cite the source
show the new details at once (the library's `changed` signal).

Details a text file (or pasted text) states about itself, read at import
(headline, byline, date line), are marked "read from the article's text"
while they still hold what was read, so the user knows what to check.
Enter saves. A new date finds the source's facts again (their days are
read from it) and brings their groups up to date: done by the library's
writer, off the window's thread, with a busy bar in the dialog meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core import library_edits as edits
from app.core.ingest import TEXT_SUFFIXES
from app.core.ingest.text_meta import detect
from app.core.model import Source
from app.ui.live_library import LiveLibrary
from app.ui.meta_form import MetaForm, keep_editing
from app.ui.plain_text import PlainLabel, plain_tip


class SourcePropertiesDialog(QDialog):
    """Edit one stored source's metadata; Save writes it to the library."""

    def __init__(
        self,
        live: LiveLibrary,
        source_id: int,
        parent: QWidget | None = None,
        cited: Callable[[], Iterable[int]] = tuple,
    ):
        """`cited` gives, at saving, the ids of the source's items the open
        memo cites: a fact among them stays though a new date no longer
        offers it (it is the user's)."""
        super().__init__(parent)
        self._live = live
        self.source_id = source_id
        self._cited = cited
        self.gone = 0  # facts the saved date took away (for the status line)
        source = live.reader.source(source_id)
        self.setWindowTitle(f"Source Properties — {source.meta.title or source.file_name}")
        self.setObjectName("sourceProperties")
        self.resize(560, 0)
        self.form = MetaForm(source.meta, file_name=source.file_name)
        self.form.set_detected(read_from_text(source))
        info = PlainLabel(
            f"File: {source.file_name or '(pasted)'} · {len(source.text):,} characters"
        )
        info.setObjectName("sourceInfo")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self._date = source.meta.date
        # What the form was opened with: saving writes only the fields the
        # user changed, not back over another window's edit made meanwhile.
        self._shown = source.meta
        # What saving is doing, while it does (a new date takes longest).
        self.saving = PlainLabel()
        self.saving.setObjectName("savingNote")
        self.saving.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known end: a moving bar
        self.busy.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.form)
        layout.addWidget(self.saving)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self._show_saving(False)
        self.saved_note: QMessageBox | None = None

    def accept(self) -> None:
        """Save the details (undoable); close when stored, say why if not.
        Saving once: a second Enter while the first is stored does nothing."""
        if not self.buttons.isEnabled():
            return
        meta, source_id, shown = self.form.meta(), self.source_id, self._shown
        if meta == shown:  # nothing changed: no "Undo Edit Source Details" for it
            super().accept()
            return
        cited = frozenset(self._cited())
        self._show_saving(True, redated=meta.date != self._date)

        def failed(exc: Exception) -> None:
            self._show_saving(False)
            QMessageBox.warning(self, "Cannot save", plain_tip(f"Source {source_id}: {exc}"))

        def saved(edit: edits.Edit) -> None:
            self.gone = edit.gone
            super(SourcePropertiesDialog, self).accept()
            if edit.note:  # stored and undoable; the groups follow later
                self._tell_saved(f"Saved. {edit.note}")

        self._live.edit(
            lambda library: edits.update_source_meta(library, source_id, meta, shown, cited),
            saved,
            failed,
        )

    def _tell_saved(self, text: str) -> None:
        """Say what saving left for later, in a note over the window that
        waits for no answer (the dialog is closed by then)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Saved",
            plain_tip(text),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("savedNote")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved_note = box  # kept while shown, with or without a window
        box.open()

    def reject(self) -> None:
        """Cancel, unless saving has begun (it finishes, and closes the dialog),
        or the user, asked, keeps the details they changed."""
        if not self.buttons.isEnabled():
            return
        if self.form.changed() and keep_editing(
            self,
            "Source Properties",
            "Discard your changes to this source's details? They are not saved.",
        ):
            return
        super().reject()

    def _show_saving(self, saving: bool, redated: bool = False) -> None:
        self.saving.setText(
            "Saving: finding this source's facts again for the new date,"
            " and the groups and conflicts they are in…"
            if redated
            else "Saving…"
        )
        self.saving.setVisible(saving)
        self.busy.setVisible(saving)
        self.form.setEnabled(not saving)
        self.buttons.setEnabled(not saving)


def read_from_text(source: Source) -> list[str]:
    """The fields of a text-file (or pasted) source that hold what its text
    states about itself: what an import read, unless changed since."""
    suffix = PurePath(source.file_name or "").suffix.lower()
    if source.file_name and not source.file_name.startswith("(") and suffix not in TEXT_SUFFIXES:
        return []
    stated, found = detect(source.text)
    return [
        f for f in found if getattr(stated, f) and getattr(stated, f) == getattr(source.meta, f)
    ]
