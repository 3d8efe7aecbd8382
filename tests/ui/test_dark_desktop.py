"""On a dark desktop (its theme gives the application a dark palette) the
window keeps its light look whole: text in fields and in the source stays
dark on light, not the theme's white on the sheet's white."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.application import make_app
from app.ui.look import sheet
from tests.ui.helpers import open_window
from tests.ui.test_contrast import contrast, text_lines

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def dark_palette() -> QPalette:
    """What a dark system theme gives the application."""
    palette = QPalette()
    for role, colour in (
        (Role.Window, "#2d2d2d"),
        (Role.WindowText, "#eeeeee"),
        (Role.Base, "#1e1e1e"),
        (Role.AlternateBase, "#353535"),
        (Role.Text, "#eeeeee"),
        (Role.Button, "#3a3a3a"),
        (Role.ButtonText, "#eeeeee"),
        (Role.Highlight, "#3d7bd9"),
        (Role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_desktop(qapp):
    """The app started (make_app, the sheet on) on a dark desktop; the
    palette the tests share is given back afterwards."""
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    make_app()
    qapp.setStyleSheet(sheet())
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(before)


def best_ink(widget) -> float:
    """The best contrast of any line of text painted in `widget` against
    its background (0 where no text is seen)."""
    image = widget.grab().toImage()
    lines = text_lines(image, widget.rect().adjusted(4, 4, -4, -4), 0)
    return max((ratio for _, ratio in lines), default=0.0)


def test_text_in_fields_and_the_source_reads_on_a_dark_desktop(qtbot, seeded_library, dark_desktop):
    window = open_window(qtbot, seeded_library)
    window.resize(1400, 900)
    search = window.library_panel.search
    search.setText("defenses")
    to = window.findChild(QLineEdit, "header_to")
    to.setText("Council Member Oda")
    window.prepare_screenshot()
    qtbot.waitUntil(lambda: window.viewer.text.toPlainText() != "")
    checked = {
        "search": best_ink(search),
        "memo's To": best_ink(to),
        "source text": best_ink(window.viewer.text.viewport()),
    }
    assert {name: ratio >= 4.5 for name, ratio in checked.items()} == dict.fromkeys(
        checked, True
    ), checked


def test_no_colour_of_the_dark_theme_is_left_in_the_palette(dark_desktop):
    palette = QApplication.instance().palette()
    dark = dark_palette()
    dark.setColor(Role.Accent, QColor("#e06c00"))  # a theme's accent colour
    roles = [r for r in Role if r not in (Role.NoRole, Role.NColorRoles)]
    left = [
        f"{group.name} {role.name}"
        for role in roles
        for group in (Group.Active, Group.Inactive, Group.Disabled)
        if palette.color(group, role) == dark.color(group, role)
        and dark.color(group, role) != QPalette().color(group, role)
    ]
    assert left == []
    # Every role is set, so a theme changed while the app runs changes none.
    assert [r.name for r in roles if not palette.isBrushSet(Group.Active, r)] == []


def test_disabled_text_stays_readable_and_the_palette_light(dark_desktop):
    palette = QApplication.instance().palette()
    assert palette.color(Role.Window).lightness() > 200
    assert palette.color(Role.Base) == QColor("white")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        disabled = palette.color(Group.Disabled, role)
        assert contrast(disabled, palette.color(Group.Disabled, Role.Window)) >= 3.0


def test_the_team_library_dialogs_note_reads(qtbot, dark_desktop):
    from PySide6.QtWidgets import QLabel

    from app.ui.team_dialog import TeamLibraryDialog

    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.findChild(QLabel, "passwordNote")
    assert best_ink(note) >= 4.5
