"""Enter (or a double-click) on a source in the Sources tab shows its
quotes. The search box is one for every tab: the words that found the source
(its outlet, its author, its date) were kept and searched in its quotes,
showing few or none of them."""

from __future__ import annotations

from app.core.store import SearchFilter
from tests.ui.helpers import open_window


def test_a_sources_quotes_are_all_shown_whatever_found_the_source(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    source_id = next(
        sid
        for sid, _, _, _ in seeded_library.sources()
        if seeded_library.count(SearchFilter(kind="quote", source_id=sid)) > 1
    )
    file_name = seeded_library.source(source_id).file_name
    panel.tabs.setCurrentIndex(2)  # Sources
    panel.search.setText(file_name)  # found by its file name, which no quote holds
    panel.apply_filter()
    assert panel.source_list.counts()[0] == 1
    panel.source_list.quotesRequested.emit(source_id)
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 0)
    qtbot.waitUntil(lambda: not panel.model.searching)
    expected = seeded_library.count(SearchFilter(kind="quote", source_id=source_id))
    assert panel.model.rowCount() == expected
    assert panel.search.text() == ""
    assert [c.text().split(":")[0] for c in panel.active_filters.chips] == ["Source"]
