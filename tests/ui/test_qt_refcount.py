"""Guard against the PySide6 6.12.0 bug that aborts Python 3.11 while painting.

That release takes a reference from `None` on every call of a C++ method that
returns nothing; after a few thousand repaints the interpreter dies with
"deallocating None". pyproject.toml keeps PySide6 below 6.12; this test fails
(or aborts) if a Qt with the bug is installed again.
"""

import sys

from PySide6.QtGui import QPainter, QPixmap


def test_void_qt_calls_do_not_drain_none(qapp):
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.save()
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 50, f"None lost {before - after} references in 4000 calls"
