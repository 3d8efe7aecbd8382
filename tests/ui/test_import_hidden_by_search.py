"""A source imported while a search is in force that hides it in the Sources
list: the status line says so, and how to clear the search (the viewer
showed the new source, the list "0 of 6 sources" and nothing more)."""

from __future__ import annotations

from tests.ui.helpers import open_window, wait_idle


def _import(qtbot, window, tmp_path, meanwhile=lambda: None) -> int:
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "pier.txt").write_text("Pier notes\n\nVelmar said the pier opens on Monday.\n")
    dialog = window.sources.start_import([folder])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    meanwhile()
    dialog.close()
    wait_idle(qtbot, window)
    return max(row[0] for row in window.library.sources())


def test_the_status_line_says_the_search_hides_the_imported_source(qtbot, seeded_library, tmp_path):
    window = open_window(qtbot, seeded_library)
    window.library_panel.search.setText("quillonzz")
    _import(qtbot, window, tmp_path)
    said = window.statusBar().currentMessage()
    assert said.startswith("Imported 1 of 1 files")
    assert said.endswith(
        "\u2014 the search \u201cquillonzz\u201d hides it in the list:"
        " Escape in the search box clears it"
    )


def test_no_word_of_the_search_when_the_list_shows_the_source(qtbot, seeded_library, tmp_path):
    window = open_window(qtbot, seeded_library)
    _import(qtbot, window, tmp_path)
    said = window.statusBar().currentMessage()
    assert said.startswith("Imported 1 of 1 files") and "hides" not in said


def test_the_viewer_and_the_list_show_the_imported_source_the_search_hid(
    qtbot, seeded_library, tmp_path
):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    panel.search.setText("quillonzz")
    # While the import's dialog is open the user reads another source.
    new = _import(qtbot, window, tmp_path, lambda: window.viewer.show_source(1))
    assert window.viewer.source.id == new
    panel.search.clear()
    qtbot.waitUntil(lambda: not panel.source_list.hidden(new))
    assert panel.source_list.current_source_id() == window.viewer.source.id == new
