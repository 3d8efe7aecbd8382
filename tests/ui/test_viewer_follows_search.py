"""After a new search the viewer shows no article that none of the results come from."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window

LEVY = "\u201cThe levy will pass in spring,\u201d said Dana Velmar. The board met late."
FERRY = "\u201cThe ferry runs again in June,\u201d said Osk Quillon. The pier was mended."


@pytest.fixture
def two_sources(tmp_path):
    from app.ui.main_window import MainWindow

    library = Library(tmp_path / "lib.sqlite")
    ids = []
    for title, text, speaker in (("Levy", LEVY, "Dana Velmar"), ("Ferry", FERRY, "Osk Quillon")):
        quote = NewItem("quote", 1, text.index(",\u201d"), speaker=speaker)
        ids.append(library.add_source(text, SourceMeta(title=title), items=[quote]))
    yield library, ids
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.library is library:
            widget.files.maybe_save = lambda: True
            widget.close()
    library.close()


def search(qtbot, window, text: str) -> None:
    panel = window.library_panel
    panel.search.setText(text)
    panel.apply_filter()
    qtbot.waitUntil(lambda: not panel.model.searching)


def test_the_viewer_follows_a_new_search_and_keeps_what_is_still_found(qtbot, two_sources):
    library, (levy, ferry) = two_sources
    window = open_window(qtbot, library)
    panel, viewer = window.library_panel, window.viewer
    window.show_new_source(levy)  # as after an import: the article, no item chosen
    panel.tabs.setCurrentIndex(0)
    search(qtbot, window, "ferry")
    # None of the results comes from the levy article: the first one's is shown.
    assert viewer.source.id == ferry
    assert panel.current_item() is None  # nothing chosen for the user
    # The item chosen is kept, still selected, while a search still finds it.
    panel.items.selectRow(0)
    assert viewer.source.id == ferry and panel.current_item().source_id == ferry
    search(qtbot, window, "june")
    assert viewer.source.id == ferry
    assert panel.current_item() is not None and panel.current_item().source_id == ferry
    # Nothing found: no article stays shown as if it were a result.
    search(qtbot, window, "zeppelin")
    assert viewer.source is None
    assert viewer.title.text() == "No quote or fact selected"
    # Found again: the first result's article.
    search(qtbot, window, "levy")
    assert viewer.source.id == levy
