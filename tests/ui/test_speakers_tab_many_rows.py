"""The Speakers tab on a library of many rows: a row's label is made only
when the list draws it, a search reads every row, and the tab follows the
edits that change speakers (Change Speaker, a merge, their undo). A widget
item, a label and a clipped source title made for each of 94,849 rows (a
description is a row per source) froze the window 9 s on a big library."""

from __future__ import annotations

from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui import speaker_rows
from app.ui.speaker_rows import IdRole, NameRole, SourceRole
from app.ui.speakers_view import SpeakersView
from tests.ui.helpers import open_window, wait_idle

TEXT = '"We sail at dawn," the harbor pilot said. "Not in fog," Ana Ruiz said.'
SOURCES = 40


def _fill(library: Library) -> list[int]:
    """SOURCES sources, each quoting "harbor pilot" and Ana Ruiz; their ids."""
    items = [NewItem("quote", 1, 15, "harbor pilot"), NewItem("quote", 45, 56, "Ana Ruiz")]
    return [
        library.add_source(f"{TEXT} Dispatch {n}.", SourceMeta(title=f"Dispatch {n}"), items=items)
        for n in range(SOURCES)
    ]


def test_a_row_label_is_made_only_when_the_list_draws_it(qtbot, tmp_path, live_of, monkeypatch):
    clipped = []
    real = speaker_rows.clip_words
    monkeypatch.setattr(speaker_rows, "clip_words", lambda *a: clipped.append(a) or real(*a))
    with Library(tmp_path / "lib.sqlite") as library:
        _fill(library)
        view = SpeakersView(live_of(library))
        qtbot.addWidget(view)
        view.resize(400, 300)
        view.show()
        qtbot.waitExposed(view)
        view.ensure_loaded()
        qtbot.wait(50)  # painted
        assert view.counts() == (SOURCES + 1, SOURCES + 1)
        assert 0 < len(clipped) < SOURCES  # the rows in view, not all 40
        # Every row is there to read all the same, each with its source's title.
        labels = view.rows.shown()
        assert labels[0] == f"Ana Ruiz  ({SOURCES})"
        assert {label.split("\u2014 ")[1] for label in labels[1:]} == {
            f"Dispatch {n}" for n in range(SOURCES)
        }


def test_a_search_reads_every_row_and_the_chosen_row_comes_back(qtbot, tmp_path, live_of):
    with Library(tmp_path / "lib.sqlite") as library:
        sources = _fill(library)
        view = SpeakersView(live_of(library))
        qtbot.addWidget(view)
        view.ensure_loaded()
        view.select_speaker(view.rows.shown(IdRole)[1], sources[-1])
        chosen = (view.current_speaker_id(), sources[-1])
        assert view.model.filter.source_id == sources[-1]

        view.set_query("pilot")
        assert view.counts() == (SOURCES, SOURCES + 1)
        assert (view.current_speaker_id(), view.list.currentIndex().data(SourceRole)) == chosen
        view.set_query("Ruiz")
        assert view.rows.shown(NameRole) == ["Ana Ruiz"]
        assert view.current_speaker_id() is None  # hidden: Rename and Merge act on no one
        assert not view.rename_button.isEnabled()
        assert view.model.filter.source_id == sources[-1]  # its quotes stay in view
        view.set_query("")
        assert (view.current_speaker_id(), view.list.currentIndex().data(SourceRole)) == chosen


def test_change_speaker_a_merge_and_their_undo_refresh_the_tab(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    view = panel.speakers
    (first, n_first), (second, n_second) = seeded_library.speakers()[:2]
    ((quote_id,),) = seeded_library.db.execute(
        "SELECT id FROM items WHERE speaker_id = ? LIMIT 1", (first.id,)
    ).fetchall()

    window.live.edit(lambda lib: edits.set_item_speaker(lib, quote_id, "Oda Velmark"))
    wait_idle(qtbot, window)
    assert "Oda Velmark  (1)" in view.rows.shown()
    assert f"{first.name}  ({n_first - 1})" in view.rows.shown()
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert "Oda Velmark" not in view.rows.shown(NameRole)

    view.merge(first.id, second.id)
    wait_idle(qtbot, window)
    assert second.name not in view.rows.shown(NameRole)
    assert f"{first.name}  ({n_first + n_second})" in view.rows.shown()
    assert view.current_speaker_id() == first.id
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert f"{second.name}  ({n_second})" in view.rows.shown()


def test_an_edit_reads_the_speaker_rows_once(qtbot, seeded_library, monkeypatch):
    """The speaker filter and the Speakers tab show the rows of one read
    (a big library's read takes a third of a second)."""
    window = open_window(qtbot, seeded_library)
    window.library_panel.tabs.setCurrentIndex(3)
    reader = window.live.reader
    reads = []
    real = type(reader).speaker_rows
    monkeypatch.setattr(type(reader), "speaker_rows", lambda lib: reads.append(1) or real(lib))
    (speaker, _), *_ = seeded_library.speakers()
    window.live.edit(lambda lib: edits.rename_speaker(lib, speaker.id, "Oda Velmark"))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Oda Velmark" in window.library_panel.speakers.rows.shown(NameRole))
    assert len(reads) == 1
