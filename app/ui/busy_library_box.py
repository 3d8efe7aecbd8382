"""The dialog `busy_library.open_when_free` shows while another program
holds the library locked: it names the file, tries again every second, and
can be cancelled or asked for another library.

A try waits for the lock as SQLite does (a quarter of a second), on a thread
of its own, so the box stays responsive; only once a try finds the library
free is it opened on the window's thread, whose library it becomes."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from app.core.errors import LibraryBusyError, LibraryError
from app.core.store import Library
from app.ui import file_dialogs
from app.ui.busy_library import OpenOnce
from app.ui.plain_text import plain_tip

RETRY_MS = 1000


class BusyLibraryBox(QMessageBox):
    """Says the library is busy in another program and tries again until it
    opens (`library` is then set and the box accepted) or the user stops."""

    _tried = Signal(object)  # what a try found: None (the library is free) or the error

    def __init__(self, path: str | Path, open_once: OpenOnce, first: LibraryBusyError):
        super().__init__(QMessageBox.Icon.Information, "The library is in use", "")
        self.path = str(path)
        self.library: Library | None = None
        self._open_once = open_once
        self._trying: threading.Thread | None = None
        self._waiting = False
        self._failure: LibraryError | None = None  # freed, but it cannot be opened
        self.setText(
            plain_tip(
                f"{self.path} is busy in another program, which keeps it locked.\n\n"
                "Briefing Builder is waiting for it and opens it as soon as that program"
                " lets it go."
            )
        )
        self.setInformativeText(
            "If it stays busy, close the other program (another Briefing Builder, a"
            " database tool, a sync or backup program) or open another library."
        )
        self.setDetailedText(str(first))
        self.another = self.addButton("Open Another Library…", QMessageBox.ButtonRole.ActionRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(self.cancel)
        self._timer = QTimer(self, interval=RETRY_MS)
        self._timer.timeout.connect(self.try_again)
        self._tried.connect(self._after_try)

    def try_again(self) -> None:
        """Try whether the library is free now, off the window's thread: one
        short wait (SQLite's own), never two at once."""
        if self._trying is None:
            self._trying = threading.Thread(target=self._try, name="busy library", daemon=True)
            self._trying.start()

    def _try(self) -> None:
        """On the try's thread: open the library and close it again (a Library
        is used on the thread that opened it); the box hears what happened."""
        try:
            self._open_once(0.0).close()
        except Exception as exc:  # noqa: BLE001 - the opening below meets it again and says it
            self._tried.emit(exc)
            return
        self._tried.emit(None)

    def _after_try(self, found: Exception | None) -> None:
        if self._trying is not None:
            self._trying.join()  # it has emitted: ending
            self._trying = None
        if not self._waiting:
            return  # the box was answered meanwhile
        if isinstance(found, LibraryBusyError):
            self.setDetailedText(str(found))
            return
        try:  # free: opened here, where the window uses it (a short wait if taken again)
            self.library = self._open_once(0.0)
        except LibraryBusyError as exc:
            self.setDetailedText(str(exc))
            return
        except LibraryError as exc:  # free, but damaged, newer...: said as any opening's
            self._failure = exc
            self.reject()
            return
        self.accept()

    def wait(self) -> tuple[Library | None, str | None]:
        """Shows the box until the library opens (library, None), the user
        chooses another library file (None, its path) or cancels (None, None);
        a library freed but not to be opened raises its LibraryError. A try
        still waiting for the lock is waited for, so that none is left holding
        the file once this returns."""
        while True:
            self._waiting = True
            self._timer.start()
            self.exec()
            self._timer.stop()
            self._waiting = False
            if self._trying is not None:
                self._trying.join()
            if self._failure is not None:
                raise self._failure
            if self.library is not None or self.clickedButton() is not self.another:
                return self.library, None
            chosen, _ = file_dialogs.open_file_name(
                self,
                "Open Another Library",
                str(Path(self.path).parent),
                "Libraries (*.sqlite);;All files (*)",
            )
            if chosen:
                return None, chosen
