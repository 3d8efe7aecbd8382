"""Opening a library another program holds locked: said in a small dialog
that waits for it, with a way to stop waiting.

A library file can be held locked for long (another program keeping it in
SQLite's exclusive mode, or stuck in a write); opening it would wait without
a word for up to ten minutes. Opening first waits as long as a normal short
lock lasts (`QUIET_WAIT`); past that the dialog names the file and says what
is happening, tries again every second, and opens the library the moment it
is free. Cancel opens nothing; "Open Another Library..." lets the user choose
another file instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.errors import LibraryBusyError
from app.core.store import Library
from app.core.store_db import BUSY_GIVE_UP

QUIET_WAIT = 5.0  # seconds: a lock this short is a normal write, waited for unsaid

OpenOnce = Callable[[float], Library]  # opens, waiting at most so many seconds


def open_when_free(
    path: str | Path, open_once: OpenOnce, quietly: bool = False
) -> tuple[Library | None, str | None]:
    """The library at `path`, opened by `open_once`; when another program holds
    it locked past a normal write, after the busy dialog. Returns (library,
    None), or (None, another path the user chose), or (None, None) when they
    cancelled. Any other LibraryError passes through. `quietly` (nobody to
    tell, a screenshot) waits as a command does."""
    if quietly:
        return open_once(BUSY_GIVE_UP), None
    try:
        return open_once(QUIET_WAIT), None
    except LibraryBusyError as exc:
        # Loaded only when a library is busy: the first frame needs no dialog.
        from app.ui.busy_library_box import BusyLibraryBox

        box = BusyLibraryBox(path, open_once, exc)
    try:
        return box.wait()
    finally:
        box.deleteLater()
