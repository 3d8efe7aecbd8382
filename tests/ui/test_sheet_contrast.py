"""Every text colour of the style sheet meets WCAG AA (4.5:1) on the
background it is drawn on: the rule's own background where it gives one,
else both light surfaces a label can sit on (the main window's, from the
sheet, and the palette's window colour, which docks and dialogs show).
A disabled control's text is exempt (WCAG 1.4.3: inactive components)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor

from app.ui.look import _LIGHT, _rules, sheet
from tests.ui.test_contrast import contrast

_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")


def declarations(body: str) -> dict[str, str]:
    return {key: value.strip() for key, value in _DECLARATION.findall(body)}


def main_window_background() -> str:
    for selectors, body in _rules(sheet()):
        if "QMainWindow" in selectors:
            return declarations(body)["background"]
    raise AssertionError("the sheet gives the main window no background")


def text_pairs() -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, contrast) for each text colour
    of the sheet on each background it may be drawn on."""
    surfaces = [main_window_background(), _LIGHT["Window"][0]]
    pairs = []
    for selectors, body in _rules(sheet()):
        said = declarations(body)
        where = ", ".join(selectors)
        if "selection-color" in said:
            ink, ground = said["selection-color"], said["selection-background-color"]
            pairs.append((where, ink, ground, contrast(QColor(ink), QColor(ground))))
        if "color" not in said or all(":disabled" in s for s in selectors):
            continue
        grounds = [said["background"]] if "background" in said else surfaces
        for ground in grounds:
            pairs.append(
                (where, said["color"], ground, contrast(QColor(said["color"]), QColor(ground)))
            )
    return pairs


def test_the_sheet_has_text_colours_to_check():
    checked = {where for where, *_ in text_pairs()}
    assert "QLabel#hintLabel" in checked and "QAbstractItemView" in checked


def test_every_text_colour_of_the_sheet_meets_wcag_aa():
    low = [
        f"{where}: {ink} on {ground} {ratio:.2f}:1"
        for where, ink, ground, ratio in text_pairs()
        if ratio < 4.5
    ]
    assert low == []
