"""Start the Qt application: the window, or an offscreen screenshot of it.

What can go wrong at start is said once, plainly, and the app goes on where
it can: a damaged library is offered as a salvaged read-only copy (with the
path of the automatic backup), a library that cannot be written opens
read-only, a memo that cannot be opened leaves the window up. With
--screenshot nothing waits for a click: problems go to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import threading
import weakref
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.core.errors import LibraryDamagedError, LibraryEmptyError, LibraryError
from app.core.first_use import make_waiting_dataclasses
from app.core.pg.address import is_team_location
from app.core.store import Library, open_store
from app.desktop import icon_files
from app.ui.backup_notice import backup_made, show_unseen, tell_backup_failed
from app.ui.busy_library import open_when_free
from app.ui.collector import collect_on_this_thread
from app.ui.library_menu import start_library
from app.ui.look import finish_look, keep_light, style_application, style_first_frame
from app.ui.main_window import MainWindow
from app.ui.plain_text import plain_tip
from app.ui.settings import Settings
from app.ui.tasks import run_detached, wait_for_tasks

_NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"
_OURS = "1 (set by Briefing Builder)"


def make_app(argv: list[str] | None = None):
    """The application, named, with its icon and light palette (its sheet: app.ui.look)."""
    # Qt's raster engine hands each fill of 96 lines or more (a scroll bar's
    # groove, a view's background) to a pool of threads and waits for them:
    # the same pixels, but waking the threads costs more CPU than the fill
    # (about 2 ms of the first frame's 15). Qt reads this once, when it first
    # paints; this window paints nothing so large that a thread would pay.
    # (Taken off the environment after the first frame: `_after_first_frame`.)
    if _NO_PAINT_THREADS not in os.environ:
        os.environ[_NO_PAINT_THREADS] = _OURS
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    keep_light(app)  # before any widget: none is drawn with a dark desktop's colours
    app.setApplicationName("Briefing Builder")
    app.setOrganizationName("Briefing Builder")
    icon = QIcon()
    for path in icon_files():  # every size: title bar, task bar, switcher
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    app.setDesktopFileName("briefing-builder")  # ties windows to the launcher (Wayland app id)
    collect_on_this_thread(app)  # Qt objects are freed on the window's thread only
    return app


def backup_note(path: Path) -> str:
    """Where the newest automatic backup of a library is, in words."""
    from app.core.backup import latest_backup  # only when something went wrong

    found = latest_backup(path)
    if found is None:
        return "There is no automatic backup of it yet (one is made each day the app opens it)."
    backup, day = found
    # A log a crash left beside the library would be replayed onto the copy.
    return (
        f"The automatic backup from {day} is {backup}: to go back to it, quit, copy it"
        f" over {path.name}, and delete {path.name}-wal and {path.name}-shm beside it"
        " if they are there."
    )


def open_salvaged_copy(path: Path) -> tuple[Library, str]:
    """What can still be read of a damaged library, in a new read-only file."""
    import tempfile

    from app.core.backup import salvage

    folder = Path(tempfile.mkdtemp(prefix="briefing-builder-salvage-"))
    report = salvage(path, folder / path.name)
    library = Library(folder / path.name, readonly=True)
    library.readonly_reason = f"a salvaged copy of the damaged {path}"
    return library, report.summary()


def _ask_about_damage(path: Path, exc: LibraryDamagedError) -> bool:
    """True when the user wants the salvaged read-only copy."""
    from PySide6.QtWidgets import QMessageBox  # loads when first needed

    box = QMessageBox(QMessageBox.Icon.Critical, "The library is damaged", plain_tip(str(exc)))
    box.setInformativeText(
        plain_tip(
            "Briefing Builder can open a copy of what can still be read, read-only, so you"
            f" can see and export your work.\n\n{backup_note(path)}"
        )
    )
    copy = box.addButton("Open a Read-Only Copy", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is copy


def _ask_about_empty(path: Path, exc: LibraryEmptyError) -> bool:
    """True when the user asks for a new library in the empty file."""
    from PySide6.QtWidgets import QMessageBox  # loads when first needed

    box = QMessageBox(QMessageBox.Icon.Warning, "The library file is empty", plain_tip(exc.reason))
    box.setInformativeText(
        plain_tip(
            f"If it held your library, restore it from a backup. {backup_note(path)}\n\n"
            "Start a new, empty library in this file only if it never held one."
        )
    )
    start = box.addButton("Start a New Library Here", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is start


def _open(path: str | Path, seed_if_new: bool, busy_give_up: float) -> Library:
    """The library at `path`; a new default library gets the bundled sources (only that
    needs the importer: an existing one opens without it, bench/bench_startup.py)."""
    if seed_if_new and not is_team_location(path) and not Path(path).exists():
        from app.core.importer import open_library

        return open_library(path, seed_if_new=True)
    return open_store(path, busy_give_up=busy_give_up)


_BACKUP_AT_THE_LATEST_MS = 5000  # after start, painted or not


def _after_first_frame(window) -> None:
    """What waits until the window's first frame is on screen: the style
    sheet on the whole application (app.ui.look), the dataclasses that wait
    for their first use (app.core.first_use), the library in the recent
    list (a settings file written to disk, 5-20 ms of waiting), today's
    backup, and the importer, loaded on a worker thread so the first import
    does not wait for it (a Qt-free module: safe off the GUI thread)."""

    started = False

    def start() -> None:
        nonlocal started
        if started:
            return
        started = True
        finish_look(window)
        make_waiting_dataclasses()  # none waits for its first use past here
        if os.environ.get(_NO_PAINT_THREADS) == _OURS:  # read by Qt (make_app):
            del os.environ[_NO_PAINT_THREADS]  # not passed on to programs the app opens
        window.settings.add_recent_library(window.library.path)
        _start_backup(window)
        threading.Thread(
            target=importlib.import_module, args=("app.core.importer",), daemon=True
        ).start()

    window.firstFramePainted.connect(start)
    # A window that is never painted (started minimised, on another desktop)
    # still gets today's backup: a few seconds on, whatever the screen did.
    # (A timer of the window's, gone with it: `QTimer.singleShot` given the
    # window makes PySide build QMetaMethod's class first, 1 ms of the start.)
    at_the_latest = QTimer(window, singleShot=True, interval=_BACKUP_AT_THE_LATEST_MS)
    at_the_latest.timeout.connect(start)
    at_the_latest.start()


def _window_for(path: str | Path, args: argparse.Namespace, seed: bool | None = None):
    """The main window on the library at `path` (a file, or a team library's
    address), or None (the user was told why)."""
    seed_if_new = not args.library if seed is None else seed
    try:
        library, other = open_when_free(path, partial(_open, path, seed_if_new), args.screenshot)
        if library is None:  # the user stopped waiting for a library in use
            return _window_for(other, args, seed=False) if other else None
        return MainWindow(library)
    except LibraryEmptyError as exc:
        if args.screenshot or not _ask_about_empty(Path(path), exc):
            print(f"error: {exc}", file=sys.stderr)  # offscreen, or not asked to start one
            return None
        from app.core.importer import open_library

        try:  # as at first use: the default library gets the bundled sources
            return MainWindow(open_library(path, seed_if_new=seed_if_new, new_if_empty=True))
        except LibraryError as again:
            _cannot_open(str(again))
            return None
    except LibraryDamagedError as exc:
        if args.screenshot:
            print(f"error: {exc}. {backup_note(path)}", file=sys.stderr)
            return None
        if not _ask_about_damage(path, exc):
            return None
        try:
            library, summary = open_salvaged_copy(path)
            window = MainWindow(library)
        except LibraryError as again:
            _cannot_open(str(again))
            return None
        window.show_status(f"Read-only copy of the damaged library: {summary}")
        return window
    except LibraryError as exc:
        if args.screenshot:
            print(f"error: {exc}", file=sys.stderr)
        else:
            _cannot_open(str(exc))
        return None


def _cannot_open(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # loads when first needed

    QMessageBox.critical(None, "Cannot open the library", plain_tip(message))


_error_window: weakref.ref | None = None  # the window library errors are said in
_previous_hook = sys.excepthook


def _report_library_errors(window) -> None:
    """A library that turns out damaged (or unwritable) while in use is said in
    a message, not a traceback, and the window stays up. One hook for the
    application, installed once, says it in the current window: a hook per
    window, each calling the one before, would keep every window the user
    ever switched away from (and its library) alive."""
    global _error_window, _previous_hook
    _error_window = weakref.ref(window)
    if sys.excepthook is not _library_error_hook:
        _previous_hook = sys.excepthook
        sys.excepthook = _library_error_hook


def _alive(ref: weakref.ref | None):
    """The window `ref` holds while it lives (its C++ side too); else None."""
    window = ref() if ref is not None else None
    return window if window is not None and shiboken6.isValid(window) else None


def _current_window():
    """The window library errors are said in, while it lives; else None."""
    return _alive(_error_window)


def _library_error_hook(kind, exc, tb) -> None:
    window = _current_window()
    if isinstance(exc, LibraryError) and window is not None:
        window.report("Library problem", str(exc))
    else:
        _previous_hook(kind, exc, tb)


class _Backup:
    """Today's backup of one library, queued or running: what the quit waits
    for, or stops."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.stop = threading.Event()
        self.copied = (0, 0)  # pages (copied, total), set by the worker

    def run(self):
        from app.core import backup  # after the first frame

        return backup.make_daily_backup(self.path, stop=self.stop.is_set, on_step=self._step)

    def _step(self, copied: int, total: int) -> None:
        self.copied = (copied, total)


