"""The first frame looks as the window always looked, without the style
sheet on the whole application (which costs every widget time while the
window is built): same pixels before and after the sheet goes on."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.ui.look import finish_look, style_application, style_first_frame
from app.ui.main_window import MainWindow


def frames(qtbot, library, first_frame_look: bool) -> list[QImage]:
    """The window as drawn at first, then on each library tab and the
    memo's Preview, after the look is finished."""
    app = QApplication.instance()
    flash = app.cursorFlashTime()
    app.setCursorFlashTime(0)  # the search box's caret stays on: same pixels each grab
    if not first_frame_look:
        style_application(app)  # the way the app started before
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.interactive = False
    window.resize(1400, 900)
    if first_frame_look:
        style_first_frame(window)
    window.show()
    qtbot.waitUntil(lambda: window.library_panel.choosers_read)
    window.prepare_screenshot()
    qtbot.wait(50)
    shots = [window.grab().toImage()]
    if first_frame_look:
        assert app.styleSheet() == ""  # the first frame paid for no global sheet
    finish_look(window)
    assert app.styleSheet() != ""
    for tab in range(4):
        window.library_panel.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        shots.append(window.grab().toImage())
    window.brief_tabs.setCurrentIndex(1)
    qtbot.wait(50)
    shots.append(window.grab().toImage())
    window.files.maybe_save = lambda: True
    window.close()
    app.setStyleSheet("")
    app.setCursorFlashTime(flash)
    return shots


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixel(x, y) != b.pixel(x, y) for y in range(0, a.height(), 2) for x in range(a.width())
    )


def test_the_first_frame_looks_as_with_the_applications_style_sheet(qtbot, seeded_library):
    sheet_first = frames(qtbot, seeded_library, first_frame_look=False)
    sheet_after = frames(qtbot, seeded_library, first_frame_look=True)
    names = ["first frame", "Quotes", "Facts", "Sources", "Speakers", "Preview"]
    differ = {
        name: differing_pixels(a, b)
        for name, a, b in zip(names, sheet_first, sheet_after, strict=True)
    }
    assert differ == dict.fromkeys(names, 0)
    # The look is the sheet's: the main window's background.
    first = sheet_after[0]
    assert first.pixelColor(first.width() - 2, first.height() // 2).name() == "#f6f6f4"


def test_finishing_the_look_twice_changes_nothing(qtbot, seeded_library):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    style_first_frame(window)
    window.show()
    finish_look(window)
    sheet = QApplication.instance().styleSheet()
    finish_look(window)
    assert QApplication.instance().styleSheet() == sheet
    assert window.library_panel.search.styleSheet() == ""  # its stand-in is off


def test_the_first_frame_look_reaches_every_widget_a_search_of_the_window_finds(
    qtbot, seeded_library
):
    from PySide6.QtWidgets import QWidget

    from app.ui.look import _subjects, first_frame_rules, sheet, widgets_python_holds

    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    subjects = _subjects(sheet())
    held = first_frame_rules(window, subjects, widgets_python_holds(window))
    # Every widget in the window, those Qt made itself too.
    searched = first_frame_rules(window, subjects, window.findChildren(QWidget))
    assert {id(w): rules for w, rules in held} == {id(w): rules for w, rules in searched}
    assert len(held) > 10
