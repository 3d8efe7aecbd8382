"""The open brief as a document: its file, unsaved changes, autosave and recovery.

Saving is atomic (Brief.save). While there are unsaved changes, the brief is
written every 30 seconds to a recovery file in the data folder; a clean save
or close removes it, so a recovery file found at start means a crash.

Each open document has a recovery file of its own, beside a lock file it
holds while it lives (the system lets go of the lock when the process dies):
a second copy of the app running at the same time neither offers the first
one's autosave as a crash's, nor overwrites it, nor removes it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.core.brief import Brief, BriefError, NewerBriefError
from app.core.fileio import (
    FolderNotSyncedError,
    atomic_write_text,
    remove_stale_temps,
    remove_stale_temps_in,
)
from app.core.paths import data_dir
from app.core.templates import DEFAULT_TEMPLATE, new_brief
from app.ui.brief_model import BriefModel

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; every recovery file is offered
    fcntl = None

RECOVERY_KEY = "recovery_of"
# The memo file's stamp when the autosaved work began from it: a restore
# then still notices another program's save of it since.
STAMP_KEY = "recovery_stamp"
# And which file it was (device, inode): found again if renamed meanwhile.
FILE_ID_KEY = "recovery_file_id"
_RECOVERY_SUFFIX = ".brief.json"
# An autosave writes its temporary file in milliseconds, every 30 s: one left
# a minute (and held by no live save) belongs to an autosave that was killed.
_STALE_TEMP_AGE = 60.0


def recovery_folder() -> Path:
    return data_dir() / "recovery"


def recovery_path() -> Path:
    """The one recovery file of versions before each document had its own."""
    return recovery_folder() / f"autosave{_RECOVERY_SUFFIX}"


def _lock_of(recovery: Path) -> Path:
    return recovery.with_name(recovery.name.removesuffix(_RECOVERY_SUFFIX) + ".lock")


def _in_use(recovery: Path) -> bool:
    """Whether a live document (of this process or another) holds the lock
    of `recovery`."""
    if fcntl is None:
        return False
    try:
        fd = os.open(_lock_of(recovery), os.O_RDONLY)
    except OSError:
        return False  # no lock file: left by a version without locks, or stale
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def remove_recovery(recovery: Path) -> None:
    """Remove a recovery file and its lock file (once nothing holds it)."""
    for path in (recovery, _lock_of(recovery)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _stamp(path: Path) -> tuple[int, int] | None:
    """What tells a file's version: its modification time and size."""
    info = _stat(path)
    return None if info is None else (info.st_mtime_ns, info.st_size)


