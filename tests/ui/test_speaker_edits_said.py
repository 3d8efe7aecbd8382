"""Rename, Merge and Check Speakers say in the status bar what they did, as
Change Speaker does ("Speaker set to ..."); Edit > Undo and Redo take the
edit back and make it again without saying it again (invented articles)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from app.ui.speaker_check import CheckDialog
from app.ui.tag_dialog import SpeakerDialog
from tests.ui.helpers import library_of_texts, open_window, wait_idle
from tests.ui.test_speaker_check import ARTICLES

HARBOUR = [
    'Harbour news.\n\n"The pier opens in May," said Orla Quenn, the harbour master.\n',
    'Harbour notes.\n\n"We waited for years," said Ivo Brask.\n',
]


def _said(window) -> str:
    return window.statusBar().currentMessage()


def _speakers(window):
    window.library_panel.tabs.setCurrentIndex(3)
    return window.library_panel.speakers


def test_rename_and_merge_say_what_they_did(qtbot, tmp_path, monkeypatch):
    library = library_of_texts(tmp_path, HARBOUR)
    ids = {sp.name: sp.id for sp, _ in library.speakers()}
    window = open_window(qtbot, library)
    view = _speakers(window)
    wait_idle(qtbot, window)
    view.select_speaker(ids["Ivo Brask"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ivo Lund", True))
    view.rename_button.click()
    wait_idle(qtbot, window)
    assert _said(window) == "Ivo Brask renamed to Ivo Lund"

    monkeypatch.setattr(SpeakerDialog, "exec", lambda _d: SpeakerDialog.DialogCode.Accepted)
    monkeypatch.setattr(SpeakerDialog, "name", lambda _d: "Orla Quenn")
    view.merge_button.click()
    wait_idle(qtbot, window)
    assert _said(window) == "Ivo Lund merged into Orla Quenn"
    assert {sp.name for sp, n in library.speakers() if n} == {"Orla Quenn"}

    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert {sp.name for sp, n in library.speakers() if n} == {"Orla Quenn", "Ivo Lund"}
    assert _said(window) == "2 speakers shown"  # the list's count, no claim undone
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    assert _said(window) == "1 speaker shown"
    assert {sp.name for sp, n in library.speakers() if n} == {"Orla Quenn"}
    window.close()
    library.close()


def test_check_speakers_says_how_many_changes_it_made(qtbot, tmp_path, monkeypatch):
    library = library_of_texts(tmp_path, ARTICLES)
    ids = {sp.name: sp.id for sp, _ in library.speakers()}
    library.merge_speakers(ids["union's chief aide"], ids["aide"])
    with library.transaction() as db:
        db.execute("UPDATE speaker_aliases SET by_hand = 0")  # an old import's join
    window = open_window(qtbot, library)
    monkeypatch.setattr(CheckDialog, "exec", lambda _d: CheckDialog.DialogCode.Accepted)
    _speakers(window).check_button.click()
    qtbot.waitUntil(lambda: _said(window).startswith("Speakers checked"), timeout=30_000)
    assert _said(window) == "Speakers checked: 1 change made"
    window.close()
    library.close()
