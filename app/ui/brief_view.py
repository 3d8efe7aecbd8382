"""The tree of sections and blocks, drawn as a memo: headings and block cards.

Drops are decided here: blocks dragged within the view move, items dragged
from the library are added. The view emits what the user asked for and the
editor turns it into undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTreeView,
)

from app.core.brief import Block, Section
from app.core.short_text import clip_words, which_source
from app.ui.brief_model import BLOCKS_MIME, ITEMS_MIME, BlockRole, SectionRole, StatusRole
from app.ui.item_delegate import is_selected
from app.ui.memo_status import BlockStatus
from app.ui.text_fit import fit_words

CAPTION_TITLE_CHARS = 48  # a source's headline in a block's caption, at most
KIND_COLORS = {"quote": QColor("#d9a521"), "fact": QColor("#3f7fc1"), "prose": QColor("#9a9a9a")}
# A caption is the bar's hue darkened to 4.5:1 (WCAG AA) on a card, white or
# selected: the bar's own amber was 2.2:1 (tests/ui/test_painted_contrast.py).
CAPTION_COLORS = {"quote": QColor("#896815"), "fact": QColor("#3871ac"), "prose": QColor("#6b6b6b")}
EMPTY_COLOR = QColor("#6b6b6b")  # an empty block's hint, as grey as a caption, not fainter
ALTERED_COLOR = QColor("#c0392b")
CONFLICT_COLORS = {
    "open": QColor("#c0392b"),
    "rejected": QColor("#a01b0f"),
    "holds": QColor("#62707e"),
}
DELETED_COLOR = QColor("#8a5a00")
PAD = 8
EDITOR_HEIGHT = 90  # a block open for typing: room for a few lines at least
INDENT = 12
BAR = 4
_HEADING_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom  # made once


def block_caption(block: Block, status: BlockStatus | None = None) -> str:
    """The small line above a block's text: what it is and where it comes from
    (the source as the library has it now, or "source deleted")."""
    if block.kind == "prose":
        return "YOUR TEXT"
    parts = ["ALTERED QUOTE — NOT THE SOURCE'S WORDS" if block.altered else block.kind.upper()]
    if block.kind == "quote" and block.speaker:
        parts.append(block.speaker)
    if status is not None and status.deleted:
        # Before the source's name, which a card's width cuts first: at the
        # end, the mark was the part cut, and the card looked cited as ever.
        parts.append("SOURCE DELETED")
    ref = status.cited(block.source) if status is not None else block.source
    if ref is not None:
        # The headline's first words, cut between words: not a note's short
        # title, which ends at a subtitle's colon and so is often a name
        # alone ("Ada Roe" for "Ada Roe: ..."), read as a second speaker.
        # Then the outlet and date, as a citation has them after the title
        # (the outlet alone named every article of one paper alike); a
        # narrow card cuts them first.
        parts.append(clip_words(ref.title, CAPTION_TITLE_CHARS) or ref.file_name)
        parts.append(which_source(ref.outlet, ref.date))
    return "  ·  ".join(p for p in parts if p)


def status_line(status: BlockStatus | None) -> str:
    """The line under a block's caption that names its conflict, if any, or
    says that other sources give its quote to someone else (as the
    library's card and the Same Quote view do)."""
    if status is None:
        return ""
    if status.conflict is not None:
        return status.conflict.caption
    if status.speakers_differ:
        names = ", ".join(name for name, _ in status.speakers_differ)
        return f"\u2260 SPEAKERS DIFFER: {names}"
    return ""


def _inner(rect: QRect) -> QRect:
    """Where a block's card in `rect` has its caption and words."""
    return rect.adjusted(INDENT, 3, -4, -3).adjusted(BAR + PAD, PAD - 2, -PAD, -PAD)


def block_display_text(block: Block) -> str:
    text = " ".join(block.text.split()) or "(empty — press F2 or double-click to write)"
    if block.kind == "quote" and not block.altered:
        return f"\u201c{text}\u201d"
    return text


class BlockDelegate(QStyledItemDelegate):
    """Paints sections as headings and blocks as cards with wrapped text."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view
        # Heights of blocks already measured: word wrapping is the slow part of
        # laying out a long memo, and each block is asked for several times.
        self._heights: dict[tuple, int] = {}
        self._font_key: tuple | None = None
        self._font_set: tuple[QFont, QFont, QFont] | None = None
        self._section_height = 0  # a section heading's, in `_font_set`'s heading font
        self._editing: QPersistentModelIndex | None = None  # the block open for typing

    def _text_width(self, index: QModelIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        # The viewport's width, read from the view: the viewport itself, a
        # widget Qt made, costs PySide a search of every widget class (and
        # their enums, 4 ms) the first time Python sees it, before the first
        # frame. (Equal with the vertical scroll bar always on:
        # tests/ui/test_startup.py.)
        width = self._view.maximumViewportSize().width() - depth * INDENT
        return max(120, width - 2 * PAD - BAR - 6)

    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        """Body, caption and heading fonts for `option`'s font: copies, to change."""
        return tuple(QFont(f) for f in self._shared_fonts(option))

    def _shared_fonts(self, option) -> tuple[QFont, QFont, QFont]:
        """The same fonts, shared: only to read or draw with."""
        key = (option.font.key(),)
        if key != self._font_key:
            self._font_key, self._font_set = key, self._make_fonts(option)
            self._section_height = QFontMetrics(self._font_set[2]).height() + 18
        return self._font_set

    @staticmethod
    def _make_fonts(option) -> tuple[QFont, QFont, QFont]:
        body = QFont(option.font)
        body.setPointSizeF(body.pointSizeF() + 0.5)
        caption = QFont(option.font)
        caption.setPointSizeF(max(6.5, option.font.pointSizeF() - 1.5))
        caption.setBold(True)
        heading = QFont(option.font)
        heading.setPointSizeF(option.font.pointSizeF() + 2)
        heading.setBold(True)
        return body, caption, heading

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        section: Section | None = index.data(SectionRole)
        if section is not None:  # a heading's height depends on the font alone
            self._shared_fonts(option)
            return QSize(self._text_width(index), self._section_height)
        body, caption, heading = self._fonts(option)
        block: Block = index.data(BlockRole)
        status: BlockStatus | None = index.data(StatusRole)
        width = self._text_width(index)
        text = block_display_text(block)
        key = (block.id, width, text, block.altered, bool(status_line(status)), self._font_key)
        height = self._heights.get(key)
        if height is None:
            if block.kind == "quote" and not block.altered:
                body.setItalic(True)
            rect = QFontMetrics(body).boundingRect(
                QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text
            )
            line = QFontMetrics(caption).height()
            height = line + rect.height() + 2 * PAD + 8
            if block.altered:
                height += line + 4
            if status_line(status):
                height += line + 2
            if len(self._heights) > 50_000:
                self._heights.clear()
            height = self._heights[key] = height
        if self._editing is not None and self._editing == QPersistentModelIndex(index):
            height = max(height, EDITOR_HEIGHT + 4)  # the editor's room, not the next row's
        return QSize(width, height)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        selected = is_selected(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        section: Section | None = index.data(SectionRole)
        rect = option.rect
        if section is not None:
            if selected:
                painter.fillRect(rect, QColor("#e3edf8"))
            painter.setFont(self._shared_fonts(option)[2])
            painter.setPen(QColor("#1d2733"))
            text_rect = rect.adjusted(4, 4, -4, -6)
            painter.drawText(text_rect, _HEADING_ALIGNMENT, section.title)
            painter.setPen(QPen(QColor("#c9ced6"), 1))
            painter.drawLine(
                rect.left() + 4, rect.bottom() - 2, rect.right() - 4, rect.bottom() - 2
            )
            painter.restore()
            return
        body, caption, _heading = self._fonts(option)
        block: Block = index.data(BlockRole)
        status: BlockStatus | None = index.data(StatusRole)
        card = rect.adjusted(INDENT, 3, -4, -3)
        painter.setPen(QPen(QColor("#2f6fb0") if selected else QColor("#dedede"), 1))
        painter.setBrush(QColor("#f3f8fe") if selected else QColor("white"))
        painter.drawRoundedRect(card, 4, 4)
        color = ALTERED_COLOR if block.altered else KIND_COLORS[block.kind]
        painter.fillRect(QRect(card.left(), card.top(), BAR, card.height()), color)
        inner = _inner(rect)
        painter.setFont(caption)
        painter.setPen(ALTERED_COLOR if block.altered else CAPTION_COLORS[block.kind])
        cap_height = QFontMetrics(caption).height()
        elided = self.shown_caption(index, rect)
        if status is not None and status.deleted:
            painter.setPen(DELETED_COLOR)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), cap_height), 0, elided)
        top = cap_height + 4
        conflict_text = status_line(status)
        if conflict_text:
            # A conflict reads before the words it is about.
            state = status.conflict.state if status.conflict is not None else "open"
            painter.setPen(CONFLICT_COLORS[state])
            line = QRect(inner.left(), inner.top() + top - 2, inner.width(), cap_height)
            painter.drawText(
                line,
                0,
                QFontMetrics(caption).elidedText(
                    conflict_text, Qt.TextElideMode.ElideRight, inner.width()
                ),
            )
            top += cap_height + 2
        if block.kind == "quote" and not block.altered:
            body.setItalic(True)
        painter.setFont(body)
        painter.setPen(QColor("#222") if block.text.strip() else EMPTY_COLOR)
        text_rect = inner.adjusted(0, top, 0, 0)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, block_display_text(block))
        if block.altered:
            # The way back: the source's own words, one click (Restore) away.
            note = QFont(caption)
            note.setBold(False)
            painter.setFont(note)
            painter.setPen(QColor("#8a2c22"))
            line = QRect(inner.left(), inner.bottom() - cap_height, inner.width(), cap_height)
            words = " ".join(block.original.split())
            text = QFontMetrics(note).elidedText(
                f"Source: \u201c{words}\u201d  \u2014 Restore puts it back",
                Qt.TextElideMode.ElideMiddle,
                inner.width(),
            )
            painter.drawText(line, 0, text)
        painter.restore()

    def shown_caption(self, index: QModelIndex, rect: QRect) -> str:
        """A block's caption as its card in `rect` shows it: cut between words
        to the card's width, in the caption font of the last paint."""
        block: Block = index.data(BlockRole)
        caption = self._font_set[1] if self._font_set is not None else self._view.font()
        text = block_caption(block, index.data(StatusRole))
        return fit_words(text, QFontMetrics(caption), _inner(rect).width())

    def eventFilter(self, editor, event) -> bool:
        """Ending an edit from the keyboard keeps what was typed: Escape, Tab
        and Ctrl+Enter all save the words (Edit > Undo takes them back) and
        give the focus back to the memo, never to another pane."""
        if event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            ends = key in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and mods & Qt.KeyboardModifier.ControlModifier
            )
            if ends:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent, option, index: QModelIndex):
        if index.data(SectionRole) is not None:
            return super().createEditor(parent, option, index)
        editor = QPlainTextEdit(parent)
        editor.setObjectName("blockEditor")
        editor.setToolTip("Tab or Escape ends the edit and keeps your words")
        self._editing = QPersistentModelIndex(index)
        self.sizeHintChanged.emit(index)  # the row grows to hold the editor
        return editor

    def destroyEditor(self, editor, index: QModelIndex) -> None:
        super().destroyEditor(editor, index)
        if self._editing is not None and self._editing == QPersistentModelIndex(index):
            self._editing = None
            self.sizeHintChanged.emit(index)

    def setEditorData(self, editor, index: QModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            text = index.data(Qt.ItemDataRole.EditRole)
            if editor.toPlainText() == text and text:
                return  # its own words, just put in the memo: the caret stays
            editor.setPlainText(text)
            # The caret at the end, nothing selected: typing adds to the
            # words, never replaces them unasked (Ctrl+A selects them all).
            # (QTextCursor's class loads with the first edit, not the first frame.)
            from PySide6.QtGui import QTextCursor

            editor.moveCursor(QTextCursor.MoveOperation.End)
        elif not (
            isinstance(editor, QLineEdit) and editor.text() == index.data(Qt.ItemDataRole.EditRole)
        ):
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index: QModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index: QModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            rect = option.rect.adjusted(INDENT, 2, -4, -2)
            rect.setHeight(max(rect.height(), EDITOR_HEIGHT))
            editor.setGeometry(rect)
        else:
            super().updateEditorGeometry(editor, option, index)


class BriefView(QTreeView):
    """Shows a `BriefModel`; emits drops as requests."""

    blocksDropped = Signal(list, int, int)  # block ids, section row, row
    itemsDropped = Signal(list, int, int)  # library item ids, section row, row
    sectionDropped = Signal(str, int)  # section id, new row

    def commit_open_editor(self) -> None:
        """The words typed so far in the block being edited go into the memo,
        the edit staying open: a save, an autosave or the question about
        unsaved changes must not miss them."""
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        if editor is not None:  # a block's words, or a section's title
            self.commitData(editor)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("briefView")
        self.setAccessibleName("Memo")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)  # the delegate indents the cards itself
        self.setItemDelegate(BlockDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Always there: a scroll bar that appears once the memo is long would
        # narrow the cards and make every block's height be measured again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def setModel(self, model) -> None:
        super().setModel(model)
        model.rowsInserted.connect(self._expand)
        model.modelReset.connect(self.expandAll)
        model.rowsMoved.connect(self._expand_all)
        self.expandAll()

    def _expand_all(self, *_args) -> None:
        self.expandAll()

    def _expand(self, parent: QModelIndex, *_rows) -> None:
        if not parent.isValid():
            self.expandAll()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Card heights depend on the width: lay the rows out again.
        self.scheduleDelayedItemsLayout()

    # -- drops ----------------------------------------------------------------

    def drop_target(self, pos) -> tuple[int, int]:
        """(section row, block row) where a drop at `pos` (viewport) inserts."""
        model = self.model()
        index = self.indexAt(pos)
        n_sections = model.rowCount()
        if not index.isValid():
            srow = n_sections - 1
            return srow, model.rowCount(model.index(srow, 0))
        rect = self.visualRect(index)
        below = pos.y() > rect.center().y()
        if not index.parent().isValid():  # on a section heading: its first place
            return index.row(), 0
        srow = index.parent().row()
        return srow, index.row() + (1 if below else 0)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(BLOCKS_MIME) or event.mimeData().hasFormat(ITEMS_MIME):
            event.acceptProposedAction()
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        model = self.model()
        if model is None or model.rowCount() == 0:
            event.ignore()
            return
        pos = event.position().toPoint()
        srow, row = self.drop_target(pos)
        import json  # loaded when first used: not by the first frame

        if mime.hasFormat(ITEMS_MIME):
            ids = json.loads(bytes(mime.data(ITEMS_MIME)).decode("utf-8"))
            self.itemsDropped.emit([int(i) for i in ids], srow, row)
        elif mime.hasFormat(BLOCKS_MIME):
            refs = json.loads(bytes(mime.data(BLOCKS_MIME)).decode("utf-8"))
            blocks = [r["block"] for r in refs if "block" in r]
            sections = [r["section"] for r in refs if "section" in r]
            if blocks:
                self.blocksDropped.emit(blocks, srow, row)
            elif sections:
                index = self.indexAt(pos)
                target = index.parent().row() if index.parent().isValid() else index.row()
                self.sectionDropped.emit(sections[0], max(0, target))
        else:
            event.ignore()
            return
        # Copy, not move: the model already moved the rows itself, so the
        # dragging view must not delete anything afterwards.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
