"""Saving and opening a memo say so in the status line: the file's name and
folder. Ctrl+S, Save As and Open Recent changed only the title bar, which a
keyboard user in a maximised or full-screen window does not see; and opening
the memo that is open already, as saved, did nothing at all."""

from __future__ import annotations

from tests.ui.helpers import open_window
from tests.ui.test_brief_files import save_as


def test_save_save_as_and_open_say_the_file(qtbot, seeded_library, monkeypatch, tmp_path):
    window = open_window(qtbot, seeded_library)
    said = window.statusBar().currentMessage
    qtbot.keyClicks(window.editor.fields["subject"], "Vesk harbour levy")
    first = tmp_path / "levy.brief.json"
    save_as(window, monkeypatch, first)
    assert said() == f"Saved levy.brief.json in {tmp_path}"

    qtbot.keyClicks(window.editor.fields["subject"], " vote")
    window.statusBar().clearMessage()
    assert window.files.save()
    assert said() == f"Saved levy.brief.json in {tmp_path}"

    copy = tmp_path / "copy.brief.json"
    save_as(window, monkeypatch, copy)
    assert said() == f"Saved copy.brief.json in {tmp_path}"

    assert window.files.open(first)
    assert said() == f"Opened levy.brief.json from {tmp_path}"
    window.statusBar().clearMessage()
    assert window.files.open(first)  # the memo open, as saved: nothing to read again
    assert said() == "levy.brief.json is open already, as saved"
