"""A library quote card never shows a quote without its speaker: the speaker
comes first on the grey line; how many sources carry it and the source's
title give way first, and a name too long for the line alone is cut with
an ellipsis, its whole in the card's tooltip."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from app.core.model import Item
from app.ui.item_delegate import ItemCardDelegate, card_height
from app.ui.item_model import ItemRole

SPEAKER = "Vellow Harbour Ferry Workers Mutual Association"
CARRIED = "in 3 sources (2 independent)"
SOURCE = "Tarnish Gazette, morning edition"


class Recording(QPainter):
    """A painter that keeps the text it draws."""

    def __init__(self, device):
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args):
        self.texts.append(args[-1])
        return super().drawText(*args)


@pytest.fixture
def card(qtbot):
    model = QStandardItemModel(1, 5)
    quote = Item(1, 1, "quote", 0, 20, "The ferries will run all winter.", speaker_name=SPEAKER)
    cells = [quote.text, SPEAKER, SOURCE, "", CARRIED]
    for column, text in enumerate(cells):
        model.setItem(0, column, QStandardItem(text))
    model.setData(model.index(0, 0), quote, ItemRole)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ItemCardDelegate(view)
    return view, model.index(0, 0), delegate


def grey_line(view, index, delegate, width: int) -> tuple[str, QFontMetrics, int]:
    """The card's who-and-where line as painted at `width`, with its font's
    metrics and the room it had."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.font = QFont(view.font())
    option.rect = QRect(0, 0, width, card_height(option.font))
    image = QImage(width, option.rect.height(), QImage.Format.Format_ARGB32)
    painter = Recording(image)
    try:
        delegate.paint(painter, option, index)
    finally:
        painter.end()
    small = QFont(option.font)
    small.setPointSizeF(option.font.pointSizeF() - 1)
    return painter.texts[-1], QFontMetrics(small), delegate._meta_rect(option).width()


def test_a_long_speaker_comes_first_and_the_count_gives_way(card):
    view, index, delegate = card
    metrics = QFontMetrics(view.font())
    # Room for the speaker and a little more, but not for the count too.
    width = metrics.horizontalAdvance(SPEAKER + "  ·  in 3") + 40
    line, small, room = grey_line(view, index, delegate, width)
    assert small.horizontalAdvance(SPEAKER) <= room
    assert line.startswith(SPEAKER), line
    assert small.horizontalAdvance(line) <= room
    assert "\u2026" not in line  # the count whole, or its short form, or none: never "in…"


def test_a_speaker_too_long_for_the_line_alone_is_cut_with_an_ellipsis(card, qtbot):
    view, index, delegate = card
    width = QFontMetrics(view.font()).horizontalAdvance(SPEAKER) // 2
    line, small, room = grey_line(view, index, delegate, width)
    assert line.endswith("\u2026") and len(line) > 5
    assert SPEAKER.startswith(line.removesuffix("\u2026")), line
    assert small.horizontalAdvance(line) <= room
    # Its whole name in the tooltip.
    shown = []
    import app.ui.item_delegate as cards

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(cards.QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    try:
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.widget = view
        option.font = QFont(view.font())
        option.rect = QRect(0, 0, width, card_height(option.font))
        meta = delegate._meta_rect(option)
        from PySide6.QtGui import QHelpEvent

        event = QHelpEvent(QHelpEvent.Type.ToolTip, meta.center(), QPoint(0, 0))
        assert delegate.helpEvent(event, view, option, index)
    finally:
        monkeypatch.undo()
    assert shown == [SPEAKER]


def test_a_wide_card_shows_speaker_count_and_source_in_that_order(card):
    view, index, delegate = card
    line, _, _ = grey_line(view, index, delegate, 2000)
    assert line == f"{SPEAKER}  ·  {CARRIED}  ·  {SOURCE}"


def test_tags_show_before_the_title_the_line_cuts(card):
    """After the title, a title longer than the line (most are) cut the
    tags off every card: a colleague's were seen only in the tag filter."""
    view, index, delegate = card
    view.model().setItem(0, 3, QStandardItem("ferry, follow up"))
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance(f"{SPEAKER}  ·  {CARRIED}  ·  #ferry #follow up") + 80
    line, _, _ = grey_line(view, index, delegate, width)
    assert line.startswith(SPEAKER)
    assert "#ferry #follow up" in line, line
    assert line.endswith("\u2026")  # the title cut, not the tags
