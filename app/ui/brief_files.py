"""File > New / Open / Open Recent / Save / Save As for the brief, with the
questions a careful app asks (unsaved changes, a crash's recovery file).

A file that cannot be a memo gets one message and the open memo stays; a
large one is read off the window's thread, with a progress note, and one over
the stated limit (`MAX_BRIEF_BYTES`) is refused before it is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.core.brief import Brief, BriefError, NewerBriefError
from app.core.fileio import FolderNotSyncedError
from app.core.paths import BRIEFS
from app.core.short_text import file_stem
from app.core.templates import DEFAULT_TEMPLATE
from app.ui.brief_document import BriefDocument, find_recovery, remove_recovery
from app.ui.menus import LISTS
from app.ui.plain_text import menu_plain, plain_tip
from app.ui.settings import LAST_BRIEF_DIR, Settings
from app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

FILTER = "Memos (*.brief.json);;All files (*)"
SUFFIX = ".brief.json"
EXAMPLE_BRIEF = BRIEFS / "la-sanctuary-ordinance.brief.json"
BACKGROUND_BYTES = 1024 * 1024  # larger memos are read off the window's thread


def _reason(exc: Exception) -> str:
    """Why a memo could not be read, in one line (a BriefError names the problem)."""
    # A BriefError names the file and the problem; anything else is a bug of
    # ours, still told in one line.
    return str(exc) if isinstance(exc, BriefError) else f"{type(exc).__name__}: {exc}"


def _now_on_disk(path: Path) -> str:
    """What a memo file another program changed holds now, when it is not a
    memo this version reads (a sentence to put before "Replace it?")."""
    try:
        Brief.load(path)
    except NewerBriefError:
        return (
            " It is now a memo made by a newer Briefing Builder, which this version"
            " cannot read: replacing it loses what that version wrote."
        )
    except BriefError as exc:
        return f" What is there now is {str(exc).removeprefix(f'{path.name}: ')}."
    return ""


def autosaved_when(recovery: Path) -> str:
    """When a recovery file was written, as its reader's clock says it
    ("on 30 Nov 2026 at 09:25"), or "at an unknown time"."""
    from datetime import datetime

    try:
        written = datetime.fromtimestamp(recovery.stat().st_mtime)
    except (OSError, OverflowError, ValueError):
        return "at an unknown time"
    return f"on {written.day} {written:%b %Y} at {written:%H:%M}"


class BriefFiles(QObject):
    """Drives a `BriefDocument` from the File menu; the window owns one.

    `report(title, message)` tells the user about a problem (the window's
    message box, or stderr when nobody is there to click)."""

    opened = Signal(object)  # Path of a memo now open (after a background read too)
    statusChanged = Signal(str)  # a line for the status bar

    def __init__(
        self,
        window: QWidget,
        document: BriefDocument,
        settings: Settings,
        report: Callable[[str, str], None],
    ):
        super().__init__(window)
        self.window = window
        self.document = document
        self.settings = settings
        self.report = report
        self.loading: QProgressDialog | None = None
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.setProperty(LISTS, "the memos opened last")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    # -- questions ------------------------------------------------------------

    def _ask(self, title: str, text: str, *buttons):
        """QMessageBox.question over the window, its text (naming a file, whose
        name may look like markup) shown as written."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        return QMessageBox.question(self.window, title, plain_tip(text), *buttons)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open brief (saved, discarded)."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        self.document.take_typing()
        if self.document.only_here():
            return self._keep_only_copy()
        if not self.document.dirty:
            return True
        answer = self._ask(
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

    def _keep_only_copy(self) -> bool:
        """Before the memo goes: its file left its folder (saved or not since,
        the window holds the only copy); True if it may go (kept, discarded)."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        buttons = QMessageBox.StandardButton
        old = self.document.path
        answer = self._ask(
            "Memo file gone",
            f"{old} is no longer there: another program moved, renamed or deleted it"
            " since it was opened or saved here, so this window holds the only copy of"
            " the memo. Save it (its old name is offered)?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save_as(old)
        return answer == buttons.Discard

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved brief; True if restored."""
        found = find_recovery()
        if found is None:
            return False
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        recovery, original = found
        # The folder too: two memos of one name in two folders are told apart
        # before No discards one of them.
        name = (
            f"{Path(original).name} (in {Path(original).parent})" if original else "an unsaved memo"
        )
        when = autosaved_when(recovery)
        answer = self._ask(
            "Restore unsaved work?",
            f"Briefing Builder did not close properly. Restore the autosaved changes to {name}?"
            f" They were last autosaved {when}: what was typed after"
            " that is not in them. (No discards them.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            remove_recovery(recovery)
            return False
        try:
            self.document.restore(recovery, original)
        except BriefError as exc:
            self.report("Cannot restore", str(exc))
            return False
        where = f"in {Path(original).name}" if original else "in a file"
        self.statusChanged.emit(
            f"Restored the changes autosaved {when}, not yet saved {where}: Save keeps them"
        )
        return True

    def start(self, asked: Path | None) -> None:
        """What a window opens at start: after a crash, the autosaved work;
        else the memo `asked` for; else the memo open last (`reopen_last`)."""
        if self.offer_recovery():
            return
        if asked is not None:
            self.open(asked)
        else:
            self.reopen_last()

    def reopen_last(self) -> bool:
        """The most recent memo, if its file is there and reads; True if it is
        being opened. A missing or unreadable one leaves the untitled memo and
        says so in the status line: no dialog stands in the way at start. A
        memo of the app's own bundled folder (the example) is not reopened."""
        files = self.settings.recent_files()
        if not files or Path(files[0]).resolve().parent == BRIEFS.resolve():
            return False
        path = Path(files[0])
        try:
            size = path.stat().st_size
        except OSError:
            self._not_reopened(path, f"it is no longer in {path.parent}")
            return False
        if size <= BACKGROUND_BYTES:
            return self._reopen(path, None)
        run_in_background(
            lambda: Brief.load(path),
            lambda brief: self._reopen(path, brief),
            lambda exc: self._not_reopened(path, _reason(exc)),
        )
        return True

    def _reopen(self, path: Path, brief: Brief | None) -> bool:
        if self.document.dirty or self.document.path is not None:
            return False  # read in the background while the user began another
        try:
            opened = self.document.open(path, brief)
        except Exception as exc:  # noqa: BLE001 - whatever the file holds, the window starts
            self._not_reopened(path, _reason(exc))
            return False
        self._remember(path)
        self.opened.emit(path)
        repairs = "".join(f" ({notice})" for notice in opened.notices)
        self.statusChanged.emit(
            f"Reopened {path.name}, the memo open last time, from {path.parent}{repairs}"
        )
        return True

    def _not_reopened(self, path: Path, why: str) -> None:
        why = why.removeprefix(f"{path.name}: ").rstrip(".")  # the name is said once
        self.statusChanged.emit(
            f"Could not reopen {path.name}, the memo open last time: {why}."
            " An untitled memo is open instead"
        )

    # -- commands -------------------------------------------------------------

    def new(self, template: str = DEFAULT_TEMPLATE) -> None:
        if self.maybe_save():
            self.document.new(template)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        from app.ui import file_dialogs  # the dialogs load when first used

        path, _ = file_dialogs.open_file_name(self.window, "Open Memo", self._folder(), FILTER)
        if path:
            self.open(Path(path), ask=False)

    def open(self, path: Path, ask: bool = True) -> bool:
        """Open a brief; a file that is no memo gets one message and the open
        brief stays. A large file is read in the background: True then means
        it is being opened (`opened` follows)."""
        if self._is_open_as_saved(path):
            # Read again, it would be the same memo with its undo history
            # gone (and with it the way back to what was deleted before the save).
            self.statusChanged.emit(f"{path.name} is open already, as saved")
            return True
        if ask and not self.maybe_save():
            return False
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size <= BACKGROUND_BYTES:
            if not self._load(lambda: self.document.open(path), "Cannot open the memo"):
                return False
            self._remember(path, "Opened {} from {}")
            return True
        from PySide6.QtWidgets import QProgressDialog

        said = plain_tip(f"Opening {path.name} ({size / 1024 / 1024:.1f} MB)\u2026")
        self.loading = QProgressDialog(said, "", 0, 0, self.window)
        self.loading.setCancelButton(None)
        self.loading.setWindowModality(Qt.WindowModality.WindowModal)
        self.loading.setMinimumDuration(0)
        self.loading.show()
        run_in_background(
            lambda: Brief.load(path),
            lambda brief: self._loaded(path, brief),
            lambda exc: self._loaded(path, exc),
        )
        return True

    def _is_open_as_saved(self, path: Path) -> bool:
        """Whether `path` is the memo open, unchanged here and on disk."""
        doc = self.document
        return (
            doc.path is not None
            and Path(path).resolve() == doc.path.resolve()
            and not doc.dirty
            and not doc.changed_on_disk()
        )

    def _loaded(self, path: Path, result: Brief | Exception) -> None:
        if self.loading is not None:
            self.loading.close()
            self.loading = None
        if isinstance(result, Exception):
            self._failed("Cannot open the memo", result)
            return
        if self._load(lambda: self.document.open(path, result), "Cannot open the memo"):
            self._remember(path, "Opened {} from {}")

    def open_example(self) -> bool:
        """The bundled example memo, as an unsaved copy (so the title bar
        names it: "Example memo (unsaved copy)")."""
        if not self._load(
            lambda: self.document.open_copy(EXAMPLE_BRIEF, "Example memo"),
            "Cannot open the example memo",
            True,
        ):
            return False
        self.statusChanged.emit(
            "Opened the example memo as an unsaved copy: Save As keeps it"
            " (the example itself is left as it is)"
        )
        return True

    def _load(self, load, failure_title: str, ask: bool = False) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            brief = load()
        except Exception as exc:  # noqa: BLE001 - whatever the file holds, the window stays
            self._failed(failure_title, exc)
            return False
        for notice in brief.notices if brief is not None else ():
            self.report("Opened with repairs", f"{self.document.display_name()}: {notice}")
        self.opened.emit(self.document.path)
        return True

    def _failed(self, title: str, exc: Exception) -> None:
        self.report(title, _reason(exc))  # and the open memo stays

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        if self.document.file_missing():
            return self._save_missing()
        if not self._may_replace(self.document.path):
            return False
        return self._save_to(self.document.path)

    def _may_replace(self, path: Path) -> bool:
        """Whether a save may write `path`: asked when it is the memo's own
        file and another program (another window, a colleague's copy of the
        app, a sync tool) changed it since it was opened or saved here."""
        doc = self.document
        if doc.path is None or path.resolve() != doc.path.resolve() or not doc.changed_on_disk():
            return True
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        answer = self._ask(
            "Memo changed on disk",
            f"{doc.path} was changed by another program since it was opened or saved"
            f" here.{_now_on_disk(path)} Replace it with this memo? (No leaves the file as"
            " it is; Save As keeps both.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save_missing(self) -> bool:
        """Save a memo whose file another program took from its path since it
        was read or written here: to the file it was renamed to, if the user
        says so, else where the user chooses; never silently under the old
        name, a second file beside wherever the first went."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        buttons = QMessageBox.StandardButton
        old = self.document.path
        moved = self.document.renamed_to()
        if moved is None:
            answer = self._ask(
                "Memo file gone",
                f"{old} is no longer there: another program moved, renamed or deleted it"
                " since it was opened or saved here. The memo is still in this window:"
                " choose where to save it (its old name is offered).",
                buttons.Save | buttons.Cancel,
                buttons.Save,
            )
            return answer == buttons.Save and self.save_as(old)
        answer = self._ask(
            "Memo renamed",
            f"{old} is no longer there: another program renamed it to {moved.name} since it"
            f" was opened or saved here. Save the changes to {moved}? (No chooses another"
            " file with Save As.)",
            buttons.Yes | buttons.No | buttons.Cancel,
            buttons.Yes,
        )
        if answer == buttons.Yes:
            return self._save_to(moved, instead_of=old)
        return answer == buttons.No and self.save_as()

    def save_as(self, start: Path | None = None) -> bool:
        """Save to a file the user chooses; the dialog offers `start`, else the
        memo's name in the folder used last."""
        default = str(start or Path(self._folder(saving=True)) / self._suggested_name())
        from app.ui import file_dialogs

        path, _ = file_dialogs.save_file_name(self.window, "Save Memo As", default, FILTER)
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path = path.removesuffix(".json") + SUFFIX
        # The dialog's "replace?" reads as replacing our own file: another
        # program's changes to it are asked about as Save asks.
        return self._may_replace(Path(path)) and self._save_to(Path(path))

    def _save_to(self, path: Path, instead_of: Path | None = None) -> bool:
        """Save to `path`; `instead_of` is the memo's old name, which Open
        Recent then no longer lists (another program renamed the file)."""
        try:
            self.document.save(path)
        except OSError as exc:
            after = "The file on disk was not changed."
            if not isinstance(exc, FileNotFoundError):  # (a folder gone says so itself)
                # The memo stays in the window (and in recovery); where it cannot
                # be written (a read-only or failing drive), another place can.
                after = "The file on disk was not changed; Save As keeps the memo elsewhere."
            if isinstance(exc, FolderNotSyncedError):
                after = (
                    "The memo was saved, but the folder's entry may not be on disk yet (a"
                    " crash now could bring back the previous version): it stays marked"
                    " unsaved; save again."
                )
            self.report("Cannot save", f"{path}: {exc.strerror or exc}. {after}")
            return False
        self._remember(path, "Saved {} in {}", instead_of)
        return True

    # -- helpers --------------------------------------------------------------

    def _suggested_name(self) -> str:
        """The memo's own name, else the one Export offers for it (valid on
        every system), with the memo's suffix."""
        if self.document.path:
            return self.document.path.name
        return file_stem(self.document.brief.header.subject) + SUFFIX

    def _folder(self, saving: bool = False) -> str:
        """The folder a file dialog starts in: the last one a memo was opened
        from or saved to; else the bundled examples to open, but the home
        folder to save (the examples' folder is the app's own: read-only once
        installed, replaced by an upgrade)."""
        folder = self.settings.get(LAST_BRIEF_DIR)
        if folder and Path(folder).is_dir():
            return folder
        return str(BRIEFS if BRIEFS.is_dir() and not saving else Path.home())

    def _remember(self, path: Path, said: str = "", instead_of: Path | None = None) -> None:
        """A memo opened or saved: in the recent files and the folder dialogs
        start in; `said` with its name and folder goes to the status line (the
        title bar, which also changes, is out of sight in a full-screen window)."""
        self.settings.add_recent(path, instead_of)
        self.settings.set(LAST_BRIEF_DIR, str(Path(path).resolve().parent))
        if said:
            self.statusChanged.emit(said.format(Path(path).name, Path(path).parent))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if not files:
            self.recent_menu.addAction("No recent memos").setEnabled(False)
            return
        for number, name in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number} {menu_plain(Path(name).name)}")
            action.setToolTip(plain_tip(name))
            action.triggered.connect(lambda _=False, p=name: self._open_recent(p))

    def _open_recent(self, name: str) -> None:
        """Open a memo from Open Recent; one whose file is gone (moved, renamed
        or deleted by another program) is said and no longer listed: dropped
        only when picked, so the user learns why it went."""
        path = Path(name)
        if path.exists():
            self.open(path)
            return
        self.settings.forget_recent(name)
        self.report(
            "Memo not found",
            f"{path.name} is no longer in {path.parent}: another program moved, renamed or"
            " deleted it. It is no longer listed in Open Recent; File > Open finds it"
            " where it is now.",
        )
