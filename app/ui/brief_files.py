"""File > New / Open / Open Recent / Save / Save As for the brief, with the
questions a careful app asks (unsaved changes, a crash's recovery file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core.brief import BriefError
from app.core.paths import BRIEFS
from app.core.templates import DEFAULT_TEMPLATE
from app.ui.brief_document import BriefDocument, find_recovery
from app.ui.settings import LAST_BRIEF_DIR, Settings

FILTER = "Briefs (*.brief.json);;All files (*)"
SUFFIX = ".brief.json"
EXAMPLE_BRIEF = BRIEFS / "la-sanctuary-ordinance.brief.json"


class BriefFiles(QObject):
    """Drives a `BriefDocument` from the File menu; the window owns one."""

    def __init__(self, window: QWidget, document: BriefDocument, settings: Settings):
        super().__init__(window)
        self.window = window
        self.document = document
        self.settings = settings
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    # -- questions ------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open brief (saved, discarded)."""
        if not self.document.dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            f"Save the changes to {self.document.display_name()}?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved brief; True if restored."""
        found = find_recovery()
        if found is None:
            return False
        recovery, original = found
        name = Path(original).name if original else "an unsaved brief"
        answer = QMessageBox.question(
            self.window,
            "Restore unsaved work?",
            f"Briefing Builder did not close properly. Restore the autosaved changes to {name}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.document.discard_recovery()
            return False
        try:
            self.document.restore(recovery, original)
        except BriefError as exc:
            QMessageBox.warning(self.window, "Cannot restore", str(exc))
            return False
        return True

    # -- commands -------------------------------------------------------------

    def new(self, template: str = DEFAULT_TEMPLATE) -> None:
        if self.maybe_save():
            self.document.new(template)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Open brief", self._folder(), FILTER)
        if path:
            self.open(Path(path), ask=False)

    def open(self, path: Path, ask: bool = True) -> bool:
        """Open a brief; a broken file gets a message and the open brief stays."""
        if not self._load(lambda: self.document.open(path), "Cannot open brief", ask):
            return False
        self._remember(path)
        return True

    def open_example(self) -> bool:
        """The bundled example memo, as an untitled copy."""
        return self._load(
            lambda: self.document.open_copy(EXAMPLE_BRIEF), "Cannot open the example memo"
        )

    def _load(self, load, failure_title: str, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            load()
        except BriefError as exc:
            QMessageBox.warning(self.window, failure_title, str(exc))
            return False
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        default = str(Path(self._folder()) / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(self.window, "Save brief as", default, FILTER)
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path = path.removesuffix(".json") + SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                "Cannot save",
                f"{path}: {exc.strerror or exc}. The file on disk was not changed.",
            )
            return False
        self._remember(path)
        return True

    # -- helpers --------------------------------------------------------------

    def _suggested_name(self) -> str:
        if self.document.path:
            return self.document.path.name
        words = "".join(c if c.isalnum() else " " for c in self.document.brief.header.subject)
        stem = "-".join(words.lower().split()[:6]) or "untitled"
        return stem + SUFFIX

    def _folder(self) -> str:
        folder = self.settings.get(LAST_BRIEF_DIR)
        if folder and Path(folder).is_dir():
            return folder
        return str(BRIEFS if BRIEFS.is_dir() else Path.home())

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.set(LAST_BRIEF_DIR, str(Path(path).resolve().parent))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if not files:
            self.recent_menu.addAction("No recent briefs").setEnabled(False)
            return
        for number, name in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, p=name: self.open(Path(p)))
