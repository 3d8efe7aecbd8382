"""F2 in the Speakers list renames the chosen speaker, as F2 renames in the
memo: Rename… was reached only by Tab from the list (invented articles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.ui.helpers import ALT, focused, library_of_texts, open_window, press, wait_idle

ARTICLES = ['Harbour news.\n\n"The pier opens in May," said Orla Quenn, the harbour master.\n']


def test_f2_renames_the_speaker_in_the_list(qtbot, tmp_path, monkeypatch):
    library = library_of_texts(tmp_path, ARTICLES)
    window = open_window(qtbot, library)
    press(qtbot, Qt.Key.Key_4, ALT)  # the Speakers tab
    view = window.library_panel.speakers
    (speaker,) = [sp for sp, _ in library.speakers()]
    view.select_speaker(speaker.id)
    view.list.setFocus()
    assert focused() is view.list and view.current_speaker_name() == "Orla Quenn"
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[1:3]) or ("Orla T. Quenn", True)
    )
    press(qtbot, Qt.Key.Key_F2)
    wait_idle(qtbot, window)
    # Named as its button and the Edit menu's other commands: "Rename Speaker".
    assert asked == [("Rename Speaker", "New name for Orla Quenn:")]
    assert window.undo_action.text() == "&Undo Rename Speaker in Library"
    assert [sp.name for sp, n in library.speakers() if n] == ["Orla T. Quenn"]
    assert "F2" in view.rename_button.toolTip()
