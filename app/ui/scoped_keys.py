"""A key that does different things in different panes, shown where it works.

Delete deletes a source in the Sources list and removes a block in the memo;
each command's key is scoped to its own pane, so only one can fire. But a menu
shows an action's key whether or not it would fire: with the memo focused,
Edit > Delete Source… said "Del" beside it too. `KeyWhereFocused` gives each
such command its key only while the focus is in the widgets it is added to
(those its key is scoped to), so a menu names the key only on the command the
key does where the focus is. Help > Keyboard Shortcuts still lists the key
(`own_keys`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

# The keys a scoped command has in its own place (strings, as QKeySequence reads them).
OWN_KEYS = "ownKeys"


def own_keys(action: QAction) -> list[QKeySequence]:
    """An action's keys, those it has only where the focus is included."""
    return action.shortcuts() or [QKeySequence(k) for k in action.property(OWN_KEYS) or []]


class KeyWhereFocused(QObject):
    """Keeps the keys of `actions` on each only while the focus is in a widget
    the action is added to (or a child of one). Made by the window; gone with it."""

    def __init__(self, window: QWidget, actions: list[QAction]):
        super().__init__(window)
        self._window = window
        self._actions = actions
        for action in actions:
            action.setProperty(OWN_KEYS, [k.toString() for k in action.shortcuts()])
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self._follow_focus(None, QApplication.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Opening a menu from the keyboard focuses the menu bar: the menu is
        # about the widget the focus was in before, so nothing changes.
        if isinstance(new, QMenu | QMenuBar):
            return
        if new is not None and new.window() is not self._window:
            return
        for action in self._actions:
            if not shiboken6.isValid(action):  # the window is being taken down
                continue
            here = new is not None and any(
                isinstance(owner, QWidget)
                and not isinstance(owner, QMenu)
                and (owner is new or owner.isAncestorOf(new))
                for owner in action.associatedObjects()
            )
            action.setShortcuts(own_keys(action) if here else [])
