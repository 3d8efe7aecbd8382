"""On a big library a speaker edit (a rename, a merge, their undo) reads the
speakers again on a worker (app/ui/speaker_reads.py): the edit's handling
returns before they are read, the Speakers tab and the speaker chooser show
the rows they had meanwhile, and then the rows as the library has them,
those of the last edit when several follow fast."""

from __future__ import annotations

import threading

import pytest

from app.core import library_edits as edits
from app.core.importer import open_library
from app.ui import item_model
from app.ui.speaker_reads import read_speakers
from app.ui.speaker_rows import NameRole
from app.ui.tasks import run_in_background
from tests.conftest import import_texts
from tests.ui.helpers import open_window, wait_idle

TEXTS = (
    "\u201cThe ferry levy is fair,\u201d said Tavi Orlund, a harbor clerk.\n\n"
    "\u201cWe will count the boats again,\u201d said Mirel Kastova.\n",
    "\u201cNobody asked the ferry crews,\u201d said Mirel Kastova.\n\n"
    "\u201cThe levy pays for the new pier,\u201d said Tavi Orlund.\n\n"
    "\u201cI have seen worse winters,\u201d said Ebbe Sandquist.\n",
)


@pytest.fixture
def big_window(qtbot, tmp_path, monkeypatch):
    """The window on a library whose reads go to the workers, as on a big one,
    its Speakers tab shown."""
    monkeypatch.setattr(item_model, "BACKGROUND_FROM", 0)
    library = open_library(tmp_path / "library.sqlite")
    folder = tmp_path / "texts"
    folder.mkdir()
    import_texts(library, folder, *TEXTS)
    window = open_window(qtbot, library)
    window.library_panel.tabs.setCurrentIndex(3)
    yield window, library
    window.close()
    library.close()


@pytest.fixture
def reads_held():
    """While held, the reads' worker is busy: what is queued there waits."""
    go = threading.Event()
    run_in_background(lambda: go.wait(20), lambda _: None)
    yield go.set
    go.set()


def _tab_names(panel) -> list[str]:
    return panel.speakers.rows.shown(NameRole)


def _chooser(panel) -> list[tuple[object, str]]:
    combo = panel.speaker_filter
    return [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]


def _as_library_has_them(panel, library) -> None:
    read = read_speakers(library)
    assert _tab_names(panel) == [s.name for s, _, _ in read.rows]
    assert _chooser(panel) == read.entries


def _speaker(library, name: str) -> int:
    return next(s.id for s, _ in library.speakers() if s.name == name)


def test_a_rename_returns_before_the_speakers_are_read(big_window, qtbot, reads_held):
    window, library = big_window
    panel = window.library_panel
    before_tab, before_chooser = _tab_names(panel), _chooser(panel)
    assert "Tavi Orlund" in before_tab
    window.live.edit(lambda lib: edits.rename_speaker(lib, _speaker(lib, "Tavi Orlund"), "T. Orl"))
    wait_idle(qtbot, window)
    qtbot.wait(200)
    # Written, and the views told: the rows are still those read before.
    assert "T. Orl" in [s.name for s, _ in library.speakers()]
    assert _tab_names(panel) == before_tab
    assert _chooser(panel) == before_chooser
    reads_held()
    qtbot.waitUntil(lambda: "T. Orl" in _tab_names(panel))
    _as_library_has_them(panel, library)
    assert "Tavi Orlund" not in _tab_names(panel)


def test_edits_in_quick_succession_end_with_the_last_ones_rows(big_window, qtbot, reads_held):
    window, library = big_window
    panel = window.library_panel
    keep, merged = _speaker(library, "Mirel Kastova"), _speaker(library, "Ebbe Sandquist")
    window.live.edit(lambda lib: edits.rename_speaker(lib, keep, "Mirel Kast"))
    wait_idle(qtbot, window)
    window.live.edit(lambda lib: edits.merge_speakers(lib, keep, merged))
    wait_idle(qtbot, window)
    assert "Ebbe Sandquist" in _tab_names(panel)  # not read yet
    reads_held()
    qtbot.waitUntil(lambda: "Ebbe Sandquist" not in _tab_names(panel))
    qtbot.wait(200)  # the first edit's read, stopped, brings nothing back after
    _as_library_has_them(panel, library)
    assert "Mirel Kast" in _tab_names(panel)
    window.live.undo_stack.undo()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Ebbe Sandquist" in _tab_names(panel))
    _as_library_has_them(panel, library)
