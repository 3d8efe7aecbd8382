"""The Quotes tab filtered to one speaker lists their quotes source by
source, as the Speakers tab does: each card repeated its source's title
(three times over for three quotes of one article). The title is said on
the first card of each source, with a rule above it, and on the top card
in view; the title stays in the model and the grey line's tooltip. Without
a speaker filter every card still names its source. Invented names."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.item_delegate import RULE_COLOR
from tests.ui.helpers import open_window
from tests.ui.test_speaker_quotes_by_source import FIRST, SECOND, _painted
from tests.ui.test_speaker_quotes_by_source import _library as speakers_library


def _library(path) -> Library:
    """Ana Ruiz's three quotes in one source and one in another, and a quote
    of someone else, in a third."""
    library = speakers_library(path)
    other = '"They are not," Ivo Brask said.'
    library.add_source(
        other, SourceMeta(title="Nets"), items=[NewItem("quote", 1, 13, "Ivo Brask")]
    )
    return library


def test_a_speaker_filter_says_each_sources_title_once(qtbot, tmp_path) -> None:
    with _library(tmp_path) as library:
        window = open_window(qtbot, library)
        window.resize(1366, 900)
        panel = window.library_panel
        table = panel.items
        assert panel.model.rowCount() == 5
        unfiltered = [_painted(table, row)[0] for row in range(5)]
        assert all(FIRST in line for line in unfiltered[:3]), unfiltered
        ana = dict((name, sid) for sid, name in library.speaker_names())["Ana Ruiz"]
        panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData(ana))
        qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
        cards = [_painted(table, row) for row in range(4)]
        lines = [line for line, _ in cards]
        assert lines[0].endswith(FIRST) and lines[3].endswith(SECOND), lines
        assert FIRST not in lines[1] and FIRST not in lines[2], lines
        assert cards[3][1] == RULE_COLOR  # a rule where the second source starts
        assert all(top != RULE_COLOR for _, top in cards[:3])
        assert panel.model.index(2, 2).data() == FIRST  # still known, and in the tooltip


def test_the_top_card_in_view_names_its_source(qtbot, tmp_path) -> None:
    with _library(tmp_path) as library:
        window = open_window(qtbot, library)
        panel = window.library_panel
        ana = dict((name, sid) for sid, name in library.speaker_names())["Ana Ruiz"]
        panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData(ana))
        table = panel.items
        qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
        table.setFixedHeight(table.rowHeight(0) * 2)
        qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0)
        table.verticalScrollBar().setValue(1)  # the first card out of sight
        qtbot.waitUntil(lambda: table.indexAt(QPoint(0, 0)).row() == 1)
        assert _painted(table, 1)[0].endswith(FIRST)
        assert FIRST not in _painted(table, 2)[0]
