"""The Speakers tab, shown for the first time, lists the rows the panel read
for its speaker chooser (after the first frame, or on a worker after a speaker
edit), not rows it reads again on the window's thread: on a big library that
read froze the window 0.3-0.65 s, after a merge as at any first show."""

from __future__ import annotations

import pytest

from app.ui import item_model, speakers_view
from app.ui.speaker_reads import read_speakers
from app.ui.speaker_rows import NameRole
from tests.ui.helpers import library_of_texts, open_window, wait_idle
from tests.ui.test_speaker_reads import TEXTS


@pytest.fixture(params=[False, True], ids=["at-once", "on-worker"])
def window(request, qtbot, tmp_path, monkeypatch):
    """The window, its Speakers tab never shown; the speakers read at once
    (a small library's) or on the worker (a big one's)."""
    if request.param:
        monkeypatch.setattr(item_model, "BACKGROUND_FROM", 0)
    library = library_of_texts(tmp_path, list(TEXTS))
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: window.library_panel.choosers_read)
    yield window
    window.close()
    library.close()


@pytest.fixture
def reads_here(monkeypatch) -> list[int]:
    """Counts the Speakers view's own reads of the speakers."""
    calls: list[int] = []

    def counted(library):
        calls.append(1)
        return read_speakers(library)

    monkeypatch.setattr(speakers_view, "read_speakers", counted)
    return calls


def _speaker(library, name: str) -> int:
    return next(s.id for s, _ in library.speakers() if s.name == name)


def _shown(panel) -> list[str]:
    return panel.speakers.rows.shown(NameRole)


def test_first_show_lists_the_rows_read_for_the_chooser(window, qtbot, reads_here):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    assert reads_here == []
    assert _shown(panel) == [s.name for s, _, _ in read_speakers(window.library).rows]
    assert panel.speakers.current_speaker_id() is not None  # someone's quotes shown


def test_first_show_after_a_merge_lists_the_merged_rows(window, qtbot, reads_here):
    panel, library = window.library_panel, window.library
    keep, merged = _speaker(library, "Mirel Kastova"), _speaker(library, "Ebbe Sandquist")
    panel.speakers.merge(keep, merged, ("Mirel Kastova", "Ebbe Sandquist"))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not panel._speaker_reads.pending)
    panel.tabs.setCurrentIndex(3)
    assert reads_here == []
    assert "Ebbe Sandquist" not in _shown(panel)
    assert _shown(panel) == [s.name for s, _, _ in read_speakers(library).rows]
    assert panel.speakers.current_speaker_id() == keep  # the kept one chosen
