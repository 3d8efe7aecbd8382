"""Rename, Merge, Change Speaker and Clip offer the speakers by name, read
without counting anyone's quotes (`Library.speaker_names`): counting them,
as `Library.speakers` does, froze the window 0.24 s at 300,000 items each
time one of these dialogs opened. They offer the same names as before, and
a rename to another speaker's name still offers the merge."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.core.store import Library
from app.ui import tag_dialog
from tests.ui.helpers import library_of_texts, open_window, select_library_row, wait_idle

ARTICLES = [
    'Harbour news.\n\n"The pier opens in May," said Orla Quenn, the harbour master.\n',
    'Harbour notes.\n\n"We waited for years," said Ivo Brask.\n',
    'Ferry notes.\n\n"The ferry runs at noon," said Tam Orlo.\n',
]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The window, its Speakers tab shown; `counted` holds a mark for each
    count of everyone's quotes from then on."""
    library = library_of_texts(tmp_path, ARTICLES)
    window = open_window(qtbot, library)
    window.library_panel.tabs.setCurrentIndex(3)
    wait_idle(qtbot, window)
    window.ids = {s.name: s.id for s, _ in library.speakers()}
    counted: list[int] = []
    real = Library.speakers
    monkeypatch.setattr(Library, "speakers", lambda self: counted.append(1) or real(self))
    window.counted = counted
    yield window
    window.close()
    library.close()


@pytest.fixture
def offered(monkeypatch) -> list[list[str]]:
    """The names each speaker dialog offered; each is cancelled."""
    names: list[list[str]] = []

    def cancel(dialog, combo) -> int:
        names.append([combo.itemText(i) for i in range(combo.count())])
        return dialog.DialogCode.Rejected

    monkeypatch.setattr(tag_dialog.SpeakerDialog, "exec", lambda d: cancel(d, d.combo))
    monkeypatch.setattr(tag_dialog.ClipDialog, "exec", lambda d: cancel(d, d.speaker))
    return names


def test_merge_offers_the_others_by_name_without_counting(window, offered):
    view = window.library_panel.speakers
    view.select_speaker(window.ids["Ivo Brask"])
    view.merge_button.click()
    assert offered == [["Orla Quenn", "Tam Orlo"]]
    assert window.counted == []


def test_rename_to_another_name_asks_to_merge_without_counting(window, monkeypatch):
    view = window.library_panel.speakers
    view.select_speaker(window.ids["Ivo Brask"])
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("tam  ORLO", True))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No,
    )
    view.rename_button.click()
    assert len(asked) == 1 and asked[0].startswith("\u201cTam Orlo\u201d is a speaker already.")
    assert window.counted == []


def test_change_speaker_and_clip_offer_every_name_without_counting(window, qtbot, offered):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(0)
    select_library_row(panel, 0)
    panel.item_actions.change_speaker()
    source_id = window.library.sources()[0][0]
    window.viewer.show_source(source_id)
    cursor = window.viewer.text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, QTextCursor.MoveMode.KeepAnchor)
    window.viewer.text.setTextCursor(cursor)
    window.viewer.clip_selection()
    assert offered[0] == ["Ivo Brask", "Orla Quenn", "Tam Orlo"]
    assert offered[1][-3:] == ["Ivo Brask", "Orla Quenn", "Tam Orlo"]
    assert window.counted == []
