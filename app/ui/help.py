"""Help: the Quick Guide (F1) and the keyboard shortcut list.

The guide's words live in resources/help/quick-guide.html; its keys are
filled in from the window's commands when it opens ("[[import]]" becomes
the Import command's shortcut), so the guide names the keys the window
really uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.paths import RESOURCES
from app.ui.menus import Commands
from app.ui.shortcuts import key_text, menu_text, shortcuts_html

GUIDE = RESOURCES / "help" / "quick-guide.html"
_KEY = re.compile(r"\[\[(\w+)\]\]")
STYLE = "kbd { font-family: monospace; background: #eef1f5; } h3 { margin-bottom: 2px; }"


def guide_html(commands: Commands, text: str | None = None) -> str:
    """The Quick Guide with each [[name]] replaced by that command's keys
    (or its menu name, for a command without a shortcut). KeyError names a
    command the guide mentions that the window does not have."""

    def key(match: re.Match) -> str:
        action = commands[match[1]]
        keys = key_text(action)
        return f"<kbd>{keys}</kbd>" if keys else f"<b>{menu_text(action.text())}</b>"

    return _KEY.sub(key, GUIDE.read_text(encoding="utf-8") if text is None else text)


class HelpDialog(QDialog):
    """A page of help, beside the window (not modal); Escape closes it."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("helpDialog")
        self.resize(640, 620)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(False)
        self.text.document().setDefaultStyleSheet(STYLE)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()


class HelpActions(QObject):
    """Help > Quick Guide (F1) and Help > Keyboard Shortcuts, with their dialogs.

    `menus()` gives the window's menus as they are when the list opens."""

    def __init__(self, window: QWidget, commands: Commands, menus: Callable[[], dict]):
        super().__init__(window)
        self._window = window
        self._commands = commands
        self._menus = menus
        self.dialogs: dict[str, HelpDialog] = {}
        self.guide_action = QAction("&Quick Guide", window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.guide_action.shortcut().isEmpty():  # no platform default: F1
            self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction("&Keyboard Shortcuts", window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

    def show_guide(self) -> HelpDialog:
        return self._show("guide", "Quick Guide", guide_html(self._commands))

    def show_shortcuts(self) -> HelpDialog:
        return self._show("shortcuts", "Keyboard Shortcuts", shortcuts_html(self._menus()))

    def _show(self, name: str, title: str, html: str) -> HelpDialog:
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = self.dialogs[name] = HelpDialog(title, html, self._window)
        else:
            dialog.text.setHtml(html)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
