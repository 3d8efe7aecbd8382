"""The Sources and Speakers tabs find a name as the Quotes search does:
accents, curly or straight apostrophes and case do not matter."""

from __future__ import annotations

from app.core.importer import import_file
from app.ui.source_list import matches
from tests.ui.helpers import open_window


def test_source_search_ignores_accents_and_apostrophe_forms():
    words = "Café levy talks  Zoë O\u2019Farrell Velmar Gazette 2025-03-04"
    for query in ("cafe", "CAFÉ levy", "zoe o'farrell", "Zoë O\u2019Farrell", "o\u2018farrell"):
        assert matches(words, query), query
    assert not matches(words, "brask")


def test_speakers_tab_finds_a_name_typed_without_its_accent(qtbot, seeded_library, tmp_path):
    path = tmp_path / "levy.txt"
    path.write_text(
        "Levy talks in Quillon\n\n"
        "\u201cThe levy will not rise before the harvest,\u201d said Zo\u00eb O\u2019Farrell,"
        " the Quillon council leader, on Monday.\n",
        encoding="utf-8",
    )
    assert import_file(seeded_library, path).ok
    window = open_window(qtbot, seeded_library)
    view = window.library_panel.speakers
    view.ensure_loaded()
    view.reload()
    view.set_query("zoe o'farrell")
    shown = view.rows.shown()
    assert len(shown) == 1 and shown[0].startswith("Zo\u00eb O\u2019Farrell"), shown


def test_sources_and_speakers_tabs_read_the_search_as_the_quotes_tab_does(qtbot, seeded_library):
    """The search box is one for every tab, and its text stays when the tab
    changes: a phrase, a leftout or an OR typed for the quotes means the same
    in the Sources and Speakers tabs. (They looked for `"sanctuary` with its
    mark, and for `-trump` as a word: nothing, "0 of 5 sources".)"""
    words = "Velmar Gazette levy talks in Quillon  Zoë O\u2019Farrell"
    assert matches(words, '"levy talks"') and matches(words, "\u201clevy talks\u201d")
    assert not matches(words, '"talks levy"')
    assert matches(words, "levy -brask") and not matches(words, "levy -quillon")
    assert matches(words, "brask OR gazette") and not matches(words, "brask OR vesk")
    assert matches(words, '"') and matches(words, "")  # nothing to look for: all shown

    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    panel.tabs.setCurrentIndex(2)  # Sources
    titles = [meta.title for _, _, meta, _ in seeded_library.sources()]
    panel.search.setText('"sanctuary city" -bass')
    panel.apply_filter()
    shown, total = panel.source_list.counts()
    expected = [t for t in titles if "sanctuary city" in t.lower() and "bass" not in t.lower()]
    assert shown == len(expected) > 0 and total == len(titles)
    assert panel.count_label.text() == f"{shown} of {total} sources"