_backups: list[_Backup] = []  # queued or running, oldest first


def _start_backup(window) -> None:
    """Today's backup, off the window's thread; a damaged library is said.
    (A team library is the server's to back up.) It goes on by itself when
    the window closes (a switch to another library): it reads through its
    own connection, and the window's close does not wait for it."""
    show_unseen(window)  # failures of before a switch, not dismissed yet
    if window.live.readonly or is_team_location(window.library.path):
        return
    path = window.library.path
    job = _Backup(path)
    _backups.append(job)
    # The backup may outlast the window (a switch to another library): the
    # callback, held until it ends, must not keep the window and its library.
    asked = weakref.ref(window)

    def done(_copy) -> None:
        _backups.remove(job)
        backup_made(path, _windows)  # a failure said before is over

    def failed(exc: Exception) -> None:
        _backups.remove(job)
        # In the window that asked, or the one the user has switched it for.
        shown = _alive(asked)
        if shown is None:
            shown = _current_window()
        if isinstance(exc, LibraryError) and shown is not None:
            # Asked about once, and kept in the status bar until seen.
            tell_backup_failed(shown, path, f"Today's backup of {path.name} failed: {exc}.")
            shown.report("The library is damaged", f"{exc}\n\n{backup_note(path)}")
        elif shown is not None:
            from app.core.backup import BackupStoppedError, BackupWriteError  # loaded by the run

            if isinstance(exc, BackupWriteError):
                tell_backup_failed(shown, path, str(exc))
            elif not isinstance(exc, BackupStoppedError):  # a quit's stop is no failure
                # Unforeseen: still said, or the user believes a backup exists.
                tell_backup_failed(
                    shown, path, f"Today's backup of {path.name} could not be made: {exc}."
                )

    run_detached(job.run, done, failed)


