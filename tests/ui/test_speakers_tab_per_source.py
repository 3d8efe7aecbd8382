"""The Speakers tab lists words describing a speaker ("a harbor pilot")
once per source: one entry across sources said that one pilot said what
every pilot of every article said, and its Rename or Merge named them all."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.item_model import ItemRole
from app.ui.speakers_view import SpeakersView
from tests.ui.helpers import open_window

TEXT = '"We will sail at dawn," the pilot said. "Not in this fog," Ana Ruiz said.'


def _add(library: Library, title: str, *speakers: str) -> int:
    items = [NewItem("quote", 1, 21, speakers[0]), NewItem("quote", 40, 55, speakers[1])]
    return library.add_source(TEXT + " " + title, SourceMeta(title=title), items=items)


def _rows(view: SpeakersView) -> list[str]:
    return view.rows.shown()


def test_a_description_is_a_row_per_source_with_its_quotes(qtbot, tmp_path, live_of) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, "Fog closes the harbor", "harbor pilot", "Ana Ruiz")
        later = _add(library, "Ferries run late", "harbor pilot", "Ana Ruiz")
        view = SpeakersView(live_of(library))
        qtbot.addWidget(view)
        view.ensure_loaded()
        assert _rows(view) == [
            "Ana Ruiz  (2)",
            "harbor pilot  (1)  \u2014 Fog closes the harbor",
            "harbor pilot  (1)  \u2014 Ferries run late",
        ]
        view.list.setCurrentIndex(view.rows.index(0))
        assert view.model.rowCount() == 2 and view.rename_button.isEnabled()
        view.list.setCurrentIndex(view.rows.index(2))
        assert view.model.rowCount() == 1
        assert view.model.index(0, 0).data(ItemRole).source_id == later
        assert not view.rename_button.isEnabled() and not view.merge_button.isEnabled()
        view.rename_current()  # a shortcut or a menu acts on nothing either
        assert _rows(view)[2].startswith("harbor pilot")


def test_the_speaker_filter_says_a_description_spans_sources(qtbot, seeded_library) -> None:
    _add(seeded_library, "Fog closes the harbor", "harbor pilot", "Ana Ruiz")
    _add(seeded_library, "Ferries run late", "harbor pilot", "Ana Ruiz")
    _add(seeded_library, "Tugs stay in port", "tug captain", "Ana Ruiz")
    window = open_window(qtbot, seeded_library)
    chooser = window.library_panel.speaker_filter
    labels = [chooser.itemText(i) for i in range(chooser.count())]
    assert "harbor pilot (in 2 sources)" in labels
    assert "tug captain" in labels and "Ana Ruiz" in labels
