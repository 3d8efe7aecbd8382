"""Quitting while an import runs asks first.

The window went at once and the import stopped after the file it was on
(45 of 80 files in), with nothing said then or at the next start: the user
could not tell that 35 files were never imported.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import import_waiting_after_first_file, open_window, wait_idle

FILES = 5


def _import_held(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"n{i}.txt").write_text(f"Quillon note {i} says the ward levy rose.\n" * 2)
    pressed = import_waiting_after_first_file(monkeypatch)
    dialog = window.sources.start_import([folder])
    qtbot.waitUntil(lambda: len(dialog.outcomes) == 1, timeout=60_000)
    return dialog, pressed


def test_quitting_during_an_import_asks_and_keeps_working_on_no(
    qtbot, tmp_path, seeded_library, monkeypatch
):
    window = open_window(qtbot, seeded_library)
    dialog, pressed = _import_held(qtbot, window, tmp_path, monkeypatch)
    asked = []

    def answer(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert window.isVisible() and dialog.running
    assert asked and "1 of 5 files" in asked[0]
    pressed.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    wait_idle(qtbot, window)
    assert len(dialog.outcomes) == FILES  # went on to the end


def test_quitting_during_an_import_stops_it_on_yes(qtbot, tmp_path, seeded_library, monkeypatch):
    window = open_window(qtbot, seeded_library)
    dialog, pressed = _import_held(qtbot, window, tmp_path, monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pressed.set()
    assert window.close()
    assert len(dialog.outcomes) < FILES
