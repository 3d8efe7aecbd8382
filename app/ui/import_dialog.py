"""Importing files and folders with a progress dialog that can cancel.

The import is the core's one loop (`importer.import_paths`), run as a job on
the library's writer (app/ui/live_library.py): one file per step, so the
window stays usable and other edits (a tag, a speaker) go through between
files. Cancelling stops inside the file being read (between its pages or
sentences: `importer.import_paths`' stop), which is then not stored at all:
what was imported before stays, the rest is not touched. Views follow the
library's `changed` signal as files arrive.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import LibraryReadOnlyError
from app.core.importer import (
    NOTHING_FOUND,
    ImportOutcome,
    ImportPlan,
    import_paths,
    plan_import,
)
from app.core.library_edits import IMPORTED
from app.core.pg.address import is_team_location
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel


def _import_job(paths: list[Path], stop: threading.Event):
    """The import as writer steps: first the plan (folders expanded), then one
    outcome per file; `stop` set stops the file being read."""

    def start(library):
        plan = plan_import(paths)
        yield plan
        yield from import_paths(library, plan, stop=stop.is_set)

    return start


class ImportDialog(QDialog):
    """Shows an import's progress and every file's outcome; Cancel stops it."""

    importFinished = Signal(list)  # ImportOutcome list
    detailsRequested = Signal(int)  # a new source whose details the user wants to check

    def __init__(self, live: LiveLibrary, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.setObjectName("importDialog")
        self.resize(620, 380)
        self._live = live
        self._paths = paths
        self._job = None
        self._stop = threading.Event()  # set by Cancel: read by the writer's thread
        self._plan: ImportPlan | None = None
        self.outcomes: list[ImportOutcome] = []
        self.cancelled = False
        self.running = False
        self._refused_all = False  # the library refuses every write: no retry helps

        self.status = PlainLabel("Looking for files\u2026")
        self.status.setWordWrap(True)  # the files not imported, named
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.log = QPlainTextEdit()
        self.log.setObjectName("importLog")
        self.log.setAccessibleName("Files imported")  # no caption: a screen reader's name
        self.log.setReadOnly(True)
        # Wrapped: a line's end (why a file failed, what was read from it) is
        # read without scrolling sideways; the dialog is narrower than most lines.
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        self.running = True
        self._job = self._live.steps(
            _import_job(self._paths, self._stop),
            self._on_step,
            self._on_finished,
            IMPORTED,
            self._on_error,
        )

    def _on_step(self, value) -> None:
        if isinstance(value, ImportPlan):
            self._plan = value
            total = len(value.refused) + len(value.files)
            # One file: busy while it is read (a long one stood at "0%" for
            # minutes, as if the import had hung); else the files done.
            self.bar.setRange(0, 0 if total == 1 else max(total, 1))
            self.bar.setValue(0)
            self._show_next()
            return
        self.outcomes.append(value)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
        self.bar.setValue(len(self.outcomes))
        self.log.appendPlainText(_describe(value))
        self._show_next()

    @property
    def planned(self) -> int:
        """How many files the import set out to read (those refused at once too)."""
        plan = self._plan
        return len(plan.refused) + len(plan.files) if plan else len(self.outcomes)

    def _show_next(self) -> None:
        plan = self._plan
        done = len(self.outcomes) - len(plan.refused)
        if 0 <= done < len(plan.files):
            name = plan.files[done].name
            self.status.setText(f"Importing {len(self.outcomes) + 1:,} of {self.planned:,}: {name}")

    def _on_error(self, exc: Exception) -> None:
        """The library could not take the files (read-only, damaged, a full disk)."""
        self.log.appendPlainText(f"\u2717 {exc}")
        # A role the user lacks (a team library's reader) or a read-only file:
        # "import them again" sent them to the same refusal.
        refusals: tuple[type[Exception], ...] = (LibraryReadOnlyError,)
        if is_team_location(self._live.path):
            from app.core.pg.connect import TeamPermissionError  # a team library's only

            refusals += (TeamPermissionError,)
        self._refused_all = isinstance(exc, refusals)
        self._finish("Stopped")

    def _on_finished(self, completed: bool) -> None:
        self._finish("Done" if completed else "Cancelled")

    def _finish(self, word: str) -> None:
        self.running = False
        self.cancelled = word == "Cancelled"
        ok = sum(o.ok for o in self.outcomes)
        # A file already in the library is no failure (a folder imported
        # again for its new files): said apart.
        skipped = sum(o.skipped for o in self.outcomes)
        plan = self._plan
        # Files a stop or a cancel left unread are not imported either.
        left = plan.files[max(len(self.outcomes) - len(plan.refused), 0) :] if plan else []
        failed = len(self.outcomes) - ok - skipped + len(left)
        already = f", {skipped:,} already in the library" if skipped else ""
        names = not_imported(self.outcomes) + [p.name for p in left]
        named = f": {named_files(names)}" if names else ""
        empty = f" {found_nothing}." if (found_nothing := nothing_found(self.outcomes)) else ""
        self.status.setText(
            f"{word}: {ok:,} imported{already}, {failed:,} not imported{named}.{empty}"
        )
        if left and word == "Stopped" and not self._refused_all:
            self.log.appendPlainText(
                f"Not imported: {', '.join(p.name for p in left)} (import them again:"
                " what is in the library already is skipped)"
            )
        if word == "Done" or self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(1 if word == "Done" else 0)
        # A cancel or a stop leaves the bar at the files done, not full.
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        new = [o.source_id for o in self.outcomes if o.source_id is not None]
        if new:
            # The first new source's details, one key away (it is also the one
            # the window selects and shows).
            check = self.buttons.addButton(
                "Check &Details\u2026", QDialogButtonBox.ButtonRole.ActionRole
            )
            check.setObjectName("checkDetails")
            check.setToolTip("Open Source Properties of the first source imported")
            check.clicked.connect(lambda: (self.detailsRequested.emit(new[0]), self.accept()))
            check.setDefault(True)
            check.setFocus()
        self.importFinished.emit(self.outcomes)

    def reject(self) -> None:
        """Cancel a running import (the file being read is not stored); close when done."""
        if self.running:
            self.status.setText("Cancelling\u2026")
            self._cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.running:
            self._cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _cancel(self) -> None:
        self._stop.set()
        if self._job is not None:
            self._job.cancel()


def not_imported(outcomes: list[ImportOutcome]) -> list[str]:
    """The names of the files an import refused (not those already in the library)."""
    return [Path(o.file).name for o in outcomes if not o.ok and not o.skipped]


def nothing_found(outcomes: list[ImportOutcome]) -> str:
    """ "a.txt, b.txt: no quotes or facts found": the files imported in which
    nothing was found, named; "" when each gave something."""
    names = [Path(o.file).name for o in outcomes if o.found_nothing]
    return f"{named_files(names)}: {NOTHING_FOUND}" if names else ""


def named_files(names: list[str], most: int = 3) -> str:
    """ "a.txt, b.txt and 4 more": the files a summary names, at most `most`."""
    if len(names) <= most:
        return ", ".join(names)
    return f"{', '.join(names[:most])} and {len(names) - most:,} more"


def _describe(outcome: ImportOutcome) -> str:
    """One line a user reads: what was imported, or why not."""
    name = Path(outcome.file).name
    if outcome.ok and outcome.note:
        return f"✓ {name}: {outcome.note}"
    if outcome.ok:
        read = f"; read from the text: {', '.join(outcome.detected)}" if outcome.detected else ""
        return f"✓ {name}: {outcome.counts()}{read}{outcome.check_note()}"
    if outcome.duplicate_of is not None:
        return f"= {name}: {outcome.reason}; nothing added"
    if outcome.cancelled:
        return f"\u2298 {name}: {outcome.reason}"
    return f"✗ {name}: {outcome.reason}"
