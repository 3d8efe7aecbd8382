"""The app's look (style.qss), given to the first frame without a global sheet.

A style sheet set on the application makes Qt style every widget through its
style-sheet style while the window is built: about 25 ms of CPU before the
first frame, whatever the sheet holds (a one-rule sheet costs the same;
bench/bench_startup.py). So the first frame gets the sheet only on the
widgets it shows that a rule is about (and so their children), and the main
window's background painted by a filter; just after the first frame the sheet
goes on the application, as it always was, for everything shown later (other
tabs, dialogs, menus), and the stand-ins are taken off. The pixels are the
same either way (tests/ui/test_look.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPainter, QPalette

from app.ui.item_delegate import fill

SHEET_FILE = Path(__file__).with_name("style.qss")

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_BACKGROUND = re.compile(r"background:\s*(#[0-9a-fA-F]{6})")
_STAND_INS = "_first_frame_look"  # the window's attribute: what to take off


# Qt's light Fusion palette (what a light desktop gives): role -> (normal,
# disabled). Disabled text is #808080, not Fusion's #bebebe (1.5:1 on the
# window's grey, unreadable): 3.4:1, still plainly dimmer than black.
_LIGHT = {
    "WindowText": ("#000000", "#808080"),
    "Button": ("#efefef", "#efefef"),
    "Light": ("#ffffff", "#ffffff"),
    "Midlight": ("#cacaca", "#cacaca"),
    "Dark": ("#9f9f9f", "#bebebe"),
    "Mid": ("#b8b8b8", "#b8b8b8"),
    "Text": ("#000000", "#808080"),
    "BrightText": ("#ffffff", "#ffffff"),
    "ButtonText": ("#000000", "#808080"),
    "Base": ("#ffffff", "#efefef"),
    "Window": ("#efefef", "#efefef"),
    "Shadow": ("#767676", "#b1b1b1"),
    "Highlight": ("#308cc6", "#919191"),
    "HighlightedText": ("#ffffff", "#ffffff"),
    "Link": ("#0000ff", "#0000ff"),
    "LinkVisited": ("#ff00ff", "#ff00ff"),
    "AlternateBase": ("#f7f7f7", "#f7f7f7"),
    "ToolTipBase": ("#ffffdc", "#ffffdc"),
    "ToolTipText": ("#000000", "#000000"),
    "PlaceholderText": ("#80000000", "#80000000"),
    "Accent": ("#308cc6", "#919191"),
}


def light_palette() -> QPalette:
    """The palette the app's look is drawn for, whatever the desktop's."""
    palette = QPalette()
    groups = QPalette.ColorGroup
    for role, (normal, disabled) in _LIGHT.items():
        which = QPalette.ColorRole[role]
        palette.setColor(groups.Active, which, QColor(normal))
        palette.setColor(groups.Inactive, which, QColor(normal))
        palette.setColor(groups.Disabled, which, QColor(disabled))
    return palette


def keep_light(app: QtWidgets.QApplication) -> None:
    """The app light whole on a dark desktop too. Its sheet and the cards,
    highlights and notices it paints have light colours of their own, chosen
    for contrast (tests/ui/test_contrast.py); what they leave to the palette
    (text in fields, the source's text, buttons, dialogs) took a dark theme's
    white text onto the sheet's white. One light palette on the application,
    set before any widget, keeps every colour the look was made with (a
    change of desktop theme later does not undo it: every role is set)."""
    app.setPalette(light_palette())


def scale_font(widget: QtWidgets.QWidget, factor: float) -> None:
    """The widget's font at `factor` times the application's font for it, so
    that it follows the desktop's font size (the sheet's sizes would stay
    fixed), also when that is changed while the app runs."""
    _set_scaled(widget, factor)
    _FollowsFont(widget, factor)


def _set_scaled(widget: QtWidgets.QWidget, factor: float) -> None:
    font = QFont(QtWidgets.QApplication.font(widget))
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:  # a font given in pixels
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    widget.setFont(font)


class _FollowsFont(QObject):
    """Sizes its widget's font again when the application's font changes (a
    widget's own font is not the inherited one: a change leaves it as it is)."""

    def __init__(self, widget: QtWidgets.QWidget, factor: float):
        super().__init__(widget)
        self._factor = factor
        QtWidgets.QApplication.instance().fontChanged.connect(self._follow)

    def _follow(self, _font: QFont) -> None:
        _set_scaled(self.parent(), self._factor)


def sheet() -> str:
    """The app's style sheet."""
    return SHEET_FILE.read_text(encoding="utf-8")


def style_application(app: QtWidgets.QApplication) -> None:
    """The whole sheet on the application (setting it again is a no-op)."""
    text = sheet()
    if app.styleSheet() != text:
        app.setStyleSheet(text)


def _rules(text: str) -> list[tuple[list[str], str]]:
    """Each rule as (its selectors, its declarations)."""
    rules = []
    for block in _COMMENT.sub("", text).split("}"):
        if "{" in block:
            selectors, body = block.split("{", 1)
            rules.append(([s.strip() for s in selectors.split(",")], body))
    return rules


def _subject(selector: str) -> tuple[str, str]:
    """The class and object name of a selector's first widget: the rule is
    about that widget or about widgets in it."""
    first = selector.split()[0].split(":")[0]
    cls, _, name = first.partition("#")
    return cls, name


class _Background(QObject):
    """Paints the main window's own background as the sheet's rule does: a
    palette would pass the colour on to every widget in it (the menu bar,
    tabs and boxes draw with the window colour) and cost each of them a
    palette change; painting it touches nothing else."""

    def __init__(self, window: QtWidgets.QMainWindow, colour: QColor):
        super().__init__(window)
        self.colour = colour
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            fill(QPainter(watched), event.rect(), self.colour)
        return False


def style_first_frame(window: QtWidgets.QMainWindow) -> None:
    """Give `window`'s first frame the sheet's look with no sheet on the
    application: each widget it will show that a rule is about gets those
    rules (which reach the widgets in it, as the application's sheet does);
    the main window's own background is painted (a sheet on the main window
    would reach every widget in it, the very cost saved). `finish_look`
    ends it."""
    subjects = _subjects(sheet())
    background = None
    for rule in subjects.pop(("QMainWindow", ""), []):
        background = _BACKGROUND.search(rule) or background
    styled = first_frame_rules(window, subjects, widgets_python_holds(window))
    for widget, rules in styled:
        widget.setStyleSheet("\n".join(rules))
    painter = _Background(window, QColor(background.group(1))) if background else None
    setattr(window, _STAND_INS, ([widget for widget, _ in styled], painter))


def _subjects(text: str) -> dict[tuple[str, str], list[str]]:
    """{(class, object name): the rules about it}, in the sheet's order."""
    subjects: dict[tuple[str, str], list[str]] = {}
    for selectors, body in _rules(text):
        for selector in selectors:
            subjects.setdefault(_subject(selector), []).append(f"{selector} {{{body}}}")
    return subjects


def widgets_python_holds(window: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """The widgets in `window` that Python made (or has seen): those the
    first frame shows that a rule is about (tests/ui/test_look.py checks
    that a search of the whole window finds no other). Not `findChildren`,
    which hands Python every object in the window, the hundred Qt made
    itself too: 4 ms before the first frame."""
    import shiboken6

    return [
        held
        for held in shiboken6.getAllValidWrappers()
        if isinstance(held, QtWidgets.QWidget) and window.isAncestorOf(held) and held is not window
    ]


def first_frame_rules(
    window: QtWidgets.QWidget,
    subjects: dict[tuple[str, str], list[str]],
    candidates: list[QtWidgets.QWidget],
) -> list[tuple[QtWidgets.QWidget, list[str]]]:
    """Each of `candidates` the window will show that a rule is about, with
    those rules in the sheet's order."""
    rules: dict[int, list[str]] = {}
    widgets: dict[int, QtWidgets.QWidget] = {}
    for (cls, name), own in subjects.items():
        # A class PySide has not made yet has no instance in Python: asking
        # would make it (QListWidget's, with its enums: 1 ms) for nothing.
        kind = vars(QtWidgets).get(cls)
        if kind is None:
            continue
        for widget in candidates:
            if (
                isinstance(widget, kind)
                and (not name or widget.objectName() == name)
                and widget.isVisibleTo(window)
            ):
                widgets[id(widget)] = widget
                rules.setdefault(id(widget), []).extend(own)
    return [(widget, rules[key]) for key, widget in widgets.items()]


def finish_look(window: QtWidgets.QMainWindow) -> None:
    """The first frame's stand-ins in `window` taken off and the sheet put on
    the application (once the first frame is drawn; again: nothing more)."""
    stand_ins = getattr(window, _STAND_INS, None)
    if stand_ins is not None:
        setattr(window, _STAND_INS, None)
        styled, painter = stand_ins
        if painter is not None:  # the sheet's rule paints the background from now on
            window.removeEventFilter(painter)
            painter.deleteLater()
        for widget in styled:
            widget.setStyleSheet("")
    style_application(QtWidgets.QApplication.instance())
