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
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.core.role_levels import LEVELS, enough
from app.core.store import Library
from app.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from app.ui.live_library import LiveLibrary

EDITOR, ADMIN = "editor", "admin"
ASK_EVERY = 10.0  # seconds: the window activated again asks the server at most this often


@dataclass
class _Guarded:
    # Weakly, and no condition held as a callable: a view's control or a
    # lambda of the view held here tied the view, its live library and this
    # gate in a reference cycle, left for the cycle collector (tests/ui/test_qt_cycles.py).
    control: weakref.ref
    needed: str
    own: bool  # the control's own condition to be enabled, as last said (`enable`)
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
        if role is None or enough(role, needed):
            return None
        who = "you have no role" if role == "none" else f"you are {_a(role)} {role}"
        if role not in LEVELS[1:]:  # nothing at all, whatever the command
            return f"Read-only: {who} in this team library"
        return f"Needs the {needed} role: {who} in this team library"

    @property
    def role(self) -> str | None:
        return self._role

    def allows(self, needed: str = EDITOR) -> bool:
        return self.why_not(needed) is None

    def refuses(self, control: QAction | QWidget) -> bool:
        """Whether the user's role is why `control` (a guarded one) is disabled."""
        return any(
            g.control() is control and self.why_not(g.needed) is not None for g in self._guarded
        )

    def guard(self, control: QAction | QWidget, needed: str = EDITOR, own: bool = True) -> None:
        """Keep `control` disabled, its tooltip saying why, while the role does
        not allow `needed`; `own` is its own condition to be enabled, which
        its view says again through `enable`."""
        self._guarded.append(_Guarded(weakref.ref(control), needed, own, control.toolTip()))
        self.apply(control)

    def enable(self, control: QAction | QWidget, own: bool) -> None:
        """Enable `control` if `own` (its view's condition) and the role allow it."""
        for guarded in self._guarded:
            if guarded.control() is control:
                guarded.own = own
        self.apply(control)

    def apply(self, *controls: QAction | QWidget) -> None:
        """Enable `controls` (default: every guarded one) as the role and their
        own conditions allow."""
        self._guarded = [g for g in self._guarded if _alive(g.control())]
        for guarded in self._guarded:
            control = guarded.control()
            if controls and not any(control is c for c in controls):
                continue
            why = self.why_not(guarded.needed)
            control.setEnabled(why is None and guarded.own)
            control.setToolTip(why or guarded.tip)
            if isinstance(control, QAction):
                control.setStatusTip(why or "")


def _alive(control: QAction | QWidget | None) -> bool:
    return control is not None and shiboken6.isValid(control)


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


class RoleNote(PlainLabel):
    """The status bar's permanent note on what the user may not change: a
    read-only file, or a role short of an editor's. A label of its own, its
    method connected to the gate: a closure over both was a reference cycle."""

    def __init__(self, gate: WriteGate, readonly_message: str | None):
        super().__init__()
        self.setObjectName("readonlyNote")
        self._gate = gate
        self._readonly_message = readonly_message
        gate.changed.connect(self.show_state)
        self.show_state()

    def show_state(self) -> None:
        why = self._gate.why_not(EDITOR)
        message = self._readonly_message
        self.setText("Read-only library" if message else f"Read-only: {self._gate.role}")
        self.setToolTip(message or f"{why}: you can read, search and build memos")
        self.setVisible(bool(message or why))


def show_role(window: QMainWindow, live: LiveLibrary) -> PlainLabel:
    """The status bar's note on what the user may not change (`RoleNote`);
    the window's menus show the disabled commands' tooltips, and the role is
    asked again when the window is activated."""
    label = RoleNote(live.gate, live.readonly_message if live.readonly else None)
    window.statusBar().addPermanentWidget(label)
    for menu in window.menuBar().findChildren(QMenu):  # a disabled command's why
        menu.setToolTipsVisible(True)
    window.installEventFilter(_AskWhenActivated(live.gate, window))
    return label