def _file_id(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device, inode): a rename keeps it."""
    info = _stat(path)
    return None if info is None else (info.st_dev, info.st_ino)


def _recovery_data(recovery: Path) -> dict:
    """The recovery file's JSON object; empty when it cannot be read as one."""
    import json  # loaded when first used: not by the first frame

    try:
        data = json.loads(recovery.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # (UnicodeDecodeError, JSONDecodeError among them)
        return {}
    return data if isinstance(data, dict) else {}


def _recovered_pair(recovery: Path, key: str) -> tuple[int, int] | None:
    """The pair of whole numbers the recovery file keeps under `key` (the
    memo file's stamp, its identity); None if it keeps none."""
    try:
        first, second = _recovery_data(recovery).get(key)
    except (ValueError, TypeError):
        return None
    return (first, second) if isinstance(first, int) and isinstance(second, int) else None


def find_recovery() -> tuple[Path, str] | None:
    """The recovery file left by a crash (the newest, when several were; none
    a running copy of the app holds), with the path of the brief it was for.
    The temporary files of autosaves killed part-way go first: each memo's
    recovery file has a name of its own, never written again after a crash,
    so no later save of it would remove them."""
    remove_stale_temps_in(
        recovery_folder(), rf"autosave[-0-9a-f]*{re.escape(_RECOVERY_SUFFIX)}", _STALE_TEMP_AGE
    )
    try:
        found = [
            p for p in recovery_folder().glob(f"autosave*{_RECOVERY_SUFFIX}") if not _in_use(p)
        ]
        path = max(found, key=lambda p: p.stat().st_mtime, default=None)
    except OSError:
        return None
    if path is None:
        return None
    original = _recovery_data(path).get(RECOVERY_KEY)
    return path, original if isinstance(original, str) else ""


class BriefDocument(QObject):
    """Owns the brief model, its undo stack and its file."""

    stateChanged = Signal()  # file name or unsaved-changes flag changed
    # Views put in the memo what is still being typed (see `take_typing`).
    typingRequested = Signal()
    autosaved = Signal(str)
    autosaveFailed = Signal(str, str)  # the kind of failure, what to say

    def __init__(self, parent=None, autosave_seconds: int = 30):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.model = BriefModel(new_brief(DEFAULT_TEMPLATE), self.undo_stack, self)
        self.path: Path | None = None
        self._copy_of = ""  # what an untitled copy was opened from ("Example memo")
        self._restored = False  # a recovered brief is unsaved though its stack is clean
        self.recovery_file: Path | None = None  # this document's, made at its first autosave
        self._on_disk: tuple[int, int] | None = None  # the file as we last read or wrote it
        self._file_id: tuple[int, int] | None = None  # and which file that was
        self._recovery_lock: int | None = None
        self.undo_stack.cleanChanged.connect(self.stateChanged)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_seconds * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    @property
    def brief(self) -> Brief:
        return self.model.brief

    def take_typing(self) -> None:
        """Words still being typed in an open editor go into the memo first:
        a save, an autosave, an export or the question about unsaved changes
        reads the memo as the user sees it."""
        self.typingRequested.emit()

    @property
    def dirty(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def _clean_changed(self, clean: bool) -> None:
        # Undone or redone back to the saved file: an autosave of the state
        # left is no work to restore after a crash (it would bring back what
        # the undo took away).
        if clean and not self._restored:
            self.discard_recovery()

    def display_name(self) -> str:
        """The memo's file name, or what an unsaved one is (the title bar and
        the question about unsaved changes name it so)."""
        if self.path:
            return self.path.name
        return f"{self._copy_of} (unsaved copy)" if self._copy_of else "Untitled memo"

    def _replace(self, brief: Brief, path: Path | None, copy_of: str = "") -> None:
        self.undo_stack.clear()
        self.model.set_brief(brief)
        self.path = path
        self._copy_of = copy_of
        self._on_disk = None  # `open` reads it again; a new or restored memo has none
        self._file_id = None
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
        self._on_disk, self._file_id = _stamp(path), _file_id(path)
        self.discard_recovery()
        return brief

    def open_copy(self, path: str | Path, name: str) -> Brief:
        """Open a brief as a new one with no file, shown as an unsaved copy of
        `name` (for the bundled example: saving asks for a file of the user's
        own instead of overwriting it)."""
        brief = Brief.load(Path(path))
        self._replace(brief, None, copy_of=name)
        self.discard_recovery()
        return brief

    def save(self, path: str | Path | None = None) -> Path:
        """Save atomically to `path` (or the current file); OSError if it fails,
        in which case the previous file on disk is untouched, but for
        FolderNotSyncedError (written, its folder's entry not surely on disk)."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("the memo has no file yet: choose one with Save As")
        self.take_typing()
        if not target.parent.is_dir():
            # Made anew, the folder would hold the memo where nobody looks: on
            # the local disk under a share's mount point, or as a renamed
            # folder's old name.
            raise FileNotFoundError(
                errno.ENOENT,
                "its folder is not there (renamed, moved, or on a drive or network share"
                " that is not connected); use Save As to keep the memo elsewhere",
                str(target),
            )
        try:
            self.brief.save(target)
        except FolderNotSyncedError:
            # The file is this memo now (a next save must not take it for
            # another program's), but not surely on disk: kept unsaved and
            # autosaved until a save is sure. No state of the undo history
            # is the file now: an undo to the last save must not read as saved.
            self.path, self._on_disk, self._file_id = target, _stamp(target), _file_id(target)
            self.undo_stack.resetClean()
            self.stateChanged.emit()
            raise
        self.path = target
        self._on_disk, self._file_id = _stamp(target), _file_id(target)
        self._restored = False
        self.undo_stack.setClean()
        self.discard_recovery()
        self.stateChanged.emit()
        return target

    def changed_on_disk(self) -> bool:
        """Whether another program changed (or replaced) the memo's file since
        this document last read or wrote it: a save would overwrite that. Its
        time and size tell an edit; which file it is tells a replacement (as
        every save of ours, another window's too, is) made in the same tick of
        a coarse clock (2 s on a FAT drive), the size unchanged."""
        if self.path is None or self._on_disk is None:
            return False
        info = _stat(self.path)
        if info is None:
            return False
        replaced = self._file_id is not None and (info.st_dev, info.st_ino) != self._file_id
        return replaced or (info.st_mtime_ns, info.st_size) != self._on_disk

    def file_missing(self) -> bool:
        """Whether the memo's file is gone from its folder, the folder still
        there: another program moved, renamed or deleted it. A save to its
        path would make a new file of the old name, beside wherever it went.
        (A folder gone is a drive or a share not connected: the file may
        come back, and a save says the folder is not there.)"""
        if self.path is None:
            return False
        try:
            self.path.stat()
        except FileNotFoundError:
            return self.path.parent.is_dir()
        except OSError:
            return False
        return False

    def renamed_to(self) -> Path | None:
        """Where the memo's file went when another program renamed it within
        its folder: the file there that is the very file (device and inode)
        last read or written here, unchanged since (a number the system gave
        a new file after the memo's was deleted is not the memo). None when
        the file is at its path, or nowhere in its folder."""
        if self._file_id is None or self._on_disk is None or not self.file_missing():
            return None
        try:
            entries = list(os.scandir(self.path.parent))
        except OSError:
            return None
        for entry in entries:
            try:
                if entry.inode() != self._file_id[1]:
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if (
                stat.S_ISREG(info.st_mode)
                and (info.st_dev, info.st_ino) == self._file_id
                and (info.st_mtime_ns, info.st_size) == self._on_disk
            ):
                return Path(entry.path)
        return None

    def only_here(self) -> bool:
        """Whether the memo is in this window only: its file gone from its
        folder and not found renamed there. Unchanged since saved, it is
        still work to keep (autosaved, asked about at close)."""
        return self.file_missing() and self.renamed_to() is None

    # -- recovery -------------------------------------------------------------

    def _own_recovery(self) -> Path:
        """This document's recovery file, its lock taken the first time."""
        if self.recovery_file is None:
            folder = recovery_folder()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"autosave-{os.urandom(6).hex()}{_RECOVERY_SUFFIX}"
            if fcntl is not None:
                fd = os.open(_lock_of(path), os.O_RDWR | os.O_CREAT, 0o600)
                fcntl.flock(fd, fcntl.LOCK_EX)
                self._recovery_lock = fd
            self.recovery_file = path
        return self.recovery_file

    def autosave(self) -> bool:
        """Write the recovery file if there are unsaved changes, or if the
        memo's file went from its folder (the window holds the only copy);
        True if written."""
        self.take_typing()
        only_here = self.only_here()
        if not self.dirty and not only_here:
            return False
        data = self.brief.to_json()
        data[RECOVERY_KEY] = str(self.path) if self.path else ""
        if self._on_disk is not None:
            data[STAMP_KEY] = list(self._on_disk)
        if self._file_id is not None:
            data[FILE_ID_KEY] = list(self._file_id)
        import json  # loaded when first used: not by the first frame

        try:
            target = self._own_recovery()
            atomic_write_text(target, json.dumps(data, ensure_ascii=False) + "\n")
        except OSError as exc:
            where = self.recovery_file or recovery_folder()
            message = f"Autosave failed: {where}: {exc.strerror or exc}"
            self.autosaved.emit(message)
            self.autosaveFailed.emit(str(exc.errno or type(exc).__name__), message)
            return False
        if only_here:
            self.autosaved.emit(
                f"Autosaved: {self.path.name} is no longer in {self.path.parent} (moved, renamed"
                " or deleted by another program); Save asks where to keep the memo"
            )
        else:
            self.autosaved.emit("Autosaved")
        return True

    def discard_recovery(self) -> None:
        """Remove this document's recovery file (saved, or dropped on purpose)."""
        if self.recovery_file is not None:
            try:
                self.recovery_file.unlink()
            except FileNotFoundError:
                pass

    def close_recovery(self) -> None:
        """At a clean close: the recovery file and its lock go, and no tick
        of the timer writes discarded changes again before the window goes."""
        self.autosave_timer.stop()
        self.discard_recovery()
        if self._recovery_lock is not None:
            remove_recovery(self.recovery_file)
            os.close(self._recovery_lock)
            self._recovery_lock = None

    def restore(self, recovery: Path, original: str) -> None:
        """Open the recovered brief as unsaved changes to its original file;
        it becomes this document's own recovery, `recovery` is removed once
        written there. One that cannot be read (BriefError) is removed, but
        for one a newer version wrote: kept for it, the error says where."""
        try:
            brief = Brief.load(recovery)
        except BriefError as exc:
            if isinstance(exc, NewerBriefError):
                # Its work is whole, for the version that wrote it to restore.
                raise BriefError(f"{exc}; it is kept in {recovery}") from exc
            remove_recovery(recovery)
            raise
        self._replace(brief, Path(original) if original else None)
        if original:
            self._on_disk = _recovered_pair(recovery, STAMP_KEY)
            self._file_id = _recovered_pair(recovery, FILE_ID_KEY)
        self._restored = True
        self.stateChanged.emit()
        if self.autosave():
            remove_recovery(recovery)
