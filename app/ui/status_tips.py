"""The status line is not wiped by the menus.

A menu sends the window a status tip for the entry under the mouse, an
empty one when the entry has none (none of ours has): Qt's main window
shows it, wiping whatever the status line said ("Imported 150 of 150
files", "Speaker set to ..."), as soon as a menu is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow


class _KeepStatusLine(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty tip says nothing: dropped; a tip with words is shown as before.
        return event.type() == QEvent.Type.StatusTip and not event.tip()


def keep_status_line(window: QMainWindow) -> None:
    """Empty status tips sent to `window` leave its status line as it is."""
    window.installEventFilter(_KeepStatusLine(window))
