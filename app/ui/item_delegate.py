"""Draws a library item as a small card: its words, then speaker · carried · tags · source."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QToolTip

from app.ui.item_model import ConflictRole, ItemRole, OneSpeakerRole, SameSourceRole
from app.ui.plain_text import plain_tip
from app.ui.text_fit import fit_after, fit_speaker_first, speaker_cut

TEXT_LINES = 2
PAD = 6
CONFLICT_COLOR = QColor("#c0392b")
CONFLICT_SELECTED_COLOR = QColor("#ffd3cc")
SEPARATOR = "  ·  "
RULE_COLOR = QColor("#c8c8c8")  # above the first card of a source, where titles show once


def _elided_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """Word-wrap `text` to at most `lines` lines, the last one elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    out: list[str] = []
    while len(out) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(out) == lines - 1:
            rest = text[start:]
            out.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        out.append(text[start : start + length].rstrip())
    layout.endLayout()
    return out


def fill(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """Fill `rect` with `colour`, as `painter.fillRect` does. (Drawn as a
    rectangle with no outline: choosing among fillRect's overloads makes
    PySide build QGradient's enums, 2 ms, before the window's first frame.)"""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def is_selected(option, index: QModelIndex) -> bool:
    """Whether the view draws `index` selected. (Asked of the view's selection:
    reading `option.state` makes PySide build QStyle's many enums, 7 ms, before
    the window's first frame.)"""
    return option.widget.selectionModel().isSelected(index)


def below_the_view(option, top: int) -> bool:
    """Whether a card's text, from `top` down, falls below all that its view
    can show: the view's last row, cut by its bottom edge, shows only its top
    (its text, most of what a card costs to paint, need not be laid out)."""
    view = option.widget
    return view is not None and top >= view.maximumViewportSize().height()


def card_height(font: QFont) -> int:
    """The height of one card drawn in `font` (every row has the same)."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() - 1)
    lines = TEXT_LINES * QFontMetrics(font).lineSpacing() + QFontMetrics(small).height()
    return lines + 2 * PAD + 2


def title_left_off(option, index: QModelIndex) -> bool:
    """Whether a card leaves its source's title to the card above: in a list
    naming each source once, a card of the same source as the one above it,
    unless it is the top card in view (the one above is out of sight)."""
    return bool(index.data(SameSourceRole)) and option.rect.top() > 0


def card_speaker(name: str | None) -> str:
    """The speaker as a quote card's grey line names them."""
    return name if name and name != "—" else "speaker unknown"


class ItemCardDelegate(QStyledItemDelegate):
    """Two lines of the item's text and a grey line saying who and where
    (a quote's speaker first, unless the list holds one speaker's quotes only).

    An item in a conflict starts its grey line with a red mark ("≠ conflicts
    with 2 sources"), or a quiet grey one once resolved; clicking the mark
    emits `conflictClicked` with the conflict's id."""

    conflictClicked = Signal(int)

    def _meta_rect(self, option) -> QRect:
        """Where the who-and-where line is drawn."""
        body, small = self._fonts(option)
        rect = option.rect.adjusted(PAD + 4, PAD, -PAD, -PAD)
        y = rect.top() + TEXT_LINES * QFontMetrics(body).lineSpacing() + 2
        return QRect(rect.left(), y, rect.width(), QFontMetrics(small).height())

    def _mark_rect(self, option, mark) -> QRect:
        meta = self._meta_rect(option)
        font = self._fonts(option)[1]
        font.setBold(mark.unresolved)
        width = QFontMetrics(font).horizontalAdvance(mark.text)
        return QRect(meta.left(), meta.top(), min(width, meta.width()), meta.height())

    def editorEvent(self, event, model, option, index: QModelIndex) -> bool:
        mark = index.data(ConflictRole)
        if mark is not None and event.type() == QEvent.Type.MouseButtonRelease:
            if self._mark_rect(option, mark).contains(event.position().toPoint()):
                self.conflictClicked.emit(mark.conflict_id)
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event, view, option, index: QModelIndex) -> bool:
        mark = index.data(ConflictRole)
        if mark is not None and self._mark_rect(option, mark).contains(event.pos()):
            QToolTip.showText(event.globalPos(), plain_tip(mark.tooltip), view)
            return True
        if self._meta_rect(option).contains(event.pos()):
            tip = self._speaker_tip(option, index)
            if tip is None and title_left_off(option, index):
                tip = f"From {index.model().index(index.row(), 2).data()}"
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), view)
                return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def _fit_mark(mark, small: QFont, speaker: str, line: QRect) -> tuple[str, int]:
        """A conflict mark as `line` shows it, and the width it takes with its
        separator. It leaves room for the speaker (a quote's; a fact's is ""),
        or for half the line if the speaker is longer."""
        room = line.width()
        if speaker:
            need = QFontMetrics(small).horizontalAdvance(speaker + SEPARATOR)
            room = max(room - min(need, room // 2), 0)
        bold = QFont(small)
        bold.setBold(mark.unresolved)
        metrics = QFontMetrics(bold)
        shown = metrics.elidedText(mark.text, Qt.TextElideMode.ElideRight, room)
        return shown, metrics.horizontalAdvance(shown + SEPARATOR)

    def _speaker_tip(self, option, index: QModelIndex) -> str | None:
        """The full speaker, when the card's grey line cuts their name."""
        item = index.data(ItemRole)
        if item is None or item.kind != "quote" or index.data(OneSpeakerRole):
            return None
        speaker = card_speaker(index.model().index(index.row(), 1).data())
        small = self._fonts(option)[1]
        metrics = QFontMetrics(small)
        line = self._meta_rect(option)
        mark = index.data(ConflictRole)
        if mark is not None:
            line.setLeft(line.left() + self._fit_mark(mark, small, speaker, line)[1])
        return speaker if speaker_cut(speaker, metrics, line.width()) else None

    def _fonts(self, option) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() - 1)
        return QFont(option.font), small

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        return QSize(200, card_height(option.font))

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is None:
            return super().paint(painter, option, index)
        body, small = self._fonts(option)
        selected = is_selected(option, index)
        painter.save()
        background = QColor("#1f5c99") if selected else None
        if background is None and index.row() % 2:
            background = QColor("#fafaf8")
        if background is not None:
            fill(painter, option.rect, background)
        bar = QColor("#d9a521") if item.kind == "quote" else QColor("#3f7fc1")
        fill(
            painter,
            QRect(option.rect.left(), option.rect.top() + 4, 3, option.rect.height() - 8),
            bar,
        )
        if index.data(SameSourceRole) is False and index.row() > 0:  # a new source's first
            top = option.rect
            fill(painter, QRect(top.left(), top.top(), top.width(), 1), RULE_COLOR)
        rect = option.rect.adjusted(PAD + 4, PAD, -PAD, -PAD)
        if below_the_view(option, rect.top()):
            painter.restore()
            return
        painter.setFont(body)
        painter.setPen(QColor("white") if selected else QColor("#1b1b1b"))
        spacing = QFontMetrics(body).lineSpacing()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        y = rect.top()
        for line in _elided_lines(text, body, rect.width(), TEXT_LINES):
            painter.drawText(QRect(rect.left(), y, rect.width(), spacing), 0, line)
            y += spacing
        model = index.model()
        speaker = card_speaker(model.index(index.row(), 1).data())
        who = speaker if item.kind == "quote" and not index.data(OneSpeakerRole) else ""
        source = "" if title_left_off(option, index) else model.index(index.row(), 2).data()
        tags = model.index(index.row(), 3).data() or ""
        carried = model.index(index.row(), 4).data() or ""
        tags = f"#{tags.replace(', ', ' #')}" if tags else ""
        # The user's tags before the title the line cuts: after it, a long
        # title (most are) hid them on every card.
        tail = "   ".join(part for part in (tags, source) if part)
        painter.setFont(small)
        grey = QColor("#dce8f5") if selected else QColor("#6b6b6b")
        line = self._meta_rect(option)
        metrics = QFontMetrics(small)
        mark = index.data(ConflictRole)
        if mark is not None:
            red = CONFLICT_SELECTED_COLOR if selected else CONFLICT_COLOR
            painter.setPen(red if mark.unresolved else grey)
            shown, used = self._fit_mark(mark, small, who, line)
            if mark.unresolved:
                small.setBold(True)
                painter.setFont(small)
            painter.drawText(line, 0, shown)
            small.setBold(False)
            painter.setFont(small)
            line.setLeft(line.left() + used)
        painter.setPen(grey)
        if who:
            elided = fit_speaker_first(speaker, carried, tail, metrics, line.width(), SEPARATOR)
        else:  # The source (with the tags) is fitted after the rest, so it shows its start.
            head = carried + SEPARATOR if carried and tail else carried
            elided = fit_after(head, tail, metrics, line.width())
        if line.width() > 0:
            painter.drawText(line, 0, elided)
        painter.restore()
