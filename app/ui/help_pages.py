"""Help's pages: the Quick Guide and the keyboard shortcut list, and the
dialog that shows them (loaded with the first one opened: app/ui/help.py).

The guide's words live in resources/help/quick-guide.html; its keys are
filled in from the window's commands when it opens ("[[import]]" becomes
the Import command's shortcut), so the guide names the keys the window
really uses.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.paths import RESOURCES
from app.ui.menus import Commands
from app.ui.shortcuts import key_text, menu_text

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
        self.text.setAccessibleName(title)  # the page, for a screen reader: no caption
        self.text.setOpenExternalLinks(False)
        self.text.document().setDefaultStyleSheet(STYLE)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()
