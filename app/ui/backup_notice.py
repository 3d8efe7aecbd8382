"""Today's backup that failed, said in the window until the user has seen it.

A failure said in the status line was gone at the next passing line (the
list's count), and a message box says it once: a user who looked away never
knew that today's copy is missing. A notice in the status bar, with the
reason, stays until the user dismisses it or the next backup of that library
is made; a window opened on another library (a switch) shows the failures
not yet dismissed, so a switch does not lose one. A library's failure is
said once a session: the same failure again adds no second notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFrame

_told: set[Path] = set()  # libraries whose failed backup was said this session
_unseen: dict[Path, str] = {}  # said, neither dismissed nor mended by a backup since: the words


def tell_backup_failed(window, path: Path, message: str) -> bool:
    """Say in `window` that today's backup of the library at `path` failed
    (`message`: what and why), unless it was said this session. True if said."""
    path = Path(path)
    if path in _told:
        return False
    _told.add(path)
    _unseen[path] = message
    _show(window, path, message)
    if not getattr(window, "interactive", True):
        print(f"error: {message}", file=sys.stderr)  # --screenshot: nobody reads the bar
    return True


def show_unseen(window) -> None:
    """In a window just opened: each failure the user has not dismissed yet."""
    for path, message in _unseen.items():
        _show(window, path, message)


def backup_made(path: Path, windows: list) -> None:
    """Today's backup of the library at `path` is made: its failure, if one
    is still said, is over, in every window."""
    path = Path(path)
    if _unseen.pop(path, None) is None:
        return
    for window in windows:
        for notice in _notices_of(window, path):
            notice.hide()  # out of sight at once; Qt frees it
            notice.deleteLater()


def _notices_of(window, path: Path) -> list[QFrame]:
    frames = window.statusBar().findChildren(QFrame, "backupNotice")
    return [frame for frame in frames if frame.property("libraryPath") == str(path)]


def _dismissed(path: Path) -> None:
    _unseen.pop(path, None)


def _show(window, path: Path, message: str) -> None:
    """The notice in `window`'s status bar: the failure, and Dismiss."""
    if _notices_of(window, path):
        return
    from PySide6.QtWidgets import QHBoxLayout, QToolButton

    from app.ui.plain_text import PlainLabel, plain_tip

    notice = QFrame(window)
    notice.setObjectName("backupNotice")
    notice.setProperty("libraryPath", str(path))
    row = QHBoxLayout(notice)
    row.setContentsMargins(6, 0, 0, 0)
    label = PlainLabel(f"\u26a0 {message} The library itself is unchanged.")
    label.setObjectName("backupNoticeText")
    label.setWordWrap(True)
    label.setToolTip(plain_tip(message))
    close = QToolButton()
    close.setObjectName("backupNoticeDismiss")
    close.setText("Dismiss")
    close.setToolTip("Seen: take this notice away")
    close.setAutoRaise(True)
    # The path, not the window or the notice, in the handler: no reference back.
    close.clicked.connect(lambda _=False, seen=path: _dismissed(seen))
    close.clicked.connect(notice.deleteLater)
    row.addWidget(label, 1)
    row.addWidget(close)
    window.statusBar().addPermanentWidget(notice, 1)
