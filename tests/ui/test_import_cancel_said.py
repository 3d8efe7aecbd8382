"""A cancelled import says how far it got: of how many files, and its bar
stays where it stopped.

Cancelled after 26 of 30 files, the status bar read "Imported 26 of 26
files (cancelled)" and the dialog's bar stood at 100%.
"""

from __future__ import annotations

from tests.ui.helpers import import_waiting_after_first_file, open_window, wait_idle

FILES = 6


def test_a_cancelled_import_counts_the_files_it_set_out_to_read(
    qtbot, tmp_path, seeded_library, monkeypatch
):
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"n{i}.txt").write_text(f"Quillon note {i} says the ward levy rose.\n" * 2)
    window = open_window(qtbot, seeded_library)
    pressed = import_waiting_after_first_file(monkeypatch)  # Cancel once the first is in
    dialog = window.sources.start_import([folder])
    dialog.log.textChanged.connect(lambda: (dialog.reject(), pressed.set()))
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    wait_idle(qtbot, window)
    imported = sum(o.ok for o in dialog.outcomes)  # (the file the cancel stopped in is not)
    assert dialog.cancelled and 1 <= imported < FILES
    assert dialog.bar.value() < dialog.bar.maximum()  # not shown as all done
    dialog.close()
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Imported {imported} of {FILES} files (cancelled)"), said
