"""The viewer's details line (outlet, author, date, what is missing) has
the viewer's width at 1366x768: beside the colour legend and Clip it was
squeezed into a narrow column of three or four short lines (invented words)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QToolButton

from app.core.model import SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window

META = SourceMeta(
    title="Harbour board backs the north landing plan after a long night",
    outlet="The Velmar Harbour Herald",
    author="Dana Roe and Tobin Quenby",
    date="2015-03-02",
)


def test_the_details_line_is_not_squeezed_at_1366_wide(qtbot, tmp_path):
    library = Library(tmp_path / "library.sqlite")
    sid = library.add_source("The north landing opens before the first frost.", META)
    window = open_window(qtbot, library)
    window.resize(1366, 768)
    viewer = window.viewer
    viewer.show_source(sid)
    qtbot.wait(50)  # laid out
    meta = viewer.meta
    assert "2015-03-02" in meta.text()
    lines = meta.height() / QFontMetrics(meta.font()).lineSpacing()
    assert lines < 2.5, lines  # two lines at most
    assert meta.width() >= viewer.text.width() * 0.8  # the viewer's width, not a column
    # Clip keeps its short name when the action's tooltip changes (why it is off).
    assert viewer.findChild(QToolButton, "clipButton").text() == "Clip"
    # The legend is still shown, under the text.
    legend = viewer.findChild(QLabel, "legend")
    assert legend.isVisible() and legend.geometry().top() > viewer.text.geometry().bottom()
    window.close()
    library.close()