_QUIT_NOTE_AFTER_MS = 400  # a backup about to end finishes without a flash of a dialog


def finish_backups() -> None:
    """At quit, after the last window closed: today's backups still running
    are waited for, with a note saying so and a button that stops them (a
    stopped backup leaves no file: the backups already made stay)."""
    if not _backups:
        return
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    app = QApplication.instance()
    names = ", ".join(dict.fromkeys(job.path.name for job in _backups))
    note = QProgressDialog(
        plain_tip(f"Finishing today's backup of {names}\u2026"), "Stop Backup", 0, 100
    )
    note.setWindowTitle("Briefing Builder")
    note.setMinimumWidth(note.fontMetrics().averageCharWidth() * 50)
    note.setAutoClose(False)
    note.setAutoReset(False)
    note.setMinimumDuration(_QUIT_NOTE_AFTER_MS)
    show_note = QTimer(singleShot=True, interval=_QUIT_NOTE_AFTER_MS)
    show_note.timeout.connect(note.show)
    show_note.start()

    def stop() -> None:
        for job in _backups:
            job.stop.set()
        # Said until the copy is thrown away (the button hid the note).
        note.setLabelText("Stopping the backup\u2026")
        note.setCancelButton(None)
        note.show()

    note.canceled.connect(stop)
    loop = QEventLoop()

    def tick() -> None:
        if not _backups:
            loop.quit()
            return
        copied, total = _backups[0].copied
        percent = min(99, 100 * copied // total) if total else 0
        if percent != note.value():  # the same value again would put off showing it
            note.setValue(percent)

    timer = QTimer(interval=50)
    timer.timeout.connect(tick)
    timer.start()
    # The note's own close would end the application's loops (the last
    # window closing): they are asked again until the backups are done.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        while _backups:
            loop.exec()
    finally:
        timer.stop()
        show_note.stop()
        app.setQuitOnLastWindowClosed(quit_on_close)
        note.close()
        note.deleteLater()


_windows: list = []  # the open windows (a window on another library replaces one)


def _follow_library_choices(window, args: argparse.Namespace) -> None:
    """Open the libraries chosen from the window's File menu. (Its own goes
    in the recent list after its first frame: `_after_first_frame`.)"""
    window.library_menu.openRequested.connect(lambda loc: switch_library(window, loc, args))
    window.library_menu.newRequested.connect(lambda path: switch_library(window, path, args, True))
    _windows.append(window)


def switch_library(window, location: str, args: argparse.Namespace, make: bool = False):
    """A window on another library in place of `window`; the memo open in it
    comes along when it is saved. `make`: File > New Library, an empty
    library made where no file is (one already there is opened as it is).
    Returns the new window, or None when the library could not be opened
    (the user was told) or the old window stayed."""
    existed = Path(location).exists()
    if not make and not is_team_location(location) and not Path(location).is_file():
        # A recent library moved, renamed or on a drive not there: opened, an
        # empty library would be made in its place, looking like lost work.
        _cannot_open(
            f"{location}: library file not found. Was it moved or renamed, or is its"
            " drive not connected? Open it where it is now with File > Open Library."
        )
        return None
    new = _window_for(location, args, seed=False)
    if new is None:
        return None
    if not window.close():  # the user kept the old one (an unsaved memo)
        new.close()
        new.deleteLater()  # never shown: freed as the old one is below
        return None
    _windows[:] = [w for w in _windows if w is not window]
    _report_library_errors(new)  # library errors are said in it from now on
    _follow_library_choices(new, args)
    _after_first_frame(new)
    new.show()
    if window.document.path is not None:
        new.open_brief(window.document.path)
    if make:  # said last: over the line of the memo that came along
        new.show_status(
            f"{location} already exists: opened as it is."
            if existed
            else f"New library {location}: import sources with File > Import."
        )
    # Closed, its writes done (closeEvent): its Qt object goes once this
    # signal of its menu has returned. Its own connections hold closures on
    # it, which Python's collector cannot see, so only deleting the Qt
    # object lets the window (and its library) be freed.
    window.deleteLater()
    return new


def run_gui(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    if args.screenshot:  # the look the window has once its first frame is drawn
        style_application(app)
    path, gone = (args.library, None) if args.library else start_library(Settings())
    window = _window_for(path, args)
    if window is None:
        return 1
    if args.screenshot:
        window.interactive = False
        opened = window.open_brief(Path(args.brief)) if args.brief else True
        status = screenshot(app, window, Path(args.screenshot))
        return status if opened else 1
    _report_library_errors(window)
    _follow_library_choices(window, args)
    style_first_frame(window)
    _after_first_frame(window)
    window.show()
    # After a crash, the autosaved work; else the memo asked for; else the last one.
    window.files.start(Path(args.brief) if args.brief else None)
    if gone is not None:  # said over the memo's line: the library is what went missing
        window.show_status(
            f"The library used last, {gone}, was not found: the default library is open."
            " Was it moved or renamed? Open it where it is now with File > Open Library."
        )
    del window  # held by `_windows` from here: one replaced by another is freed
    status = app.exec()
    finish_backups()  # the quit waits for today's backup, saying so, or stops it
    return status


def screenshot(app, window, out: Path) -> int:
    """Show the window offscreen at 1400x900, let it settle, save a PNG."""
    window.resize(1400, 900)
    window.show()
    wait_for_tasks()  # a large memo read in the background
    for _ in range(10):
        app.processEvents()
    window.prepare_screenshot()
    for _ in range(10):
        app.processEvents()
    pixmap = window.grab()
    ok = pixmap.save(str(out), "PNG")
    window.close()
    if not ok:
        print(f"error: could not write {out}", file=sys.stderr)
        return 1
    print(f"saved {out} ({pixmap.width()}x{pixmap.height()})")
    return 0
