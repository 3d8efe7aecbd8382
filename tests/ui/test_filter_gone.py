"""A filter whose value the library no longer has (its source deleted, its
speaker merged into another, its tag taken off the last item) is cleared
with the results it filtered: the chooser, the row naming the filters in
force and the list all show the same thing. The list showed every
speaker's quotes under a "Speaker: <merged one>" chip (whose quotes?), or
nothing under "Any tag"."""

from __future__ import annotations

import pytest

from app.core import library_edits as edits
from app.core.store import SearchFilter
from tests.ui.helpers import open_window, wait_idle


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def _shown(panel):
    return [panel.model.item_at(r) for r in range(panel.model.rowCount())]


def _chips(panel):
    return [c.text().split(":")[0] for c in panel.active_filters.chips]


def _consistent(panel, library):
    flt = panel.current_filter()
    assert panel.model.filter == flt
    items = _shown(panel)
    assert len(items) == library.count(flt)
    assert panel.count_label.text() == f"{len(items)} quotes"
    assert _chips(panel) == [what for what, _value, _combo in panel.filters.active()]


def test_a_merged_speakers_filter_is_cleared_with_its_chip(window, qtbot, seeded_library):
    panel = window.library_panel
    panel.read_choosers()
    (keep, _), (merged, _) = [(s, n) for s, n in seeded_library.speakers() if n > 0][:2]
    panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData(merged.id))
    assert _chips(panel) == ["Speaker"]
    window.live.edit(lambda lib: edits.merge_speakers(lib, keep.id, merged.id))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.speaker_filter.findData(merged.id) < 0)
    wait_idle(qtbot, window)
    assert panel.speaker_filter.currentIndex() == 0
    _consistent(panel, seeded_library)
    assert _chips(panel) == []


def test_a_filter_on_a_tag_no_item_has_any_more_is_cleared(window, qtbot, seeded_library):
    panel = window.library_panel
    (item, *_) = _shown(panel)
    seeded_library.set_item_tags(item.id, ["vesk"])
    panel.reload()
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("vesk"))
    assert [i.id for i in _shown(panel)] == [item.id]
    window.live.edit(lambda lib: edits.set_tags(lib, item.id, []))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.tag_filter.findData("vesk") < 0)
    wait_idle(qtbot, window)
    assert panel.tag_filter.currentIndex() == 0
    _consistent(panel, seeded_library)
    assert len(_shown(panel)) == seeded_library.count(SearchFilter(kind="quote"))
