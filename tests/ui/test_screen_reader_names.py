"""A screen reader can say what each control of the main window is: every
widget the keyboard can reach (on each library tab, in the memo, in the
Sources Agree / Disagree panel) and each memo toolbar button has a name with
words in it, and a chooser's name says what it chooses, not only its value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QWidget

from tests.ui.helpers import open_window


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for `widget` (Qt's accessible
    name: its own, a buddy label's, its text)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()


def chooser_label(combo: QComboBox) -> str:
    """What says which thing a combo box chooses: on Linux Qt gives its
    value as its name and its label as a relation (a buddy QLabel); elsewhere
    its accessible name is spoken."""
    face = QAccessible.queryAccessibleInterface(combo)
    labels = face.relations(QAccessible.RelationFlag.Label)
    return (
        " ".join(other.text(QAccessible.Text.Name) for other, _ in labels) or combo.accessibleName()
    )


def unnamed(top: QWidget, extra: list[QWidget] = (), shown_only: bool = False) -> list[str]:
    """The widgets of `top` the keyboard reaches (and `extra`) with no name
    to speak; `shown_only`: those a user can see (a dialog's hidden parts)."""
    found = []
    focusable = [
        w
        for w in top.findChildren(QWidget)
        # A combo box's pop-up list is a window of its own, named by the combo.
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.window() is top
        # The line edit in an editable combo or a spin box hands its focus to
        # that box, which is what the screen reader names.
        and w.focusProxy() is None
        and (w.isVisibleTo(top) or not shown_only)
    ]
    for widget in focusable + list(extra):
        combo = isinstance(widget, QComboBox)
        name = chooser_label(widget) if combo else spoken_name(widget)
        if not any(c.isalpha() for c in name):
            what = f"{type(widget).__name__} {widget.objectName()!r}"
            found.append(
                f"{what}: {name!r}" + (f", value {widget.currentText()!r}" if combo else "")
            )
    return found


def toolbar_buttons(window) -> list[QWidget]:
    toolbar = window.editor.toolbar
    return [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]


def test_every_control_of_the_window_has_a_name_to_speak(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    for tab in range(panel.tabs.count()):  # the Sources and Speakers views are made when shown
        panel.tabs.setCurrentIndex(tab)
    window.toggle_corroboration(True)
    qtbot.waitUntil(window.corroboration_dock.isVisible)
    assert unnamed(window, toolbar_buttons(window)) == []


def test_the_memo_headers_fields_are_named_by_their_labels(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    names = {name: spoken_name(edit).rstrip(":") for name, edit in window.editor.fields.items()}
    assert names == {"to": "To", "from_": "From", "date": "Date", "subject": "Subject"}
