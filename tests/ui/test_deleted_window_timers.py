"""A window deleted at once, before the timers it started fire.

Under load, File > New Library closed and deleted the old window before the
zero-delay timer of its first frame fired; the timer then emitted a signal of
a deleted window ("Signal source has been deleted", an error in Qt's event
loop). A timer a window or a live library starts now has it as its context
and dies with it.
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from shiboken6 import delete

from app.core.store import Library
from app.ui.main_window import MainWindow


def test_a_window_deleted_right_after_its_first_frame_raises_nothing(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    window = MainWindow(library)
    window.files.maybe_save = lambda: True
    window.show()
    qtbot.waitExposed(window)
    window._painted = False
    window.paintEvent(QPaintEvent(window.rect()))  # a first frame: its timer started
    assert window._painted
    window.sources.may_close = lambda: True
    delete(window)  # gone before the event loop runs the timer
    qtbot.wait(200)  # an error in the event loop here fails the test
    library.close()
