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
    shown = [
        view.list.item(r).text()
        for r in range(view.list.count())
        if not view.list.item(r).isHidden()
    ]
    assert len(shown) == 1 and shown[0].startswith("Zo\u00eb O\u2019Farrell"), shown
