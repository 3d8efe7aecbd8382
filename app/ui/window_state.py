"""The window at the next start as the user left it: its place and size
(`window_place` brings it onto a screen), the panels' widths, and the Sources
Agree / Disagree panel, open again on the tab it showed (as high as it was)
when it was open at the last close. Closed, it stays closed.

The panel's module loads after the first frame, as when the user opens it
(tests/ui/test_startup.py): the window reopens it then, leaving the keyboard
where the window put it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.settings import (
    DOCK_HEIGHT,
    DOCK_OPEN,
    DOCK_TAB,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    Settings,
)
from app.ui.window_place import restore_geometry

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def restore_place(window: MainWindow, settings: Settings) -> None:
    """The window's place and size as last saved, brought onto a screen."""
    restore_geometry(window, settings.get(WINDOW_GEOMETRY))


def restore_panels(window: MainWindow, settings: Settings) -> None:
    """The panels' widths as last saved (once the window has its size, or the
    splitter squeezes them into the default width first)."""
    saved = settings.get(SPLITTER_STATE)
    if saved:
        window.splitter.restoreState(saved)


def reopen_dock(window: MainWindow, settings: Settings) -> None:
    """The Sources Agree / Disagree panel open again, on its tab, if it was
    open at the last close; the keyboard stays where it is."""
    if not settings.get(DOCK_OPEN):
        return
    dock = window.corroboration()
    dock.tabs.setCurrentIndex(settings.get(DOCK_TAB))
    dock.show()


def save(window: MainWindow, settings: Settings) -> None:
    """Keep the window's place, its panels' widths, and whether the Sources
    Agree / Disagree panel is open, with its tab and height."""
    settings.set(WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(SPLITTER_STATE, window.splitter.saveState())
    dock = window.opened_dock()
    if dock is not None:
        settings.set(DOCK_HEIGHT, dock.height())
        settings.set(DOCK_TAB, dock.tabs.currentIndex())
    settings.set(DOCK_OPEN, int(dock is not None))
