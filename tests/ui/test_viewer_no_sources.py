"""A library with no source says how to add one, not that nothing matches.

A new library showed "Choose a quote or a source in the library." with
nothing to choose, and after its import was undone, "None was found:
nothing in the library's list matches." with no search typed.
"""

from __future__ import annotations

from app.core.store import Library
from app.ui.source_viewer import NO_SOURCES
from tests.ui.helpers import open_window, wait_idle


def test_a_new_library_says_how_to_add_a_source(qtbot, tmp_path):
    library = Library(tmp_path / "new.sqlite")
    window = open_window(qtbot, library)
    assert window.viewer.meta.text() == NO_SOURCES
    window.close()
    library.close()


def test_an_import_undone_leaves_the_line_on_adding_sources(qtbot, tmp_path):
    library = Library(tmp_path / "new.sqlite")
    window = open_window(qtbot, library)
    path = tmp_path / "levy.txt"
    path.write_text("The Quillon ward levy rose by 2 percent on Tuesday, clerks said.\n")
    dialog = window.sources.start_import([path])
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    dialog.close()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.viewer.source is not None)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.viewer.source is None)
    assert not window.library_panel.search.text()
    assert window.viewer.meta.text() == NO_SOURCES
    window.close()
    library.close()
