"""The Sources tab highlights the source the viewer shows after switching
tabs: it kept the source chosen there before, while the viewer showed the
article of a quote chosen in the Quotes tab since (invented words)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window, row_of_text, select_library_row

ARTICLES = {
    "Pier notes": '"The north landing opens before the first frost," said Ana Ruiz.',
    "Lamp notes": '"We keep the lamps lit all winter," said Tomas Vell.',
    "Ferry log": "The ferry left at noon with forty passengers aboard.",
}


def _opened(qtbot, tmp_path):
    """A library of ARTICLES (their quotes), and a window on it."""
    library = Library(tmp_path / "library.sqlite")
    ids = {}
    for title, text in ARTICLES.items():
        quote = [NewItem("quote", 1, text.index(",") - 1)] if text.startswith('"') else []
        ids[title] = library.add_source(text, SourceMeta(title=title), items=quote)
    return library, ids, open_window(qtbot, library)


def test_the_sources_tab_highlights_the_source_in_the_viewer(qtbot, tmp_path):
    library, ids, window = _opened(qtbot, tmp_path)
    panel, viewer = window.library_panel, window.viewer

    panel.tabs.setCurrentIndex(2)
    panel.select_source(ids["Pier notes"])
    assert viewer.source.id == ids["Pier notes"]

    panel.tabs.setCurrentIndex(0)
    select_library_row(panel, row_of_text(panel, "lamps lit"))
    assert viewer.source.id == ids["Lamp notes"]

    panel.tabs.setCurrentIndex(2)
    assert viewer.source.id == ids["Lamp notes"]
    assert panel.source_list.current_source_id() == ids["Lamp notes"]
    # The highlighted row is the current one: Delete Source or Properties act on what is shown.
    assert panel.chosen_source_id() == ids["Lamp notes"]
    window.close()
    library.close()


def test_a_source_deleted_since_leaves_no_source_highlighted(qtbot, tmp_path):
    library, ids, window = _opened(qtbot, tmp_path)
    panel, viewer = window.library_panel, window.viewer
    panel.tabs.setCurrentIndex(2)
    panel.select_source(ids["Pier notes"])
    panel.tabs.setCurrentIndex(0)
    select_library_row(panel, row_of_text(panel, "lamps lit"))
    with qtbot.waitSignal(window.live.changed, timeout=10_000):
        window.sources.delete_source(ids["Lamp notes"], ask=False)
    assert viewer.source is None  # "That source is no longer in the library"

    panel.tabs.setCurrentIndex(2)
    assert viewer.source is None
    assert panel.source_list.current_source_id() is None
    window.close()
    library.close()
