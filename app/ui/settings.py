"""Every setting of the app, declared once with its type and default, over QSettings.

The settings live in an INI file in the user's data folder, so a test that
points BRIEFING_BUILDER_DATA at a temporary folder gets fresh settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from app.core.paths import data_dir
from app.core.pg.address import is_team_location, without_password


@dataclass(frozen=True)
class Setting:
    """One stored setting: its key in the settings file, the type it is read
    as, and what it is when nothing is stored."""

    key: str
    type: type
    default: object


RECENT_FILES = Setting("brief/recent_files", list, [])
# Library files and team library addresses (never with a password).
RECENT_LIBRARIES = Setting("library/recent", list, [])
LAST_BRIEF_DIR = Setting("brief/last_dir", str, "")
LAST_IMPORT_DIR = Setting("library/last_import_dir", str, "")  # File > Import starts there
AUTOSAVE_SECONDS = Setting("brief/autosave_seconds", int, 30)
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"")
SPLITTER_STATE = Setting("window/splitter", bytes, b"")
DOCK_HEIGHT = Setting("window/dock_height", int, 0)  # Sources Agree / Disagree; 0: not yet set
# Whether Sources Agree / Disagree was open at the last close (1), and its tab then.
DOCK_OPEN = Setting("window/dock_open", int, 0)
DOCK_TAB = Setting("window/dock_tab", int, 0)
# The citation style and notes placement of the last export (and the next):
# the export dialog offers them, the Preview draws the memo in them.
EXPORT_STYLE = Setting("export/style", str, "chicago")
EXPORT_NOTES = Setting("export/notes", str, "footnotes")

MAX_RECENT = 8


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else data_dir() / "settings.ini"
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting):
        value = self._q.value(setting.key, setting.default)
        if setting.type is list:
            # QSettings gives a bare string for a one-element list in INI files.
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        if setting.type is bytes:
            return bytes(value) if value else b""
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value) -> None:
        self._q.setValue(setting.key, value)
        self._q.sync()

    def recent_files(self) -> list[str]:
        return [p for p in self.get(RECENT_FILES) if p]

    def recent_libraries(self) -> list[str]:
        return [p for p in self.get(RECENT_LIBRARIES) if p]

    def add_recent_library(self, location: str | Path) -> None:
        """Remember a library opened: a file by its full path, a team library
        by its address without any password."""
        text = str(location)
        if is_team_location(text):
            text = without_password(text)
        else:
            text = str(Path(text).resolve())
        kept = [p for p in self.recent_libraries() if p != text]
        self.set(RECENT_LIBRARIES, [text, *kept][:MAX_RECENT])

    def add_recent(self, path: str | Path, instead_of: str | Path | None = None) -> None:
        """Remember a memo opened or saved, first; `instead_of` (the name it
        had before another program renamed it) is no longer listed."""
        path = str(Path(path).resolve())
        old = str(Path(instead_of).resolve()) if instead_of is not None else path
        files = [p for p in self.recent_files() if p not in (path, old)]
        self.set(RECENT_FILES, [path, *files][:MAX_RECENT])

    def forget_recent(self, path: str | Path) -> None:
        """A recent memo no longer listed (its file is gone)."""
        self.set(RECENT_FILES, [p for p in self.recent_files() if p != str(path)])
