"""The article text with its quotes and facts highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from app.core.model import Item, Source
from app.core.store import Library

QUOTE_COLOR = QColor("#fff1b8")
FACT_COLOR = QColor("#dcebff")
CURRENT_COLOR = QColor("#ffc857")


def qt_position(text: str, index: int) -> int:
    """Qt counts UTF-16 code units: characters beyond the BMP (emoji) count twice."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


class SourceViewer(QWidget):
    """Shows one source; `show_item` scrolls to an item and marks it."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self._source: Source | None = None
        self._items: list[Item] = []
        self._wide = False
        self.title = QLabel("No source selected")
        self.title.setObjectName("viewerTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel("")
        self.meta.setObjectName("viewerMeta")
        self.meta.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("sourceText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)

    @property
    def source(self) -> Source | None:
        return self._source

    def show_source(self, source_id: int) -> None:
        if self._source and self._source.id == source_id:
            return
        self._source = self._library.source(source_id)
        self._items = self._library.items_of_source(source_id)
        m = self._source.meta
        self.title.setText(m.title or self._source.file_name)
        details = [m.outlet, m.author, m.date]
        shown = " · ".join(d for d in details if d)
        missing = ", ".join(self._source.meta.missing() + (["outlet"] if not m.outlet else []))
        if missing:
            shown = (shown + " · " if shown else "") + f"missing: {missing}"
        self.meta.setText(f"{self._source.file_name} · {shown}")
        self._wide = any(ord(ch) > 0xFFFF for ch in self._source.text)
        self.text.setPlainText(self._source.text)
        self._highlight(None)

    def show_item(self, item: Item) -> None:
        """Open the item's source, highlight the item and scroll it into view."""
        self.show_source(item.source_id)
        self._highlight(item)
        cursor = self.text.textCursor()
        cursor.setPosition(self._pos(item.start))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def visible_range(self) -> tuple[int, int]:
        """Character positions at the top-left and bottom-right of the viewport."""
        vp = self.text.viewport()
        top = self.text.cursorForPosition(vp.rect().topLeft()).position()
        bottom = self.text.cursorForPosition(vp.rect().bottomRight()).position()
        return top, bottom

    def _pos(self, index: int) -> int:
        return qt_position(self._source.text, index) if self._wide else index

    def _highlight(self, current: Item | None) -> None:
        selections = []
        for item in self._items:
            color = FACT_COLOR if item.kind == "fact" else QUOTE_COLOR
            if current is not None and item.id == current.id:
                color = CURRENT_COLOR
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            sel.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._pos(item.start))
            cursor.setPosition(self._pos(item.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text.setExtraSelections(selections)
