"""The source viewer's line over a library list left empty says so in terms
that hold for a filter too: it said "the search matches nothing" with no
search typed, where a speaker filter carried to the Facts tab emptied it."""

from __future__ import annotations

from tests.ui.helpers import open_window
from tests.ui.test_viewer_follows_search import search, two_sources  # noqa: F401


def test_a_filter_that_empties_the_list_is_not_called_a_search(qtbot, two_sources):  # noqa: F811
    library, _ids = two_sources
    window = open_window(qtbot, library)
    panel, viewer = window.library_panel, window.viewer
    panel.tabs.setCurrentIndex(0)
    panel.items.selectRow(0)
    assert viewer.source is not None
    panel.speaker_filter.setCurrentIndex(1)  # one of the two speakers
    qtbot.waitUntil(lambda: not panel.model.searching)
    panel.tabs.setCurrentIndex(1)  # Facts: none by that speaker
    qtbot.waitUntil(lambda: viewer.source is None)
    assert not panel.search.text()
    assert viewer.title.text() == "No quote or fact selected"
    assert "search" not in viewer.meta.text()
    assert viewer.meta.text() == "None was found: nothing in the library's list matches."
    # With a search typed, the line is the same: it holds for both.
    search(qtbot, window, "zeppelin")
    assert viewer.meta.text() == "None was found: nothing in the library's list matches."


def test_a_search_of_the_sources_tab_leaves_no_article_it_hides_shown(qtbot, two_sources):  # noqa: F811
    # The Sources tab's search hid the article shown, which stayed in the
    # viewer as if it were what was found.
    library, (levy, ferry) = two_sources
    window = open_window(qtbot, library)
    panel, viewer = window.library_panel, window.viewer
    window.show_new_source(levy)  # the Sources tab, the levy article shown
    assert viewer.source.id == levy
    search(qtbot, window, "ferry")
    assert viewer.source.id == ferry  # the one source shown: its article
    assert panel.source_list.current_source_id() is None  # chosen for no command
    search(qtbot, window, "zeppelin")
    assert viewer.source is None
    assert viewer.title.text() == "No source selected"
    assert viewer.meta.text() == "None was found: nothing in the library's list matches."
    search(qtbot, window, "")
    assert viewer.source.id == levy
    # A search the shown article still meets leaves it shown.
    panel.select_source(ferry)
    search(qtbot, window, "Ferry")
    assert viewer.source.id == ferry
