"""Importing files and folders off the GUI thread, with a progress dialog that can cancel.

The worker runs in its own QThread and opens its own `Library` on the same
file (an SQLite connection belongs to the thread that opened it); the GUI's
connection sees each file's transaction once it commits. Cancelling stops
between files: what was imported stays, the rest is not touched.

`install_import_actions(window)` adds File > Import… (Ctrl+I), Edit > Paste as
New Source (Ctrl+Shift+V), Edit > Source Properties…, and dropping files on the
window, so the main window needs one line for all of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThread, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.importer import EMPTY_FOLDER, ImportOutcome, expand_paths, import_file
from app.core.store import Library, LibraryError

FILE_FILTER = (
    "Sources (*.txt *.md *.markdown *.docx *.pdf *.html *.htm *.json);;"
    "Text and Markdown (*.txt *.md *.markdown);;Word (*.docx);;PDF (*.pdf);;"
    "Web pages (*.html *.htm);;CSL-JSON from Zotero (*.json);;All files (*)"
)


class ImportWorker(QObject):
    """Imports a list of paths on its thread; one `fileDone` per file."""

    started = Signal(int)  # number of files
    fileStarted = Signal(int, str)  # index, file name
    fileDone = Signal(int, object)  # index, ImportOutcome
    finished = Signal(bool)  # cancelled

    def __init__(self, library_path: Path, paths: list[Path]):
        super().__init__()
        self._library_path = library_path
        self._paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the file being imported now (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        files: list[Path] = []
        empty: list[Path] = []
        for path in self._paths:
            found = expand_paths([path])
            files.extend(found)
            if not found:
                empty.append(path)
        files.sort(key=lambda p: p.suffix.lower() == ".json")  # metadata last
        self.started.emit(len(files) + len(empty))
        for k, path in enumerate(empty):
            self.fileDone.emit(k, ImportOutcome(file=str(path), reason=EMPTY_FOLDER))
        try:
            library = Library(self._library_path)
        except LibraryError as exc:
            self.fileDone.emit(0, ImportOutcome(file=str(self._library_path), reason=str(exc)))
            self.finished.emit(False)
            return
        try:
            for k, path in enumerate(files, start=len(empty)):
                if self._cancel.is_set():
                    break
                self.fileStarted.emit(k, path.name)
                self.fileDone.emit(k, import_file(library, path))
        finally:
            library.close()
        self.finished.emit(self._cancel.is_set())


class ImportDialog(QDialog):
    """Shows an import's progress and every file's outcome; Cancel stops it."""

    importFinished = Signal(list)  # ImportOutcome list

    def __init__(self, library_path: Path, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.setObjectName("importDialog")
        self.resize(620, 380)
        self.outcomes: list[ImportOutcome] = []
        self.cancelled = False
        self.running = False

        self.status = QLabel("Looking for files…")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.log = QPlainTextEdit()
        self.log.setObjectName("importLog")
        self.log.setReadOnly(True)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.buttons)

        self._thread = QThread(self)
        self._worker = ImportWorker(library_path, paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.started.connect(self._on_started)
        self._worker.fileStarted.connect(self._on_file_started)
        self._worker.fileDone.connect(self._on_file_done)
        self._worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def _on_started(self, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.status.setText(f"Importing {total} files…")

    def _on_file_started(self, index: int, name: str) -> None:
        self.status.setText(f"Importing {index + 1} of {self.bar.maximum()}: {name}")

    def _on_file_done(self, index: int, outcome: ImportOutcome) -> None:
        self.outcomes.append(outcome)
        self.bar.setValue(len(self.outcomes))
        self.log.appendPlainText(_describe(outcome))

    def _on_finished(self, cancelled: bool) -> None:
        self.running = False
        self.cancelled = cancelled
        self._thread.quit()
        self._thread.wait()
        ok = sum(o.ok for o in self.outcomes)
        failed = len(self.outcomes) - ok
        word = "Cancelled" if cancelled else "Done"
        self.status.setText(f"{word}: {ok} imported, {failed} not imported.")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.importFinished.emit(self.outcomes)

    def reject(self) -> None:
        """Cancel a running import (it stops after the current file); close when done."""
        if self.running:
            self.status.setText("Cancelling after this file…")
            self._worker.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.running:
            self._worker.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def wait_until_done(self, msecs: int = 60_000) -> bool:
        """For tests and shutdown: block until the worker thread has ended."""
        return self._thread.wait(msecs)


def _describe(outcome: ImportOutcome) -> str:
    """One line a user reads: what was imported, or why not."""
    name = Path(outcome.file).name
    if outcome.ok and outcome.note:
        return f"✓ {name}: {outcome.note}"
    if outcome.ok:
        return f"✓ {name}: {outcome.quotes} quotes, {outcome.facts} facts"
    if outcome.duplicate_of is not None:
        return f"= {name}: {outcome.reason}; nothing added"
    return f"✗ {name}: {outcome.reason}"


def refresh_library_views(window) -> None:
    """Show newly imported sources and items in the library panel."""
    panel = window.library_panel
    if hasattr(panel, "reload"):
        panel.reload()
    else:
        panel.reload_sources()
        panel.apply_filter()
    viewer = getattr(window, "viewer", None)
    if viewer is not None and hasattr(viewer, "reload"):
        viewer.reload()  # new conflicts, edited metadata in its header


def start_import(window, paths: list[Path]) -> ImportDialog | None:
    """Import files/folders into the window's library with a progress dialog."""
    if not paths:
        return None
    dialog = ImportDialog(window.library.path, paths, window)

    def done(outcomes: list[ImportOutcome]) -> None:
        refresh_library_views(window)
        ok = sum(o.ok for o in outcomes)
        window.statusBar().showMessage(
            f"Imported {ok} of {len(outcomes)} files" + (" (cancelled)" if dialog.cancelled else "")
        )

    dialog.importFinished.connect(done)
    dialog.setModal(False)  # the window stays usable while files import
    dialog.show()
    dialog.start()
    return dialog


