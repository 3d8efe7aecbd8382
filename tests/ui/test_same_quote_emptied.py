"""The Same Quote view follows what the library's list has chosen: when a
search or filter leaves nothing chosen (the list empty, or the chosen quote
not among the results) it says nothing is chosen. It kept showing the last
quote's group under a list that no longer held it."""

from __future__ import annotations

from app.ui.cluster_view import NOTHING_CHOSEN
from tests.ui.helpers import open_window, row_of_text, select_library_row

WORDS = "hardening our defenses"  # a quote three of the bundled sources carry


def _group_shown(qtbot, seeded_library):
    """The window, its library panel and Same Quote view, showing WORDS' group."""
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    window.toggle_corroboration(True)
    select_library_row(panel, row_of_text(panel, WORDS))
    view = window.corroboration_dock.cluster_view
    qtbot.waitUntil(lambda: len(view.columns) >= 2)
    assert "carried by" in view.summary.text()
    return window, panel, view


def test_a_search_that_empties_the_list_clears_the_same_quote_view(qtbot, seeded_library):
    window, panel, view = _group_shown(qtbot, seeded_library)

    qtbot.keyClicks(panel.search, "velmarzz")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 quotes")
    qtbot.waitUntil(lambda: not view.columns)
    assert view.summary.text() == NOTHING_CHOSEN
    assert view.chosen_id() is None  # the item commands have nothing to act on

    panel.clear_action.trigger()  # the quote back in the list, chosen again
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    select_library_row(panel, row_of_text(panel, WORDS))
    qtbot.waitUntil(lambda: len(view.columns) >= 2)


def test_the_panel_opened_with_nothing_chosen_shows_no_group(qtbot, seeded_library):
    window, panel, view = _group_shown(qtbot, seeded_library)
    window.toggle_corroboration(False)
    qtbot.keyClicks(panel.search, "velmarzz")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 quotes")
    window.toggle_corroboration(True)
    qtbot.waitUntil(lambda: not view.columns)
    assert view.summary.text() == NOTHING_CHOSEN
