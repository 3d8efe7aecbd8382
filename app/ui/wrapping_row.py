"""A row of widgets that wraps onto more rows where its width ends.

For the chips of the library's filters in force: in a one-row box layout
the row asks for the width of all its chips at once, and four filters
widened the library panel past half the window. Here the least width is
the widest widget's, and the height follows the width (`heightForWidth`).
The widgets are placed by hand, not by a QLayout subclass: one written in
Python keeps its items' wrappers, which outlive the window in a reference
cycle (tests/ui/test_qt_cycles.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class WrappingRow(QWidget):
    """Shows `widgets` (its children, see `set_widgets`) left to right,
    `spacing` pixels apart, a new row where the next does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_widgets(self, widgets: list[QWidget]) -> None:
        """Lay out these child widgets, in this order (hidden ones take no room)."""
        self._widgets = list(widgets)
        self.updateGeometry()
        self._place(self.width(), move=True)

    def widgets(self) -> list[QWidget]:
        """The widgets laid out, in their order."""
        return list(self._widgets)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:
        """All in one row."""
        hints = self._hints()
        width = sum(h.width() for h in hints) + self._spacing * max(len(hints) - 1, 0)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSizeHint(self) -> QSize:
        """As wide as the widest widget: the others wrap."""
        hints = self._hints()
        return QSize(max((h.width() for h in hints), default=0), self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place(self.width(), move=True)

    def _hints(self) -> list[QSize]:
        return [w.sizeHint() for w in self._widgets if not w.isHidden()]

    def _place(self, width: int, move: bool) -> int:
        """Place the widgets in `width` (when `move`); the height they take."""
        x = y = row_height = 0
        for widget in self._widgets:
            if widget.isHidden():
                continue
            hint = widget.sizeHint()
            if x > 0 and x + hint.width() > width:
                x, y, row_height = 0, y + row_height + self._spacing, 0
            if move:
                widget.setGeometry(x, y, hint.width(), hint.height())
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height
