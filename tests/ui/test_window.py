"""The first window, driven as a user drives it (pytest-qt, offscreen)."""

import pytest
from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, seeded_library):
    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # The choosers and the Sources list are read by themselves after the first frame.
    qtbot.waitUntil(lambda: win.library_panel.choosers_read)
    return win


def visible_texts(panel):
    model = panel.items.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_window_shows_the_library(window):
    assert window.windowTitle().startswith("Briefing Builder")
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[:2] == ["File", "Edit"] and "View" in menus and menus[-1] == "Help"
    panel = window.library_panel
    sources = [panel.sources.item(r).text() for r in range(panel.sources.count())]
    assert len(sources) >= 5
    assert any("sanctuary city" in s for s in sources)
    assert len(visible_texts(panel)) >= 25


def test_typing_in_the_search_box_filters_the_list(window, qtbot):
    panel = window.library_panel
    before = len(visible_texts(panel))
    qtbot.keyClicks(panel.search, "hardening")
    qtbot.waitUntil(lambda: len(visible_texts(panel)) < before, timeout=3000)
    texts = visible_texts(panel)
    assert texts and all("hardening" in t.lower() for t in texts)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(visible_texts(panel)) == before, timeout=3000)


def test_choosing_a_quote_moves_the_viewer(window, qtbot, seeded_library):
    window.resize(1000, 420)  # small enough that the article does not fit
    panel = window.library_panel
    qtbot.keyClicks(panel.search, "assistance from New York")
    qtbot.waitUntil(lambda: 0 < len(visible_texts(panel)) <= 3, timeout=3000)
    last_row = len(visible_texts(panel)) - 1
    rect = panel.items.visualRect(panel.items.model().index(last_row, 0))
    qtbot.mouseClick(panel.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = panel.current_item()
    assert chosen is not None and "assistance from New York" in chosen.text
    source = seeded_library.source(chosen.source_id)
    viewer = window.viewer
    assert viewer.source.id == chosen.source_id
    assert viewer.text.toPlainText() == source.text
    # The view scrolled down to the quote, which sits late in its article.
    assert viewer.text.verticalScrollBar().value() > 0
    assert viewer.text.textCursor().position() == chosen.start
    top, bottom = viewer.visible_range()
    assert top <= chosen.start <= bottom
    highlighted = [s.cursor.selectedText() for s in viewer.text.extraSelections()]
    assert chosen.text.replace("\n", "\u2029") in highlighted
