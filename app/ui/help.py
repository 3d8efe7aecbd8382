"""Help: the Quick Guide (F1), the keyboard shortcut list and About, in the Help menu.

The pages and their dialog (app/ui/help_pages.py) load when one is first
opened: the window's first frame needs only the actions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app import __version__
from app.ui.menus import Commands

APP_NAME = "Briefing Builder"

if TYPE_CHECKING:
    from app.ui.help_pages import HelpDialog


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
        from app.ui.help_pages import guide_html

        return self._show("guide", "Quick Guide", guide_html(self._commands))

    def show_shortcuts(self) -> HelpDialog:
        from app.ui.shortcuts import shortcuts_html

        return self._show("shortcuts", "Keyboard Shortcuts", shortcuts_html(self._menus()))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        QMessageBox.about(
            self._window,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<p>Collect sources, find every quote with its "
            "speaker and every fact, and export a cited briefing memo. Works offline.</p>",
        )

    def _show(self, name: str, title: str, html: str) -> HelpDialog:
        from app.ui.help_pages import HelpDialog

        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = self.dialogs[name] = HelpDialog(title, html, self._window)
        else:
            dialog.text.setHtml(html)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
