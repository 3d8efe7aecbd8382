"""What the library list says about each item and source: corroboration,
conflicts, missing metadata — driven through the real window on the seeds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core.store import SearchFilter
from app.ui.item_model import ConflictRole
from app.ui.source_list import MissingRole
from tests.ui.helpers import open_window, row_of_text, select_library_row, wait_idle


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


def _source_named(library, prefix: str) -> int:
    return next(sid for sid, name, _, _ in library.sources() if name.startswith(prefix))


def _fact(library, source_prefix: str, words: str):
    source_id = _source_named(library, source_prefix)
    return next(i for i in library.items_of_source(source_id, "fact") if words in i.text)


def _mark_center(panel, row: int):
    option = QStyleOptionViewItem()
    option.rect = panel.items.visualRect(panel.model.index(row, 0))
    option.font = panel.items.font()
    mark = panel.model.index(row, 0).data(ConflictRole)
    return panel.cards._mark_rect(option, mark).center()


def _underline(viewer, item):
    """The underline style the viewer draws under an item's span."""
    for selection in viewer.text.extraSelections():
        cursor = selection.cursor
        if (cursor.selectionStart(), cursor.selectionEnd()) == (item.start, item.end):
            return selection.format.underlineStyle()
    raise AssertionError(f"item {item.id} is not highlighted")


def test_conflicting_fact_is_marked_in_the_list_and_the_viewer(window, qtbot, seeded_library):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(1)
    in_conflict = _fact(seeded_library, "004", "since 2014")
    assert in_conflict.id in seeded_library.unresolved_conflict_item_ids()
    (conflict_id,) = seeded_library.conflicts_of_items([in_conflict.id])[in_conflict.id]
    calm = next(
        i
        for i in seeded_library.items_of_source(in_conflict.source_id, "fact")
        if not seeded_library.conflicts_of_items([i.id])
    )

    row = row_of_text(panel, in_conflict.text)
    mark = panel.model.index(row, 0).data(ConflictRole)
    assert mark is not None and mark.unresolved and mark.conflict_id == conflict_id
    # The two 2017 claims come from two other sources.
    assert mark.text == "\u2260 conflicts with 2 sources (2017)"
    assert panel.model.index(row_of_text(panel, calm.text), 0).data(ConflictRole) is None

    select_library_row(panel, row)
    viewer = window.viewer
    assert viewer.source.id == in_conflict.source_id
    assert _underline(viewer, in_conflict) == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert _underline(viewer, calm) != QTextCharFormat.UnderlineStyle.WaveUnderline
    assert viewer.conflict_note.isVisible() and mark.text in viewer.conflict_note.text()

    # Clicking the mark opens the Conflicts view on that conflict.
    dock = window.corroboration_dock
    assert not dock.isVisible()
    qtbot.mouseClick(
        panel.items.viewport(), Qt.MouseButton.LeftButton, pos=_mark_center(panel, row)
    )
    qtbot.waitUntil(dock.isVisible)
    assert dock.tabs.currentWidget() is dock.conflicts_view
    assert dock.conflicts_view.current_conflict().id == conflict_id

    # Resolving it there turns the marks quiet, in the list and the viewer;
    # a fact stating the value rejected says so, as the memo does, the others
    # that it holds (a check mark on the rejected one read as confirmed).
    dock.conflicts_view.choice.setCurrentText("2017")
    qtbot.mouseClick(dock.conflicts_view.resolve_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert seeded_library.unresolved_conflict_item_ids() == set()
    mark = panel.model.index(row_of_text(panel, in_conflict.text), 0).data(ConflictRole)
    assert not mark.unresolved and mark.text == "\u2717 rejected value: you decided 2017"
    conflict = next(c for c in seeded_library.conflicts() if c.id == conflict_id)
    holds = next(i for i, v in zip(conflict.item_ids, conflict.values, strict=True) if v == "2017")
    mark = panel.model.index(row_of_text(panel, seeded_library.item(holds).text), 0).data(
        ConflictRole
    )
    assert not mark.unresolved and mark.text == "\u2713 conflict resolved: 2017"
    assert _underline(viewer, in_conflict) == QTextCharFormat.UnderlineStyle.DotLine


def test_show_conflict_action_follows_the_selected_item(window, qtbot, seeded_library):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(1)
    in_conflict = _fact(seeded_library, "004", "since 2014")
    select_library_row(panel, row_of_text(panel, in_conflict.text))
    with qtbot.waitSignal(panel.conflictRequested) as signal:
        panel.conflict_action.trigger()
    assert signal.args == seeded_library.conflicts_of_items([in_conflict.id])[in_conflict.id]
    window.viewer.conflict_note.linkActivated.emit(
        f"conflict:{signal.args[0]}"
    )  # the viewer's "Show conflict" link
    assert window.corroboration_dock.conflicts_view.current_conflict().id == signal.args[0]


def _entry(panel, source_id):
    for row in range(panel.sources.count()):
        if panel.sources.item(row).data(Qt.ItemDataRole.UserRole) == source_id:
            return panel.sources.item(row)
    raise AssertionError(f"source {source_id} not listed")


def test_sources_missing_metadata_are_marked_until_filled_in(window, qtbot, seeded_library):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(2)  # Sources
    source_id, _, meta, _ = seeded_library.sources()[2]
    assert not meta.date and not meta.outlet  # the seeds carry neither
    entry = _entry(panel, source_id)
    # A text file of the user's own: cited without a URL, none is asked for.
    assert entry.data(MissingRole) == ["date", "outlet"]
    assert "missing: date, outlet" in entry.text() and "URL" not in entry.text()
    panel.select_source(source_id)
    assert "missing: date, outlet" in window.viewer.meta.text()
    assert "URL" not in window.viewer.meta.text() + window.viewer.meta.toolTip()
    assert not entry.icon().isNull() and "Source Properties" in entry.toolTip()
    combo_row = panel.source_filter.findData(source_id)
    assert not panel.source_filter.itemIcon(combo_row).isNull()

    panel.select_source(source_id)
    dialog = window.sources.edit_current_source()
    dialog.form.edits["date"].setText("2024-11-20")
    dialog.form.edits["outlet"].setText("LAist")
    dialog.accept()
    wait_idle(qtbot, window)

    assert seeded_library.source(source_id).meta.date == "2024-11-20"
    entry = _entry(panel, source_id)
    assert entry.data(MissingRole) == []
    assert "missing" not in entry.text() and "LAist" in entry.text()
    assert entry.icon().isNull()
    assert panel.source_filter.itemIcon(panel.source_filter.findData(source_id)).isNull()
    assert "missing" not in window.viewer.meta.text()
    # The others are still marked.
    other = seeded_library.sources()[0][0]
    assert _entry(panel, other).data(MissingRole) == ["date", "outlet"]
