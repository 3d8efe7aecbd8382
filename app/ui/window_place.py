"""Where the main window opens: on a screen, and no larger than its free area.

The first start asks for 1400x900, more than a laptop at 2x scale has
(about 1280x720 logical pixels); a saved geometry may be for a monitor no
longer there. Qt's `restoreGeometry` moves a window that fits back onto a
screen, but refuses a saved size larger than the screen's free area, and the
window stayed at 1400x900 past the screen's edges.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1400, 900)
# Of the free area, at most, for a window placed here: room for the title bar
# and frame the window manager adds around it (unknown before it is shown).
ROOM = 0.92
# The frame a window manager draws around a window, at most about this: a
# window moved onto a screen keeps its title bar on it too. (Qt's own move
# of a restored window left its frame a pixel past the screen's edge.)
FRAME = QMargins(4, 32, 4, 4)


def _room(area: QSize) -> QSize:
    return QSize(int(area.width() * ROOM), int(area.height() * ROOM))


def first_size(area: QSize) -> QSize:
    """The first start's size in a screen's free area of `area`."""
    return FIRST_SIZE.boundedTo(_room(area))


def fitted(rect: QRect, area: QRect) -> QRect:
    """`rect` moved (the least) to lie in `area`; one larger than `area` is
    first shrunk to `ROOM` of it."""
    size = rect.size()
    if size.width() > area.width() or size.height() > area.height():
        size = size.boundedTo(_room(area.size()))
    left = min(max(rect.left(), area.left()), area.left() + area.width() - size.width())
    top = min(max(rect.top(), area.top()), area.top() + area.height() - size.height())
    return QRect(QPoint(left, top), size)


def _free_area(window: QWidget) -> QRect:
    """The free area of the screen under the window's middle, else of the
    screen the window is on (the primary one before it is shown)."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    return screen.availableGeometry()


def size_for_first_start(window: QWidget) -> None:
    window.resize(first_size(_free_area(window).size()))


def restore_geometry(window: QWidget, saved: bytes) -> None:
    """The saved geometry, if any, brought whole onto a screen's free area.
    (One Qt refuses, larger than the screen, leaves the first start's size.)"""
    if not saved or not window.restoreGeometry(saved) or window.isMaximized():
        return
    framed = window.geometry() + FRAME
    area = _free_area(window)
    if not area.contains(framed):
        window.setGeometry(fitted(framed, area) - FRAME)
