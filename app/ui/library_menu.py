"""File > New Library…, Open Library…, Open Team Library…, Recent Libraries:
which library the window shows.

The menu only asks; `openRequested(location)` says which library the user
chose (a file path or a team library's address), `newRequested(path)` where
a new library file is to be made, and the application opens a window on it
(app/ui/application.py). The library already open is not
asked for again (its window would go, and its undo history with it).
Every library opened is remembered in the recent list, a team library
without its password.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.core.paths import default_library_path
from app.core.pg.address import is_team_location, without_password
from app.ui.menus import LISTS
from app.ui.plain_text import menu_plain
from app.ui.settings import Settings


class LibraryMenu(QObject):
    """The library entries of the File menu."""

    openRequested = Signal(str)
    newRequested = Signal(str)

    def __init__(self, window: QWidget, settings: Settings):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.new_action = QAction("Ne&w Library…", window)
        self.new_action.triggered.connect(self.new_file)
        self.open_action = QAction("Open Li&brary…", window)
        self.open_action.triggered.connect(self.open_file)
        self.team_action = QAction("Open &Team Library…", window)
        self.team_action.triggered.connect(self.open_team)
        self.recent_menu = QMenu("Re&cent Libraries", window)
        self.recent_menu.setProperty(LISTS, "the libraries opened last")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def open_file(self) -> None:
        from app.ui import file_dialogs  # loads when first used

        path, _ = file_dialogs.open_file_name(
            self._window, "Open Library", self._folder(), "Libraries (*.sqlite);;All files (*)"
        )
        if path:
            self.request(path)

    def new_file(self) -> None:
        """A new, empty library in a file the user names. A file already
        there is never replaced: the application opens it as it is."""
        from app.ui import file_dialogs  # loads when first used

        path, _ = file_dialogs.save_file_name(
            self._window,
            "New Library",
            str(Path(self._folder()) / "Library.sqlite"),
            "Libraries (*.sqlite)",
            options=file_dialogs.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".sqlite"
        if _is_open_in(self._window, path):
            self.request(path)
        else:
            self.newRequested.emit(path)

    def _folder(self) -> str:
        """Where the file dialogs start: beside the library in use (a team
        library has no folder: the dialog's own choice)."""
        open_at = str(self._window.live.path)
        return "" if is_team_location(open_at) else str(Path(open_at).parent)

    def open_team(self) -> None:
        teams = [p for p in self._settings.recent_libraries() if is_team_location(p)]
        from app.ui.team_dialog import TeamLibraryDialog  # dialogs load at first use

        dialog = TeamLibraryDialog(self._window, recent=teams)
        if dialog.exec():
            self.request(dialog.location())

    def request(self, location: str) -> None:
        """`openRequested(location)`, but for the library the window has
        open: a window made anew on it would take the old one's Edit > Undo
        (the way back for a source just deleted) and the memo's undo history."""
        if _is_open_in(self._window, location):
            self._window.show_status(f"{location} is already open in this window.")
            return
        self.openRequested.emit(location)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_libraries()
        for number, location in enumerate(recent, 1):
            label = without_password(location) if is_team_location(location) else location
            # Numbered, so each entry has its key; a "&" in a path is shown, not a key.
            action = self.recent_menu.addAction(f"&{number} {menu_plain(label)}")
            action.triggered.connect(lambda _=False, loc=location: self.request(loc))
        if not recent:
            self.recent_menu.addAction("No recent libraries").setEnabled(False)


def _is_open_in(window, location: str) -> bool:
    """Whether `location` is the library `window` has open."""
    open_at = str(window.live.path)
    if is_team_location(location) or is_team_location(open_at):
        return location == open_at
    return Path(location).resolve() == Path(open_at).resolve()


def start_library(settings: Settings) -> tuple[Path, Path | None]:
    """The library a start with no --library opens: the library file used
    last, while it is there; else the default library. The second value is
    the file used last when it is gone (to be said; never made anew in its
    place). A team library used last is not dialled at start: the default
    library opens, and Recent Libraries has the team one."""
    recent = settings.recent_libraries()
    last = recent[0] if recent else None
    if last is None or is_team_location(last):
        return default_library_path(), None
    if Path(last).is_file():
        return Path(last), None
    return default_library_path(), Path(last)
