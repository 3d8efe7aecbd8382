"""The Same Quote view follows a Delete Source and its undo: the group of
the quote chosen lost the deleted source's column at once, and when the
chosen quote's own source was deleted and the delete undone, the view
showed that quote's group again while the list and the viewer had nothing
chosen (the bundled sources)."""

from __future__ import annotations

from app.ui.cluster_view import NOTHING_CHOSEN
from tests.ui.test_same_quote_emptied import _group_shown


def _undo(qtbot, window) -> None:
    with qtbot.waitSignal(window.live.changed, timeout=20_000):
        window.live.undo_stack.undo()


def test_deleting_the_chosen_quotes_source_and_undoing_it(qtbot, seeded_library):
    window, panel, view = _group_shown(qtbot, seeded_library)
    item = panel.current_item()
    with qtbot.waitSignal(window.live.changed, timeout=20_000):
        window.sources.delete_source(item.source_id, ask=False)
    qtbot.waitUntil(lambda: window.viewer.chosen_item() is None)
    assert view.summary.text() == "That item is no longer in the library."
    assert view.chosen_id() is None and not view.columns

    _undo(qtbot, window)
    qtbot.wait(100)
    assert panel.current_item() is None
    assert view.summary.text() == NOTHING_CHOSEN
    assert not view.columns


def test_deleting_another_carrier_takes_its_column_away_and_back(qtbot, seeded_library):
    window, panel, view = _group_shown(qtbot, seeded_library)
    item = panel.current_item()
    before = _sources(view)
    other = next(sid for sid in before if sid != item.source_id)
    with qtbot.waitSignal(window.live.changed, timeout=20_000):
        window.sources.delete_source(other, ask=False)
    qtbot.waitUntil(lambda: other not in _sources(view), timeout=20_000)
    assert item.source_id in _sources(view)

    _undo(qtbot, window)
    qtbot.waitUntil(lambda: sorted(_sources(view)) == sorted(before), timeout=20_000)


def _sources(view) -> list[int]:
    return [member.source_id for member in view._members]
