"""How the source viewer marks an item: its colours and underlines, chosen or
not, in a conflict or not."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.ui.conflict_marks import ConflictMark
from app.ui.plain_text import plain_tip

QUOTE_COLOR = QColor("#fff1b8")
# Facts cover most sentences of a news article: a faint line under them, not
# a colour over the whole page, so quotes and the chosen item stand out.
FACT_LINE = QColor("#9fc0e6")
CURRENT_COLOR = QColor("#ffc857")
CONFLICT_LINE = QColor("#c0392b")
RESOLVED_LINE = QColor("#9a9a9a")
# The note naming the item's conflict: the lines' colours as text, the grey
# darkened to 4.5:1 (WCAG AA) on the window (the line's grey was 2.5:1).
CONFLICT_TEXT = CONFLICT_LINE
RESOLVED_TEXT = QColor("#6b6b6b")


def item_format(kind: str, chosen: bool, mark: ConflictMark | None):
    """How an item of `kind` looks: chosen or not, in a conflict or not."""
    # Loaded at first use: PySide builds the (large) text-format enums on import.
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    if chosen:
        fmt.setBackground(CURRENT_COLOR)
    elif kind == "quote":
        fmt.setBackground(QUOTE_COLOR)
    if kind == "fact":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(FACT_LINE)
    if mark is not None:
        # Spell-check style: a wavy red line reads as "something is wrong here".
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if mark.unresolved
            else QTextCharFormat.UnderlineStyle.DotLine
        )
        fmt.setUnderlineColor(CONFLICT_LINE if mark.unresolved else RESOLVED_LINE)
        fmt.setToolTip(plain_tip(mark.tooltip))
    return fmt
