"""A source's words shown as written, wherever the window shows them.

Qt reads a label's, a tooltip's or a message box's text as rich text when it
looks like markup (`Qt.mightBeRichText`: a tag such as "<b>" on the first
line, or "&lt;"), so a title "<b>Levy</b> passes" showed "Levy passes" in bold
while the memo cites it to the letter; and a menu or a button takes a "&" for
the mark of its shortcut letter ("Q&A" showed "QA"). Every label of the
window is a `PlainLabel`, or a `RichLabel` whose own markup embeds a source's
words through `source_html`; a tooltip or a message box's text that may hold a
source's words goes through `plain_tip`, a menu command's or button's through
`menu_plain`. tests/ui/test_plain_text.py fails on a bare QLabel in app/ui.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A label whose text is shown as written, never read as markup."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


class RichLabel(QLabel):
    """A label meant to show markup (a link, bold words): the words of a
    source it holds go in through `source_html`."""

    def __init__(self, html: str = "", parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(html)


def escape(text: str) -> str:
    """`text` with the three characters rich text reads as markup escaped
    (html.escape's, but the window's first frame loads no html module)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def source_html(text: str) -> str:
    """`text` (a title, an outlet, a quote) for rich text, shown as written:
    its "<", ">" and "&" escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def plain_tip(text: str) -> str:
    """`text` for a tooltip or a message box, which Qt shows as rich text
    when it looks like markup: such a text escaped in a paragraph that keeps
    its spaces and line breaks, so it shows as written; any other as it is
    (it shows as written already)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def menu_plain(text: str) -> str:
    """`text` for a menu command or a button, whose "&" would mark the
    shortcut letter: "Q&A" stays "Q&A"."""
    return text.replace("&", "&&")
