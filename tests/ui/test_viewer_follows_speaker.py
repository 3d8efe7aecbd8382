"""Choosing a speaker in the Speakers tab shows the article of their first
quote (scrolled to it, nothing chosen), not the article the viewer showed
before, which need not quote them at all. A quote shown chosen stays when it
is the speaker's. Invented names and sentences."""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window

HARBOR, MILL, NETS = "Fog closes the harbor", "The mill reopens", "Ferry weekly"


def _library(path) -> Library:
    library = Library(path / "lib.sqlite")
    for title, words, name in (
        (HARBOR, "We sail at dawn", "Ana Ruiz"),
        (MILL, "The wheel turns again", "Osk Quillon"),
        (NETS, "The nets are dry", "Ana Ruiz"),
    ):
        quote = NewItem("quote", 1, 1 + len(words), name)
        library.add_source(f'"{words}," {name} said.', SourceMeta(title=title), items=[quote])
    return library


@pytest.fixture
def window(qtbot, tmp_path):
    library = _library(tmp_path)
    window = open_window(qtbot, library)
    yield window
    window.close()
    library.close()


def _speakers_tab(qtbot, window):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    view = panel.speakers
    qtbot.waitUntil(lambda: view.rows.rowCount() >= 2)
    return view


def _choose(view, name: str) -> None:
    rows = view.rows
    row = next(r for r in range(rows.rowCount()) if name in rows.index(r).data())
    view.list.setCurrentIndex(rows.index(row))


def test_choosing_a_speaker_shows_their_first_quotes_article(qtbot, window):
    viewer = window.viewer
    view = _speakers_tab(qtbot, window)
    _choose(view, "Osk Quillon")
    viewer.show_source(2)  # the mill's article: no quote of Ana Ruiz
    _choose(view, "Ana Ruiz")
    first = view.model.item_at(0)
    assert viewer.source is not None and viewer.source.id == first.source_id
    assert viewer.title.text() in (HARBOR, NETS)
    assert viewer.chosen_item() is None

    viewer.show_source(3)
    _choose(view, "Osk Quillon")
    assert viewer.title.text() == MILL


def test_the_tabs_first_speaker_is_followed_too(qtbot, window):
    window.viewer.show_source(2)
    view = _speakers_tab(qtbot, window)  # its first speaker is chosen for the user
    speaker = view.current_speaker_name()
    assert window.viewer.title.text() == (MILL if speaker == "Osk Quillon" else HARBOR)


def test_a_chosen_quote_of_the_speaker_stays_chosen(qtbot, window):
    viewer = window.viewer
    view = _speakers_tab(qtbot, window)
    _choose(view, "Osk Quillon")
    nets = window.library.items_of_source(3)[0]
    viewer.show_item(nets)  # one of Ana Ruiz's quotes, shown chosen
    _choose(view, "Ana Ruiz")
    assert viewer.title.text() == NETS
    assert viewer.chosen_item() is not None and viewer.chosen_item().id == nets.id
