"""File > Export: choose format, citation style and notes, see the warnings, export.

The dialog lists the preflight warnings before anything is written, then
runs `iter_export` on a worker (app/ui/tasks.py `run_steps`), its steps
moving the progress bar: the window never waits for a long memo's layout
(a PDF of a long memo took over a second in one step). Cancel stops it
before the file is written: the file there stays as it was. Choices are
remembered in the app's settings when the parent window has them.

The PDF's warnings need its fonts (0.4-0.85 s to load, once): a worker loads
them, the other warnings shown meanwhile; an Export runs the check itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.brief import Brief
from app.core.brief_sources import source_states
from app.core.cite import NOTE_STYLES, STYLE_NAMES, STYLES
from app.core.errors import LibraryError
from app.core.export import (
    ExportError,
    ExportNotSyncedError,
    ExportOptions,
    ExportWarning,
    Progress,
    StrictExportError,
    changed_citations,
    changed_speakers,
    cited_source_hashes,
    conflicted_blocks,
    deleted_sources,
    folder_missing,
    iter_export,
    preflight,
    unchecked_sources,
)
from app.core.export.preflight import load_pdf_fonts, pdf_fonts_loaded
from app.core.short_text import file_stem, plural
from app.ui.export_speakers_notice import SpeakersNotice
from app.ui.export_target import choose_path, replacing_asked
from app.ui.path_field import PathField
from app.ui.plain_text import PlainLabel, RichLabel, plain_tip, source_html
from app.ui.settings import EXPORT_NOTES, EXPORT_STYLE, Setting
from app.ui.tasks import StepsJob, run_in_background, run_steps

EXPORT_FORMAT = Setting("export/format", str, "docx")
EXPORT_OPEN = Setting("export/open_when_done", int, 1)
EXPORT_DIR = Setting("export/last_dir", str, "")

_FORMAT_LABELS = {"docx": "Word document (.docx)", "pdf": "PDF (.pdf)"}
_WARNING_ICONS = {
    "altered": "\u270e",
    "conflict": "\u2260",
    "rejected": "\u2717",
    "restated": "\u21bb",
    "unchecked": "!",
    "deleted": "\u2298",
    "source_incomplete": "?",
    "no_source": "\u2205",
    "same_entry": "=",
    "unprintable": "\u25a1",
    "empty_section": "\u2013",
    "empty_header": "\u2013",
}


class ExportDialog(QDialog):
    """Export `brief`; `library` is used, when it can tell, for unresolved conflicts.
    `rejected_item_ids`: items carrying a value the user resolved against.
    Clicking a warning emits `warningChosen` (the window shows its block);
    the button over the warnings for quotes whose speaker the library changed
    emits `takeSpeakersRequested`."""

    warningChosen = Signal(object)  # ExportWarning
    # The memo's quotes should take the speakers the library gives them now
    # (the window runs its undoable command, then passes the memo to `set_brief`).
    takeSpeakersRequested = Signal()

    def __init__(
        self,
        brief: Brief,
        parent: QWidget | None = None,
        library=None,
        conflicted_item_ids: frozenset[int] | None = None,
        rejected_item_ids: dict[int, str] | None = None,
    ):
        super().__init__(parent)
        self.rejected_item_ids = rejected_item_ids or {}
        self.brief = brief
        self.library = library
        self.settings = getattr(parent, "settings", None)
        self.conflicted_item_ids = conflicted_item_ids or frozenset()
        self.source_hashes: dict[int, str] = {}
        self.speakers_now: dict[str, str] = {}
        self.facts_now: dict[str, str] = {}
        # A library that fails now (a team server gone, a file damaged since)
        # leaves the memo to export from its own copy, said as a warning.
        self.library_error = ""
        self.unchecked: list[ExportWarning] = []  # sources not this library's
        self.deleted: list[ExportWarning] = []  # sources deleted since: not refused when strict
        self._read_library(conflicted_item_ids is None)
        self.exported_path: Path | None = None
        self.opened = True  # the file opened when done, if asked to
        # The path a file dialog chose, having asked before replacing a file there.
        self.confirmed_path: Path | None = None
        self._job: StepsJob | None = None  # the export running, if one is
        self.fonts_loading = False  # the PDF's fonts load on a worker
        self._fonts_error = ""
        self.setWindowTitle("Export Memo")
        self.setMinimumWidth(620)

        self.format = QComboBox()
        for fmt, label in _FORMAT_LABELS.items():
            self.format.addItem(label, fmt)
        self.style = QComboBox()
        for style in STYLES:
            self.style.addItem(STYLE_NAMES[style], style)
        self.footnotes = QRadioButton("Foot&notes")
        self.endnotes = QRadioButton("&Endnotes")
        self.notes_group = QButtonGroup(self)
        self.notes_group.addButton(self.footnotes)
        self.notes_group.addButton(self.endnotes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.footnotes)
        notes_row.addWidget(self.endnotes)
        notes_row.addStretch(1)
        self.path = PathField()
        browse = QPushButton("&Browse\u2026")
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.open_when_done = QCheckBox("&Open the file when done")
        self.strict = QCheckBox("&Refuse to export while there are warnings")

        form = QFormLayout()
        save_as = PlainLabel("&Save as:")
        save_as.setBuddy(self.path)
        form.addRow(save_as, path_row)
        form.addRow("&Format:", self.format)
        form.addRow("&Citation style:", self.style)
        # Only Chicago numbers notes; APA and AP cite in the text (see _style_changed).
        form.addRow("Notes:", notes_row)
        form.addRow("", self.open_when_done)
        form.addRow("", self.strict)

        self.speakers_notice = SpeakersNotice()
        self.speakers_text = self.speakers_notice.text
        self.take_speakers_button = self.speakers_notice.button
        self.take_speakers_button.clicked.connect(self.takeSpeakersRequested)

        self.warnings_label = RichLabel()
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setAlternatingRowColors(True)
        self.warnings.itemClicked.connect(
            lambda item: self.warningChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = PlainLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText("E&xport")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.speakers_notice)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._restore_choices()
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._path_changed)
        self.style.currentIndexChanged.connect(self._style_changed)
        self._style_changed()

    # -- what the library says ------------------------------------------------

    def _read_library(self, conflicts: bool = False) -> None:
        """Read what the library says about `brief` now (`conflicts`: its
        blocks in open conflicts too, when the window did not pass them)."""
        if self.library is None:
            return
        brief, library = self.brief, self.library
        try:
            if conflicts:
                self.conflicted_item_ids = conflicted_blocks(brief, library)
            # Tells different articles that cite alike from copies of one.
            self.source_hashes = cited_source_hashes(brief, library)
            # Quotes the library gives another speaker since they were picked.
            self.speakers_now = changed_speakers(brief, library)
            # Facts whose bracketed additions the library's form no longer has.
            self.facts_now = changed_citations(brief, library)
            states = source_states(brief, library)
            self.unchecked = unchecked_sources(brief, library, states)
            self.deleted = deleted_sources(brief, library, states)
            self.library_error = ""
        except LibraryError as exc:
            self.library_error = str(exc)

    def set_brief(self, brief: Brief) -> None:
        """Export `brief` instead (the memo changed while the dialog is open:
        its quotes took the library's speakers); what the library says about
        it and the warnings are read again."""
        self.brief = brief
        self._read_library()
        self.show_warnings()

    # -- choices --------------------------------------------------------------

    def _get(self, setting: Setting):
        return self.settings.get(setting) if self.settings is not None else setting.default

    def _restore_choices(self) -> None:
        fmt = self._get(EXPORT_FORMAT)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))
        self.style.setCurrentIndex(max(self.style.findData(self._get(EXPORT_STYLE)), 0))
        endnotes = self._get(EXPORT_NOTES) == "endnotes"
        (self.endnotes if endnotes else self.footnotes).setChecked(True)
        self.open_when_done.setChecked(bool(self._get(EXPORT_OPEN)))
        folder = Path(self._get(EXPORT_DIR) or Path.home())
        self.path.setText(
            str(folder / f"{file_stem(self.brief.header.subject)}.{self.format.currentData()}")
        )

    def _save_choices(self) -> None:
        if self.settings is None:
            return
        self.settings.set(EXPORT_FORMAT, self.format.currentData())
        self.settings.set(EXPORT_STYLE, self.style.currentData())
        self.settings.set(EXPORT_NOTES, self.notes_mode())
        self.settings.set(EXPORT_OPEN, int(self.open_when_done.isChecked()))
        self.settings.set(EXPORT_DIR, str(Path(self.path.text()).parent))

    def notes_mode(self) -> str:
        return "endnotes" if self.endnotes.isChecked() else "footnotes"

    def _style_changed(self) -> None:
        """Notes apply to a style that numbers them; the warnings depend on the
        style too (AP prints no n.d.)."""
        notes = self.style.currentData() in NOTE_STYLES
        tip = (
            ""
            if notes
            else "This style cites in the text: (Doe, 2024) or \u201caccording to\u201d."
        )
        for button in (self.footnotes, self.endnotes):
            button.setEnabled(notes)
            button.setToolTip(tip)
        self.show_warnings()

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        named = str(Path(text).with_suffix("." + self.format.currentData())) if text else ""
        if named and named != text:  # the same name set again would move the caret
            self.path.setText(named)
        self.show_warnings()  # the PDF cannot print every script

    def _path_changed(self, text: str) -> None:
        """A name typed with a format's ending ("memo.pdf") is that format:
        the export writes what the name says, so Format (and the warnings,
        the PDF's fonts among them) follow it."""
        found = self.format.findData(Path(text.strip()).suffix.lower().lstrip("."))
        if found >= 0 and found != self.format.currentIndex():
            self.format.setCurrentIndex(found)

    def choose_path(self) -> None:
        name = choose_path(self, self.path.text(), self.format.currentData())
        if name:
            # The file dialog asked before replacing a file there.
            self.confirmed_path = Path(name).expanduser()
            suffix = self.confirmed_path.suffix.lower().lstrip(".")
            self.format.setCurrentIndex(self.format.findData(suffix))
            self.path.setText(name)

    # -- warnings and export --------------------------------------------------

    def _checking_fonts(self) -> bool:
        """The PDF is chosen and its fonts, which its warnings need, are not loaded
        yet: a worker loads them (once), then `show_warnings` (or says why not)."""
        if self.format.currentData() != "pdf" or pdf_fonts_loaded() or self._fonts_error:
            return False
        if not self.fonts_loading:
            self.fonts_loading = True
            run_in_background(load_pdf_fonts, self._fonts_loaded, self._fonts_loaded, long=True)
        return True

    def _fonts_loaded(self, error: Exception | None) -> None:
        self.fonts_loading = False
        self._fonts_error = f"{type(error).__name__}: {error}" if error else ""
        if isValid(self):  # the dialog may be gone with its window
            self.show_warnings()

    def show_warnings(self) -> None:
        checking = self._checking_fonts()
        found = preflight(
            self.brief,
            self.conflicted_item_ids,
            self.style.currentData(),
            self.rejected_item_ids,
            self.source_hashes,
            self.speakers_now,
            "" if checking or self._fonts_error else self.format.currentData(),
            self.facts_now,
        )
        found[:0] = self.unchecked + self.deleted
        if self.library_error:
            problem = (
                f"Library problem: {self.library_error}. The memo exports as it saved its"
                " sources; conflicts and changed speakers are not checked."
            )
            found.insert(0, ExportWarning("unchecked", problem))
        self.warnings.clear()
        for warning in found:
            icon = _WARNING_ICONS.get(warning.kind, "!")
            item = QListWidgetItem(f"{icon}  {warning.message}")
            item.setData(Qt.ItemDataRole.UserRole, warning)
            shown = warning.block_id or warning.kind == "empty_header"
            where = "\n\nClick to show it in the memo." if shown else ""
            item.setToolTip(plain_tip(warning.message + where))
            self.warnings.addItem(item)
        if found:
            count = plural(len(found), "warning")
            said = f"<b>{count}</b> before export"
            # The caption, without its markup, is the list's name for a screen reader.
            self.warnings.setAccessibleName(f"{count} before export")
        else:
            said = "No warnings: every quote and fact is cited"
        if checking:
            said += " (checking the PDF's fonts\u2026)"
        elif self._fonts_error and self.format.currentData() == "pdf":
            said += f" (the PDF's fonts could not be read: {source_html(self._fonts_error)})"
        self.warnings_label.setText(said + (":" if found else "."))
        self.warnings.setVisible(bool(found))
        self.speakers_notice.show_count(len(self.speakers_now))

    def options(self) -> ExportOptions:
        return ExportOptions(
            style=self.style.currentData(),
            notes=self.notes_mode(),
            strict=self.strict.isChecked(),
            conflicted_item_ids=frozenset(self.conflicted_item_ids),
            rejected_item_ids=self.rejected_item_ids,
            source_hashes=self.source_hashes,
            speakers_now=self.speakers_now,
            facts_now=self.facts_now,
        )

    def export(self) -> None:
        """Run the export with a moving progress bar; on success close (and open the file)."""
        text = self.path.text().strip()
        if not text:
            QMessageBox.warning(self, "Export", "Choose where to save the memo.")
            return
        path = Path(text).expanduser()
        if path.suffix.lower().lstrip(".") not in _FORMAT_LABELS:
            path = path.with_suffix("." + self.format.currentData())
        if self.strict.isChecked() and (self.library_error or self.unchecked):
            why = "the library could not be read"
            if not self.library_error:
                why = "a cited source is not this library's"
            self._failed(
                f"Not exported in strict mode: {why}, so conflicts and changed speakers"
                " are not checked."
            )
            return
        if missing := folder_missing(path):
            # The last export's folder, remembered, may be on a share or a stick
            # gone since.
            self._failed(f"{missing}; choose another with Browse.")
            return
        if path.exists() and path != self.confirmed_path:
            path = replacing_asked(self, path)
            if path is None:
                self.status.setText("Not exported: the file there is kept.")
                return
            self.path.setText(str(path))
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        brief, options, last = self.brief, self.options(), []

        def step(progress: Progress) -> None:
            last[:] = [progress]
            self.progress.setMaximum(progress.total)
            self.progress.setValue(progress.done)
            if not self._job.cancelled:
                self.status.setText(progress.message)

        def done(completed: bool) -> None:
            self._job = None
            # A Cancel that came while the file was being saved came too late.
            if completed or (last and last[0].done == last[0].total):
                self._exported(path)
            else:
                self._stopped("Export cancelled: nothing was written.")

        self._job = run_steps(
            lambda: iter_export(brief, path, options),
            step,
            done,
            lambda exc: self._error(exc, path),
        )

    @property
    def exporting(self) -> bool:
        """An export is running (on the worker)."""
        return self._job is not None

    def _exported(self, path: Path) -> None:
        self.exported_path = path
        self._save_choices()
        if self.open_when_done.isChecked():
            # False where no program opens the file's kind (the desktop says
            # so at once on Windows and macOS): the window's note says it.
            self.opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def _error(self, exc: Exception, path: Path) -> None:
        self._job = None
        if isinstance(exc, StrictExportError):
            self._failed(f"Not exported: {len(exc.warnings)} warning(s) and strict mode is on.")
        elif isinstance(exc, ExportNotSyncedError):
            self._failed(str(exc), "Export not sure to be on disk")
        elif isinstance(exc, ExportError):
            self._failed(str(exc))
        else:
            # A fault in a writer or its library (not a known export error):
            # the user is told, the dialog resets, the old file is untouched.
            logging.getLogger(__name__).error(
                "export of %s failed", path, exc_info=(type(exc), exc, exc.__traceback__)
            )
            self._failed(f"{path.name}: not exported ({type(exc).__name__}: {exc})")

    def reject(self) -> None:
        """Cancel: stops a running export before its file is written (the
        dialog stays, to export again); closes the dialog otherwise."""
        if self._job is not None:
            self._job.cancel()
            self.status.setText("Cancelling\u2026")
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self._job is not None:
            self._job.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _stopped(self, message: str) -> None:
        """The dialog ready to export again, saying `message`."""
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.progress.setValue(0)
        self.status.setText(message)

    def _failed(self, message: str, title: str = "Export failed") -> None:
        """Say why the export failed and make the dialog ready for another try."""
        self._stopped(message)
        QMessageBox.warning(self, title, plain_tip(message))
