"""What the user's role in a team library lets them change, shown before they try.

(A library file opened read-only is the same to the commands: nothing in it
can be changed, and they say why.)

A team library's reader may search, read and build memos, but change nothing
in the library; an editor may do everything but delete sources
(`app/core/pg/roles.py`). The commands their role does not allow are shown
disabled (menus, context menus, buttons, their keys), each with a tooltip and
status tip saying why, and a note in the status bar says it for the window:
they were refused only after their dialog. The server's refusal stays, for a
role taken away meanwhile. The role is asked when the window opens and again
when it comes back to the front (an admin may have given one meanwhile).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from app.core.store import Library

if TYPE_CHECKING:
    from app.ui.live_library import LiveLibrary

EDITOR, ADMIN = "editor", "admin"
_LEVELS = ("reader", EDITOR, ADMIN)
ASK_EVERY = 10.0  # seconds: the window activated again asks the server at most this often


@dataclass
class _Guarded:
    control: QAction | QWidget
    needed: str
    when: Callable[[], bool] | None  # the control's own condition
    tip: str  # its tooltip when allowed


class WriteGate(QObject):
    """The user's role in the open library, and the controls it disables."""

    changed = Signal()  # the role asked again is another

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._role = library.role()
        self._asked = time.monotonic()
        self._guarded: list[_Guarded] = []

    def ask(self, force: bool = False) -> None:
        """Ask the role again (unless asked in the last `ASK_EVERY` seconds);
        a new one re-enables or disables the guarded controls."""
        if not force and time.monotonic() - self._asked < ASK_EVERY:
            return
        self._asked = time.monotonic()
        role = self._library.role()
        if role is not None and role != self._role:  # None: no answer, the last one holds
            self._role = role
            self.apply()
            self.changed.emit()

    def why_not(self, needed: str = EDITOR) -> str | None:
        """Why a change needing the `needed` level is not the user's to make,
        in a tooltip's words; None when it is (or the role is not known)."""
        if self._library.readonly:  # a salvaged copy, a file that cannot be written
            return f"Read-only library: {self._library.readonly_reason}"
        role = self._role
        if role in (None, "owner") or (
            role in _LEVELS and _LEVELS.index(role) >= _LEVELS.index(needed)
        ):
            return None
        who = "you have no role" if role == "none" else f"you are {_a(role)} {role}"
        if role not in _LEVELS[1:]:  # nothing at all, whatever the command
            return f"Read-only: {who} in this team library"
        return f"Needs the {needed} role: {who} in this team library"

    @property
    def role(self) -> str | None:
        return self._role

    def allows(self, needed: str = EDITOR) -> bool:
        return self.why_not(needed) is None

    def guard(
        self,
        control: QAction | QWidget,
        needed: str = EDITOR,
        when: Callable[[], bool] | None = None,
    ) -> None:
        """Keep `control` disabled, its tooltip saying why, while the role does
        not allow `needed`; `when` is its own condition to be enabled, asked
        again by `apply` (a view calls it where it enabled the control)."""
        self._guarded.append(_Guarded(control, needed, when, control.toolTip()))
        self.apply(control)

    def apply(self, *controls: QAction | QWidget) -> None:
        """Enable `controls` (default: every guarded one) as the role and their
        own conditions allow."""
        self._guarded = [g for g in self._guarded if shiboken6.isValid(g.control)]
        for guarded in self._guarded:
            if controls and guarded.control not in controls:
                continue
            why = self.why_not(guarded.needed)
            control = guarded.control
            control.setEnabled(why is None and (guarded.when is None or guarded.when()))
            control.setToolTip(why or guarded.tip)
            if isinstance(control, QAction):
                control.setStatusTip(why or "")


def _a(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


class _AskWhenActivated(QObject):
    def __init__(self, gate: WriteGate, parent: QObject):
        super().__init__(parent)
        self._gate = gate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self._gate.ask()
        return False


def show_role(window: QMainWindow, live: LiveLibrary) -> QLabel:
    """The status bar's permanent note on what the user may not change: a
    read-only file, or a role short of an editor's; the window's menus show
    the disabled commands' tooltips. The role is asked again when the window
    is activated."""
    gate = live.gate
    readonly_message = live.readonly_message if live.readonly else None
    label = QLabel()
    label.setObjectName("readonlyNote")
    window.statusBar().addPermanentWidget(label)

    def show() -> None:
        why = gate.why_not(EDITOR)
        label.setText("Read-only library" if readonly_message else f"Read-only: {gate.role}")
        label.setToolTip(readonly_message or f"{why}: you can read, search and build memos")
        label.setVisible(bool(readonly_message or why))

    show()
    gate.changed.connect(show)
    for menu in window.menuBar().findChildren(QMenu):  # a disabled command's why
        menu.setToolTipsVisible(True)
    window.installEventFilter(_AskWhenActivated(gate, window))
    return label
