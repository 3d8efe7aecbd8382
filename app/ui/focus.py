"""Moving between the window's panes from the keyboard.

F6 and Shift+F6 go round the panes (library, source viewer, memo, and the
Sources Agree / Disagree panel while it is open); Ctrl+1, Ctrl+2 and Ctrl+3
go straight to the library, the viewer and the memo. Each pane says which of
its widgets takes the focus (the results list, the article text, the memo's
blocks), so the keys land where typing or arrows do something.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.menus import make_action


class Pane(NamedTuple):
    """One pane: its outer widget (None while it is not made yet) and the
    widget the keyboard lands on. (A named tuple, as `app.ui.item_model.Page`.)"""

    name: str
    widget: Callable[[], QWidget | None]
    target: Callable[[], QWidget]

    def holds(self, widget: QWidget | None) -> bool:
        outer = self.widget()
        while widget is not None and outer is not None:
            if widget is outer:
                return True
            widget = widget.parentWidget()
        return False

    @property
    def shown(self) -> bool:
        outer = self.widget()
        return outer is not None and outer.isVisible()


class PaneFocus(QObject):
    """The window's pane keys, as actions (so menus and the shortcut list show them)."""

    def __init__(self, window: QWidget, panes: list[Pane]):
        super().__init__(window)
        self.panes = panes
        self.next_action = self._make(window, "&Next Pane", "F6", lambda: self.cycle(1))
        self.previous_action = self._make(
            window, "P&revious Pane", "Shift+F6", lambda: self.cycle(-1)
        )
        self.go_actions: list[QAction] = []
        labels = {"library": "&Library", "viewer": "Source &Viewer", "memo": "&Memo"}
        for number, pane in enumerate(p for p in panes if p.name in labels):
            action = self._make(
                window,
                f"Go to {labels[pane.name]}",
                f"Ctrl+{number + 1}",
                lambda _=False, p=pane: self.focus(p),
            )
            self.go_actions.append(action)

    @staticmethod
    def _make(window: QWidget, text: str, key: str, slot) -> QAction:
        # Window-wide: F6 must work from inside any pane, a text field too.
        return make_action(window, text, slot, key, Qt.ShortcutContext.WindowShortcut)

    def current(self) -> Pane | None:
        """The pane the keyboard focus is in."""
        focused = QApplication.focusWidget()
        return next((p for p in self.panes if p.holds(focused)), None)

    def focus(self, pane: Pane) -> None:
        target = pane.target()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cycle(self, step: int) -> None:
        """Focus the next (or previous) shown pane after the current one."""
        shown = [p for p in self.panes if p.shown]
        if not shown:
            return
        current = self.current()
        at = shown.index(current) if current in shown else (-1 if step > 0 else 0)
        self.focus(shown[(at + step) % len(shown)])


def hide_to(widget: QWidget, home: QWidget) -> None:
    """Hide `widget` (a bar above the memo, once its button is pressed); a
    keyboard focus in it goes to `home`. Qt would give it to the next widget
    in the window's tab chain: another pane's (the library's search box), so
    the next key typed went there."""
    if widget.isAncestorOf(QApplication.focusWidget()):
        home.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.hide()


def tab_before(widget: QWidget, home: QWidget) -> None:
    """Put `widget` (a bar's button above the memo's blocks) in the tab chain
    just before `home` (the blocks), where it stands on screen; made after
    them, it came after the whole memo."""
    QWidget.setTabOrder(home.previousInFocusChain(), widget)


def tab_after(widget: QWidget, view: QWidget) -> None:
    """Put `view`'s widgets in the tab chain just after `widget`, in their own
    order: a view made after its window (a tab's page made after the first
    frame) comes after everything in it, the memo too."""
    # Only its own part of the chain, never a step past it: PySide keeps a
    # reference to the window that step would return, and the window would
    # never be freed (tests/ui/test_library_switch.py).
    inside, step = [], view
    for _ in view.findChildren(QWidget):
        step = step.nextInFocusChain()
        if view.isAncestorOf(step) and step.focusPolicy() & Qt.FocusPolicy.TabFocus:
            inside.append(step)
    for before, after in zip([widget, *inside], inside, strict=False):
        QWidget.setTabOrder(before, after)
