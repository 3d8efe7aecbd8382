"""The memo's header fields (To, From, Date, Subject), laid out in a grid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLineEdit

from app.ui.plain_text import PlainLabel

HEADER_FIELDS = (("to", "To"), ("from_", "From"), ("date", "Date"), ("subject", "Subject"))
_PLACES = {"to": (0, 0, 1), "from_": (0, 2, 1), "date": (1, 0, 3), "subject": (2, 0, 3)}
_HINTS = {"date": "e.g. 21 November 2024", "subject": "What the memo is about"}
# Room kept in any font size (the memo pane keeps it), where a narrow window
# or a large font left "25 N" of a date and "Cou" of a name: a whole date in
# the Date field (as wide as Subject, so it costs the pane nothing), ten
# letters in To and From. The padding is the sheet's and the frame's.
DATE_ROOM = "25 November 2024"
_NAME_LETTERS = 10
_PADDING = 20


def header_form(
    edited: Callable[[str, str], None], left: Callable[[str], None]
) -> tuple[QGridLayout, dict[str, QLineEdit]]:
    """The header's grid and its fields by name; `edited(name, text)` on
    each edit, `left(name)` when the typing in a field is done."""
    fields: dict[str, QLineEdit] = {}
    form = QGridLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(6)
    form.setVerticalSpacing(4)
    for name, label in HEADER_FIELDS:
        edit = QLineEdit()
        edit.setObjectName(f"header_{name.rstrip('_')}")
        edit.setPlaceholderText(_HINTS.get(name, ""))
        metrics = edit.fontMetrics()
        if name == "date":
            edit.setMinimumWidth(metrics.horizontalAdvance(DATE_ROOM) + _PADDING)
        elif name in ("to", "from_"):
            edit.setMinimumWidth(metrics.averageCharWidth() * _NAME_LETTERS + _PADDING)
        edit.textEdited.connect(lambda text, n=name: edited(n, text))
        edit.editingFinished.connect(lambda n=name: left(n))
        fields[name] = edit
        row, column, span = _PLACES[name]
        caption = PlainLabel(f"{label}:")
        caption.setObjectName("headerLabel")
        caption.setBuddy(edit)  # the field's name, for a screen reader
        form.addWidget(caption, row, column)
        form.addWidget(edit, row, column + 1, 1, span)
    form.setColumnStretch(1, 1)
    form.setColumnStretch(3, 1)
    return form, fields
