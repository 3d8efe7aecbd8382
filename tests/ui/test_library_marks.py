"""What the library list says about each item and source: corroboration,
conflicts, missing metadata — driven through the real window on the seeds."""

from __future__ import annotations

import pytest

from app.core.store import SearchFilter
from tests.ui.helpers import open_window


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def all_shown(panel):
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    return [panel.model.item_at(r) for r in range(panel.model.rowCount())]


@pytest.mark.parametrize("tab, kind", [(0, "quote"), (1, "fact")])
def test_corroboration_filter_narrows_to_what_the_store_says(window, seeded_library, tab, kind):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(tab)
    combo = panel.corroboration_filter
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "Any corroboration",
        "Corroborated (2+ independent sources)",
        "Single source",
    ]
    every = {i.id for i in seeded_library.search(SearchFilter(kind=kind), limit=10_000)}
    counts = seeded_library.corroboration_counts(every)
    corroborated = {i for i in every if counts[i][1] >= 2}
    assert corroborated and corroborated != every  # the seeds have both

    shown = {}
    for index, value in enumerate((None, "corroborated", "single")):
        combo.setCurrentIndex(index)
        assert panel.current_filter().corroboration == value
        shown[value] = {i.id for i in all_shown(panel)}
        assert panel.count_label.text().startswith(f"{len(shown[value])} ")
    assert shown[None] == every
    assert shown["corroborated"] == corroborated
    assert shown["single"] == every - corroborated
    # Derived copies are no second witness: an item in 2 sources, 1 independent, is single.
    derived = [i for i in every if counts[i][0] >= 2 and counts[i][1] < 2]
    assert set(derived) <= shown["single"]
