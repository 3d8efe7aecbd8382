"""A live preview of the memo as it will export: the shared layout drawn as HTML.

The layout comes from `app.core.render`, the same one the DOCX and PDF
exporters draw, so the note numbers and citation text match the export.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser

from app.core.brief import Brief

if TYPE_CHECKING:
    from app.core.cite import Styled
    from app.core.render import Layout

# The PDF's own font (export/scripts.py BODY_FONT), and a sans serif like the
# DOCX's (Word's default) where it is not installed: the preview was set in a
# serif the exported files never use.
CSS = """
body { font-family: 'DejaVu Sans', Carlito, Calibri, Arial, sans-serif; font-size: 11pt;
       color: #1b1b1b; }
h1 { font-size: 13pt; margin: 0 0 6px 0; }
table.head td { padding: 1px 8px 1px 0; }
td.label { color: #666; font-size: 9pt; font-weight: bold; }
h2 { font-size: 12pt; margin: 14px 0 4px 0; color: #1d2733; }
p { margin: 0 0 8px 0; line-height: 135%; }
p.quote { margin-left: 16px; }
p.altered { margin-left: 16px; color: #8a2c22; }
sup { color: #2f6fb0; }
p.note { font-size: 9pt; color: #333; margin: 0 0 3px 0; }
h3 { font-size: 10pt; margin: 14px 0 4px 0; color: #444; }
"""


def styled_html(spans: Styled) -> str:
    from html import escape  # the preview is drawn when first shown, not at start

    out = []
    for span in spans:
        text = escape(span.text).replace("\n", "<br>")
        if span.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def layout_html(layout: Layout) -> str:
    """The whole memo as simple HTML (what a QTextBrowser can show)."""
    from html import escape

    parts = [f"<html><head><style>{CSS}</style></head><body>"]
    parts.append(f"<h1>{escape(layout.heading)}</h1><table class='head'>")
    for label, value in layout.header:
        parts.append(f"<tr><td class='label'>{escape(label)}</td><td>{escape(value)}</td></tr>")
    parts.append("</table><hr>")
    for section in layout.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        for block in section.blocks:
            note = f"<sup>{block.note}</sup>" if block.note is not None else ""
            parts.append(f"<p class='{block.style}'>{styled_html(block.spans)}{note}</p>")
    if layout.notes:
        parts.append(f"<h3>{escape(layout.notes_title)}</h3>")
        for note in layout.notes:
            parts.append(f"<p class='note'>{note.number}. {styled_html(note.spans)}</p>")
    if layout.sources:
        parts.append(f"<h3>{escape(layout.sources_title)}</h3>")
        for entry in layout.sources:
            parts.append(f"<p class='note'>{styled_html(entry)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


class PreviewPane(QTextBrowser):
    """Redraws the memo shortly after each change (typing does not redraw per key).

    It draws what `follow`'s function gives when it redraws: the window gives
    the memo as it cites now (its sources' current details)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName("Memo preview")
        self.setOpenExternalLinks(False)
        self._brief: Callable[[], Brief] | None = None
        self._look: Callable[[], tuple[str, str]] | None = None
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)

    def follow(
        self, brief: Callable[[], Brief], look: Callable[[], tuple[str, str]] | None = None
    ) -> None:
        """Draw `brief()` from now on (called at each redraw), cited in the
        style and notes placement `look()` gives (the export's; Chicago
        footnotes without it)."""
        self._brief = brief
        self._look = look
        self.schedule()

    def show_brief(self, brief: Brief) -> None:
        self.follow(lambda: brief)

    def schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        if self._brief is None:
            self.setHtml("")
            return
        # The layout loads with the first redraw, after the window's first frame.
        from app.core.cite import STYLES
        from app.core.render import NOTES_MODES, render

        style, notes = self._look() if self._look is not None else ("chicago", "footnotes")
        style = style if style in STYLES else "chicago"
        notes = notes if notes in NOTES_MODES else "footnotes"
        scroll = self.verticalScrollBar().value()
        self.setHtml(layout_html(render(self._brief(), style, notes)))
        self.verticalScrollBar().setValue(scroll)
