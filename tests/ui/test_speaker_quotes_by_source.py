"""The Speakers tab lists a speaker's quotes source by source: each card
repeated its source's title, three times over for three quotes of one
article. The title is said on the first card of each source (with a rule
above it where a new source starts) and on the top card in view; the cards
after it leave it out, the title still in their tooltip and the model.
Invented names and sentences."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.item_delegate import RULE_COLOR
from app.ui.speakers_view import SpeakersView
from tests.ui.test_card_speaker_first import Recording

FIRST, SECOND = "Fog closes the harbor", "Ferry weekly"


def _library(path) -> Library:
    library = Library(path / "lib.sqlite")
    text = '"We sail at dawn," Ana Ruiz said. "Not before," she said. "Then we wait," she said.'
    quotes = [text.index(words) for words in ("We sail", "Not before", "Then we")]
    ends = [text.index('," ', start) for start in quotes]
    items = [NewItem("quote", s, e, "Ana Ruiz") for s, e in zip(quotes, ends, strict=True)]
    library.add_source(text, SourceMeta(title=FIRST), items=items)
    other = '"The nets are dry," Ana Ruiz said.'
    library.add_source(other, SourceMeta(title=SECOND), items=[NewItem("quote", 1, 17, "Ana Ruiz")])
    return library


def _painted(table, row: int) -> tuple[str, QColor]:
    """A card as the view draws it where it stands: its grey line, and the
    colour of its top edge."""
    index = table.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.widget = table
    option.font = QFont(table.font())
    option.rect = table.visualRect(index)
    image = QImage(table.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = Recording(image)
    try:
        table.itemDelegateForColumn(0).paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts[-1], image.pixelColor(QPoint(option.rect.center().x(), option.rect.top()))


def _view(qtbot, library, live_of, height: int) -> SpeakersView:
    view = SpeakersView(live_of(library))
    qtbot.addWidget(view)
    view.resize(500, height)
    view.show()
    view.ensure_loaded()
    view.list.setCurrentIndex(view.rows.index(0))
    assert view.current_speaker_name() == "Ana Ruiz" and view.model.rowCount() == 4
    return view


def test_a_sources_title_is_said_once_for_its_cards(qtbot, tmp_path, live_of) -> None:
    with _library(tmp_path) as library:
        view = _view(qtbot, library, live_of, 900)
        cards = [_painted(view.table, row) for row in range(4)]
        lines = [line for line, _ in cards]
        assert lines[0] == FIRST and lines[3] == SECOND, lines
        assert FIRST not in lines[1] and FIRST not in lines[2], lines
        assert cards[3][1] == RULE_COLOR  # a rule where the second source starts
        assert all(top != RULE_COLOR for _, top in cards[:3])
        # Which source it is stays known: in the model, and in the grey line's tooltip.
        assert view.model.index(2, 2).data() == FIRST


def test_the_top_card_in_view_names_its_source(qtbot, tmp_path, live_of) -> None:
    with _library(tmp_path) as library:
        view = _view(qtbot, library, live_of, 330)
        table = view.table
        qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0)  # laid out
        table.verticalScrollBar().setValue(1)  # the first card out of sight
        qtbot.waitUntil(lambda: table.indexAt(QPoint(0, 0)).row() == 1)
        assert _painted(table, 1)[0] == FIRST
        assert FIRST not in _painted(table, 2)[0]
