"""The open brief as a document: its file, unsaved changes, autosave and recovery.

Saving is atomic (Brief.save). While there are unsaved changes, the brief is
written every 30 seconds to a recovery file in the data folder; a clean save
or close removes it, so a recovery file found at start means a crash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.core.brief import Brief, BriefError
from app.core.fileio import atomic_write_text, remove_stale_temps
from app.core.paths import data_dir
from app.core.templates import DEFAULT_TEMPLATE, new_brief
from app.ui.brief_model import BriefModel

RECOVERY_KEY = "recovery_of"


def recovery_path() -> Path:
    return data_dir() / "recovery" / "autosave.brief.json"


def find_recovery() -> tuple[Path, str] | None:
    """The recovery file left by a crash, with the path of the brief it was for."""
    path = recovery_path()
    if not path.exists():
        return None
    import json  # loaded when first used: not by the first frame

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return path, ""
    original = data.get(RECOVERY_KEY) if isinstance(data, dict) else None
    return path, original if isinstance(original, str) else ""


class BriefDocument(QObject):
    """Owns the brief model, its undo stack and its file."""

    stateChanged = Signal()  # file name or unsaved-changes flag changed
    autosaved = Signal(str)

    def __init__(self, parent=None, autosave_seconds: int = 30):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.model = BriefModel(new_brief(DEFAULT_TEMPLATE), self.undo_stack, self)
        self.path: Path | None = None
        self._restored = False  # a recovered brief is unsaved though its stack is clean
        self.undo_stack.cleanChanged.connect(self.stateChanged)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_seconds * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    @property
    def brief(self) -> Brief:
        return self.model.brief

    @property
    def dirty(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self.path.name if self.path else "Untitled memo"

    def _replace(self, brief: Brief, path: Path | None) -> None:
        self.undo_stack.clear()
        self.model.set_brief(brief)
        self.path = path
        self._restored = False
        self.undo_stack.setClean()
        self.stateChanged.emit()

    def new(self, template: str = DEFAULT_TEMPLATE) -> None:
        self._replace(new_brief(template), None)
        self.discard_recovery()

    def open(self, path: str | Path, brief: Brief | None = None) -> Brief:
        """Open a brief file (or `brief`, already read from it elsewhere);
        BriefError (naming the file) leaves the current one open."""
        path = Path(path)
        brief = Brief.load(path) if brief is None else brief
        # Temporary files that killed saves of this memo left beside it.
        remove_stale_temps(path)
        self._replace(brief, path)
        self.discard_recovery()
        return brief

    def open_copy(self, path: str | Path) -> Brief:
        """Open a brief as a new, untitled one (for the bundled example: saving
        asks for a file of the user's own instead of overwriting it)."""
        brief = Brief.load(Path(path))
        self._replace(brief, None)
        self.discard_recovery()
        return brief

    def save(self, path: str | Path | None = None) -> Path:
        """Save atomically to `path` (or the current file); OSError if it fails,
        in which case the previous file on disk is untouched."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("the memo has no file yet: choose one with Save As")
        self.brief.save(target)
        self.path = target
        self._restored = False
        self.undo_stack.setClean()
        self.discard_recovery()
        self.stateChanged.emit()
        return target

    # -- recovery -------------------------------------------------------------

    def autosave(self) -> bool:
        """Write the recovery file if there are unsaved changes; True if written."""
        if not self.dirty:
            return False
        data = self.brief.to_json()
        data[RECOVERY_KEY] = str(self.path) if self.path else ""
        import json  # loaded when first used: not by the first frame

        try:
            atomic_write_text(recovery_path(), json.dumps(data, ensure_ascii=False) + "\n")
        except OSError as exc:
            self.autosaved.emit(f"Autosave failed: {recovery_path()}: {exc.strerror or exc}")
            return False
        self.autosaved.emit("Autosaved")
        return True

    def discard_recovery(self) -> None:
        try:
            recovery_path().unlink()
        except FileNotFoundError:
            pass

    def restore(self, recovery: Path, original: str) -> None:
        """Open the recovered brief as unsaved changes to its original file."""
        try:
            brief = Brief.load(recovery)
        except BriefError:
            self.discard_recovery()
            raise
        self._replace(brief, Path(original) if original else None)
        self._restored = True
        self.stateChanged.emit()
