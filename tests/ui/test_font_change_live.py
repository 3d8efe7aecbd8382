"""A font size set on the desktop while the app runs is followed: the
source viewer's text, title and legend (sized from the application's font
by `look.scale_font`) and the rows of the quote cards (their height read
from the font) kept the size they had at start."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from tests.ui.helpers import open_window


def _points(widget) -> float:
    return QFontInfo(widget.font()).pointSizeF()


def test_the_viewer_and_the_cards_follow_a_desktop_font_change(qtbot, qapp, seeded_library):
    window = open_window(qtbot, seeded_library)
    viewer, items = window.viewer, window.library_panel.items
    legend = viewer.findChild(QLabel, "legend")
    before = {"text": _points(viewer.text), "title": _points(viewer.title)}
    legend_before, row_before = _points(legend), items.verticalHeader().defaultSectionSize()
    font = qapp.font()
    start = font.pointSizeF()
    try:
        font.setPointSizeF(start * 1.5)
        qapp.setFont(font)  # as the desktop's font size changed, the app running
        qtbot.waitUntil(lambda: _points(viewer.text) > before["text"] * 1.3)
        assert _points(viewer.title) > before["title"] * 1.3
        assert _points(legend) > legend_before * 1.3
        assert _points(viewer.title) > _points(viewer.text) > _points(legend)  # scales kept
        # The window hears of it from an event posted after the signal.
        qtbot.waitUntil(lambda: items.verticalHeader().defaultSectionSize() > row_before * 1.2)
        speakers = window.library_panel.speakers
        assert speakers.table.verticalHeader().defaultSectionSize() > row_before * 1.2
    finally:
        font.setPointSizeF(start)
        qapp.setFont(font)
    qtbot.waitUntil(lambda: abs(_points(viewer.text) - before["text"]) < 0.5)
    qtbot.waitUntil(lambda: items.verticalHeader().defaultSectionSize() == row_before)
