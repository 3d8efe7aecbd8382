"""A search or filter that matches nothing says so in the empty list, with the keys that clear it;
one match is counted as one ("1 quote", not "1 quotes")."""

from __future__ import annotations

import os

from app.ui.empty_results import nothing_found
from tests.ui.helpers import open_window


def test_the_note_names_the_search_the_filters_and_the_keys():
    assert nothing_found("", "Quotes", [], "Ctrl+Shift+F") == ""
    assert nothing_found("quillon", "Quotes", [], "Ctrl+Shift+F") == (
        "Nothing matches \u201cquillon\u201d in Quotes. Escape in the search box clears"
        " the search; Ctrl+Shift+F clears search and filters."
    )
    assert nothing_found("", "Facts", ["Source", "Tag"], "Ctrl+Shift+F") == (
        "Nothing matches the Source and Tag filters in Facts. Ctrl+Shift+F clears search"
        " and filters."
    )


def test_the_sources_and_speakers_tabs_say_what_their_search_looks_in():
    # The Quotes tab lists quotes with both words; Sources searched its
    # sources' details only, and said nothing matched as if no source said it.
    assert nothing_found("levy vote", "Sources", [], "Ctrl+Shift+F") == (
        "Nothing matches \u201clevy vote\u201d in Sources (a search there looks in their"
        " titles, outlets, authors, dates and file names, not in the sources' words)."
        " Escape in the search box clears the search; Ctrl+Shift+F clears search and"
        " filters."
    )
    assert "(a search there looks in their names, not in the sources' words)" in (
        nothing_found("levy vote", "Speakers", [], "Ctrl+Shift+F")
    )
    assert "looks in" not in nothing_found("levy vote", "Facts", [], "Ctrl+Shift+F")


def test_a_search_that_matches_nothing_says_so_in_the_list(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    note = panel.empty_note
    assert not note.isVisible()
    qtbot.keyClicks(panel.search, "velmarzz")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 quotes")
    qtbot.waitUntil(note.isVisible)
    assert note.parentWidget() is panel.items.viewport()
    assert "\u201cvelmarzz\u201d in Quotes" in note.text()
    assert panel.clear_action.shortcut().toString() in note.text()
    if os.environ.get("SHOT_DIR"):
        window.grab().save(os.path.join(os.environ["SHOT_DIR"], "empty_quotes.png"))

    panel.tabs.setCurrentIndex(2)  # Sources: searched by the same text
    qtbot.waitUntil(lambda: "in Sources" in note.text() and note.isVisible())
    assert note.parentWidget() is panel.sources.viewport()

    panel.clear_action.trigger()
    qtbot.waitUntil(lambda: not note.isVisible())
    panel.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert not note.isVisible()


def test_one_match_is_counted_in_the_singular(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    qtbot.keyClicks(panel.search, "enshrined permanently")
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 quote")
    assert window.statusBar().currentMessage() == "1 quote shown"
    panel.show_kind("fact")
    panel.search.setText("invoked twice")
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 fact")
