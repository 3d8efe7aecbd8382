"""An import is an edit like any other: Edit > Undo takes the sources it
added out again, Redo puts them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.speaker_rows import NameRole
from tests.ui.helpers import CTRL, SHIFT, open_window, press, wait_idle


def test_undo_takes_an_import_out_and_redo_puts_it_back(qtbot, seeded_library, tmp_path):
    window = open_window(qtbot, seeded_library)
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Velmar said the ferry runs again on Monday.\n")
    (folder / "pier.txt").write_text("The Vesk pier was mended in the spring.\n")
    sources = seeded_library.count_sources()
    dialog = window.sources.start_import([folder])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    dialog.close()
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 2
    window.library_panel.items.setFocus()  # not a field: its own Ctrl+Z undoes its typing
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.commands["undo"].text() == "&Undo Import of 2 Files in Library"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources + 2


def _speakers_listed(window) -> tuple[list[str], list[str]]:
    """(the Speakers tab's names, the speaker filter's) as shown."""
    panel = window.library_panel
    panel.speakers.ensure_loaded()
    chooser = panel.speaker_filter
    return (
        panel.speakers.rows.shown(NameRole),
        [chooser.itemText(i) for i in range(chooser.count())],
    )


def test_speakers_an_undone_import_named_are_listed_only_while_it_is_in(
    qtbot, seeded_library, tmp_path
):
    window = open_window(qtbot, seeded_library)
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "pier.txt").write_text(
        'Pier reopens\n\n"We waited years for this," said Tobin Quarrel, the harbor master.\n'
    )
    dialog = window.sources.start_import([folder])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    dialog.close()
    wait_idle(qtbot, window)
    tab, chooser = _speakers_listed(window)
    assert "Tobin Quarrel" in tab and "Tobin Quarrel" in chooser
    sources = seeded_library.count_sources()
    window.commands["undo"].trigger()  # Edit > Undo Import of “pier.txt”
    wait_idle(qtbot, window)
    assert seeded_library.count_sources() == sources - 1
    tab, chooser = _speakers_listed(window)
    assert "Tobin Quarrel" not in tab and "Tobin Quarrel" not in chooser
    window.commands["redo"].trigger()
    wait_idle(qtbot, window)
    tab, chooser = _speakers_listed(window)
    assert "Tobin Quarrel" in tab and "Tobin Quarrel" in chooser
