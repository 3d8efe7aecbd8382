"""A known speaker's name typed in another case in a speaker chooser (OK
clicked before the completion was taken) is that speaker: it made a new
speaker "dana roe" apart from Dana Roe, whose filter and Speakers entry
then left that quote out."""

from __future__ import annotations

from app.ui.tag_dialog import ClipDialog, SpeakerDialog


def test_a_name_typed_in_another_case_is_the_known_speakers(qtbot):
    names = ["Dana Roe", "Tor Brask"]
    dialog = SpeakerDialog("Change speaker", "Who said it?", "", names)
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentText("  dana   roe ")
    assert dialog.name() == "Dana Roe"
    dialog.combo.setCurrentText("Ilsa Vesk")
    assert dialog.name() == "Ilsa Vesk"
    clip = ClipDialog("The levy stays.", names)
    qtbot.addWidget(clip)
    clip.speaker.setCurrentText("TOR BRASK")
    assert clip.speaker_name() == "Tor Brask"


def test_two_known_names_apart_only_by_case_keep_what_was_typed(qtbot):
    dialog = SpeakerDialog("Change speaker", "Who said it?", "", ["Dana Roe", "dana roe"])
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentText("dana roe")
    assert dialog.name() == "dana roe"
    dialog.combo.setCurrentText("DANA ROE")
    assert dialog.name() == "DANA ROE"
