"""File > Open Library…, Open Team Library…, Recent Libraries: which library the window shows.

The menu only asks; `openRequested(location)` says which library the user
chose (a file path or a team library's address), and the application opens
a window on it (app/ui/application.py). Every library opened is remembered
in the recent list, a team library without its password.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.core.pg.address import is_team_location, without_password
from app.ui.settings import Settings


class LibraryMenu(QObject):
    """The library entries of the File menu."""

    openRequested = Signal(str)

    def __init__(self, window: QWidget, settings: Settings):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.open_action = QAction("Open Li&brary…", window)
        self.open_action.triggered.connect(self.open_file)
        self.team_action = QAction("Open &Team Library…", window)
        self.team_action.triggered.connect(self.open_team)
        self.recent_menu = QMenu("Re&cent Libraries", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # loads when first used

        path, _ = QFileDialog.getOpenFileName(
            self._window, "Open Library", "", "Libraries (*.sqlite);;All files (*)"
        )
        if path:
            self.openRequested.emit(path)

    def open_team(self) -> None:
        teams = [p for p in self._settings.recent_libraries() if is_team_location(p)]
        from app.ui.team_dialog import TeamLibraryDialog  # dialogs load at first use

        dialog = TeamLibraryDialog(self._window, recent=teams)
        if dialog.exec():
            self.openRequested.emit(dialog.location())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_libraries()
        for number, location in enumerate(recent, 1):
            label = without_password(location) if is_team_location(location) else location
            # Numbered, so each entry has its key; a "&" in a path is shown, not a key.
            action = self.recent_menu.addAction(f"&{number} {label.replace('&', '&&')}")
            action.triggered.connect(lambda _=False, loc=location: self.openRequested.emit(loc))
        if not recent:
            self.recent_menu.addAction("No recent libraries").setEnabled(False)