def choose_and_import(window) -> ImportDialog | None:
    files, _ = QFileDialog.getOpenFileNames(window, "Import sources", "", FILE_FILTER)
    return start_import(window, [Path(f) for f in files])


class FileDropFilter(QObject):
    """Accepts files and folders dropped on a widget and hands their paths on."""

    def __init__(self, target: QWidget, on_paths: Callable[[list[Path]], object]):
        super().__init__(target)
        self._on_paths = on_paths
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self._on_paths(paths)
            return True
        return False


def install_import_actions(window) -> dict[str, QAction]:
    """Add the import, paste and source-properties actions to the window's menus,
    and accept dropped files. Returns the actions by name (for tests)."""
    from app.ui.paste_source import paste_as_new_source
    from app.ui.source_properties import edit_current_source

    def make(text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    actions = {
        "import": make("&Import…", lambda: choose_and_import(window), "Ctrl+I"),
        "paste": make("Paste as New &Source", lambda: paste_as_new_source(window), "Ctrl+Shift+V"),
        "properties": make(
            "Source &Properties…", lambda: edit_current_source(window), "Ctrl+Alt+P"
        ),
    }
    file_menu, edit_menu = window.menus["file"], window.menus["edit"]
    first = file_menu.actions()[0] if file_menu.actions() else None
    # Import sits at the top of the File menu, before New/Open.
    file_menu.insertAction(first, actions["import"])
    file_menu.insertSeparator(first)
    edit_menu.addSeparator()
    edit_menu.addAction(actions["paste"])
    edit_menu.addAction(actions["properties"])
    window._file_drop = FileDropFilter(window, lambda paths: start_import(window, paths))
    window.import_actions = actions
    return actions
