"""Change Speaker: typing a name replaces the speaker shown, as in any field
offered for a correction. The wrong name stood unselected, the cursor after
it, so "Ivo Brask" typed became "Velmar Port Ivo Brask"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.tag_dialog import SpeakerDialog


def test_typing_in_change_speaker_replaces_the_name_shown(qtbot):
    dialog = SpeakerDialog(
        "Change Speaker", "Who said this?", "Velmar Port", ["Ivo Brask", "Velmar Port"]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.combo, dialog.combo.lineEdit()))
    qtbot.keyClicks(QApplication.focusWidget(), "Ivo Brask")
    assert dialog.name() == "Ivo Brask"
