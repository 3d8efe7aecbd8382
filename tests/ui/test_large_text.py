"""A large system font (15 pt) clips nothing that must be read whole, at the
window's default size and at its smallest: the library's tabs, the memo
toolbar's buttons (those that do not fit are behind a chevron that shows),
and the memo header's fields keep room for a whole date and a short name."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton

from app.ui.look import sheet
from tests.ui.helpers import open_window


@pytest.fixture
def large_font(qapp):
    """The system font at 15 pt, the app's sheet on (both given back after)."""
    before = qapp.font()
    font = qapp.font()
    font.setPointSize(15)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet())
    yield
    qapp.setStyleSheet("")
    qapp.setFont(before)


def ink(widget) -> int:
    """Pixels of `widget` apart from its background (its most common colour)."""
    image = widget.grab().toImage()
    pixels = [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]
    background = QColor.fromRgb(max(set(pixels), key=pixels.count))
    return sum(abs(QColor.fromRgb(p).lightness() - background.lightness()) > 60 for p in pixels)


def clipped(window) -> list[str]:
    """What the window at its present size shows cut or not at all."""
    found = []
    tabs = window.library_panel.tabs
    for i in range(tabs.count()):
        if not tabs.rect().contains(tabs.tabRect(i)):
            found.append(f"tab {tabs.tabText(i)}")
    toolbar = window.editor.toolbar
    chevron = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    hidden = [
        a.text()
        for a in toolbar.actions()
        if not a.isSeparator() and not toolbar.widgetForAction(a).isVisible()
    ]
    if hidden and not (chevron.isVisible() and ink(chevron) >= 6):
        found.append(f"toolbar buttons out of reach: {hidden}")
    date = window.editor.fields["date"]
    if date.width() < date.fontMetrics().horizontalAdvance("25 November 2024") + 16:
        found.append(f"date field {date.width()} px")
    for name in ("to", "from_"):
        field = window.editor.fields[name]
        if field.width() < field.fontMetrics().horizontalAdvance("Policy staff"):
            found.append(f"{name} field {field.width()} px")
    return found


def test_a_large_font_clips_nothing_at_the_default_and_smallest_sizes(
    qtbot, seeded_library, large_font
):
    window = open_window(qtbot, seeded_library)
    window.resize(1400, 900)
    qtbot.wait(50)
    default = clipped(window)
    window.resize(window.minimumSizeHint())
    qtbot.waitUntil(lambda: window.size() == window.minimumSizeHint())
    qtbot.wait(50)
    assert {"default": default, "smallest": clipped(window)} == {"default": [], "smallest": []}
