"""Selected rows can be read: every list in the window, focused or not, meets
WCAG AA (4.5:1) between each line of text and the row's background, measured
on the pixels Qt paints."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView

from app.ui.look import sheet
from tests.ui.helpers import add_by_keyboard, open_window, press

CTRL = Qt.KeyboardModifier.ControlModifier


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_wcag():
    assert contrast(QColor("white"), QColor("black")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def text_lines(image, rect, skip_left: int) -> list[tuple[int, float]]:
    """Each line of text painted in `rect` as (its first pixel row, the best
    contrast of its ink against the row's background, the most common colour)."""
    pixels = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left() + skip_left, rect.right() + 1):
            pixels[image.pixel(x, y)] += 1
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    lines, current, best = [], None, 0.0
    for y in range(rect.top(), rect.bottom() + 1):
        row = [
            contrast(QColor.fromRgb(image.pixel(x, y)), background)
            for x in range(rect.left() + skip_left, rect.right() - 2)
        ]
        # Ink: pixels clearly apart from the background (borders are one
        # pixel high and run the whole width, so they are left out).
        ink = [c for c in row if c > 1.6]
        if ink and len(ink) < 0.9 * len(row):
            if current is None:
                current, best = y, 0.0
            best = max(best, max(ink))
        elif current is not None:
            lines.append((current, best))
            current = None
    if current is not None:
        lines.append((current, best))
    return lines


def check_selected_row(qtbot, view: QAbstractItemView, name: str, skip_left: int = 0) -> None:
    index = view.model().index(0, 0)
    assert index.isValid(), f"{name}: nothing to select"
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for focused in (True, False):
        if focused:
            view.setFocus()
            qtbot.waitUntil(view.hasFocus)
        else:
            view.window().statusBar().setFocus()  # anywhere else: the inactive look
            view.clearFocus()
        view.viewport().update()
        image = view.viewport().grab().toImage()
        rect = view.visualRect(index).intersected(view.viewport().rect())
        lines = text_lines(image, rect, skip_left)
        assert lines, f"{name}: no text seen in the selected row"
        for top, ratio in lines:
            state = "focused" if focused else "not focused"
            assert ratio >= 4.5, f"{name} ({state}), text line at y={top}: {ratio:.2f}:1"


@pytest.fixture
def styled(qapp):
    """The app's style sheet, as `make_app` sets it (taken off afterwards)."""
    qapp.setStyleSheet(sheet())
    yield
    qapp.setStyleSheet("")


def test_selected_rows_meet_wcag_aa_in_every_list(qtbot, seeded_library, styled):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    add_by_keyboard(window, qtbot, "hardening our defenses")
    checked = []
    for tab, view, name in (
        (0, panel.items, "Quotes"),
        (1, panel.items, "Facts"),
        (2, panel.sources, "Sources"),
        (3, window.library_panel.speakers.list, "Speakers"),
    ):
        panel.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda v=view: v.isVisible() and v.model().rowCount() > 0)
        # The Sources list shows a warning icon before a source lacking details.
        check_selected_row(qtbot, view, name, skip_left=28 if name == "Sources" else 0)
        checked.append(name)
    window.editor.view.setFocus()
    check_selected_row(qtbot, window.editor.view, "Memo")
    checked.append("Memo")
    press(qtbot, Qt.Key.Key_F8)  # the Conflicts tab of the Sources Agree / Disagree panel
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    conflicts = dock.conflicts_view.list
    qtbot.waitUntil(lambda: conflicts.count() > 0)
    check_selected_row(qtbot, conflicts, "Conflicts")
    checked.append("Conflicts")
    assert checked == ["Quotes", "Facts", "Sources", "Speakers", "Memo", "Conflicts"]
