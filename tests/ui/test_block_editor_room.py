"""A block open for typing makes room for its editor: the next heading stays in sight."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.ui.helpers import open_window


def test_the_open_editor_pushes_the_next_heading_down_and_gives_the_room_back(
    qtbot, seeded_library
):
    window = open_window(qtbot, seeded_library)
    window.resize(1400, 900)
    editor, view = window.editor, window.editor.view
    view.setCurrentIndex(editor.model.section_index(0))
    editor.add_paragraph()  # opens the new paragraph for typing
    QApplication.processEvents()
    block_index = view.currentIndex()
    box = view.indexWidget(block_index)
    assert isinstance(box, QPlainTextEdit)
    qtbot.waitUntil(lambda: box.isVisible())
    QApplication.processEvents()
    below = view.indexBelow(block_index)  # the next section's heading
    assert below.isValid()
    # The editor is taller than the one-line card; it covered the heading.
    assert box.geometry().bottom() < view.visualRect(below).top(), (
        box.geometry(),
        view.visualRect(below),
    )
    # Ended, the card is its own height again.
    box.setPlainText("A line of my own.")
    view.closePersistentEditor(block_index)
    QApplication.processEvents()
    assert view.visualRect(block_index).height() < 90
