"""Text follows the desktop's font size: the style sheet gives no font size
(Qt reads px and pt there as fixed sizes, so a 15 pt desktop kept the source
text at 14 px), and the widgets drawn larger or smaller than the rest scale
from the font they inherit."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from app.ui.look import _rules, sheet
from tests.ui.helpers import open_window
from tests.ui.test_large_text import large_font  # noqa: F401 (a fixture)


def test_the_style_sheet_sets_no_font_size():
    sized = [
        ", ".join(selectors)
        for selectors, body in _rules(sheet())
        if re.search(r"font-size\s*:|font\s*:", body)
    ]
    assert sized == []


def test_the_source_viewers_text_title_and_legend_follow_a_15_pt_desktop(
    qtbot,
    seeded_library,
    large_font,  # noqa: F811
):
    window = open_window(qtbot, seeded_library)
    viewer = window.viewer
    legend = viewer.findChild(QLabel, "legend")
    points = {
        name: QFontInfo(widget.font()).pointSizeF()
        for name, widget in (("text", viewer.text), ("title", viewer.title), ("legend", legend))
    }
    # As at the default 9 pt (14 px, 15 px, 11 px), scaled to 15 pt.
    assert points["text"] >= 17 and points["title"] >= 18 and 13 <= points["legend"] < 15, points
