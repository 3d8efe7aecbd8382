"""The dialog `busy_library.open_when_free` shows while another program
holds the library locked: it names the file, tries again every second, and
can be cancelled or asked for another library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.errors import LibraryBusyError
from app.core.store import Library
from app.ui.busy_library import OpenOnce

RETRY_MS = 1000


class BusyLibraryBox(QMessageBox):
    """Says the library is busy in another program and tries again until it
    opens (`library` is then set and the box accepted) or the user stops."""

    def __init__(self, path: str | Path, open_once: OpenOnce, first: LibraryBusyError):
        super().__init__(QMessageBox.Icon.Information, "The library is in use", "")
        self.path = str(path)
        self.library: Library | None = None
        self._open_once = open_once
        self.setText(
            f"{self.path} is busy in another program, which keeps it locked.\n\n"
            "Briefing Builder is waiting for it and opens it as soon as that program"
            " lets it go."
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

    def try_again(self) -> None:
        """Open the library if it is free now: one short wait (SQLite's own,
        a quarter of a second), not more, so the box stays responsive."""
        try:
            self.library = self._open_once(0.0)
        except LibraryBusyError as exc:
            self.setDetailedText(str(exc))
            return
        self.accept()

    def wait(self) -> tuple[Library | None, str | None]:
        """Shows the box until the library opens (library, None), the user
        chooses another library file (None, its path) or cancels (None, None)."""
        while True:
            self._timer.start()
            self.exec()
            self._timer.stop()
            if self.library is not None or self.clickedButton() is not self.another:
                return self.library, None
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                "Open Another Library",
                str(Path(self.path).parent),
                "Libraries (*.sqlite);;All files (*)",
            )
            if chosen:
                return None, chosen
