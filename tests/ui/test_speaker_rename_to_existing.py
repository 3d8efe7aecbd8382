"""Rename a speaker to the name another speaker has: the user means one
person, so the app offers to merge them (one edit, undone by Edit > Undo)
instead of a warning to go and merge instead (invented articles)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.core.store import Library
from tests.ui.helpers import library_of_texts, open_window, wait_idle

ARTICLES = [
    'Harbour news.\n\n"The pier opens in May," said Orla Quenn, the harbour master.\n',
    'Harbour notes.\n\n"We waited for years," said Ivo Brask.\n',
    'Ferry notes.\n\n"The ferry runs at noon," said Tam Orlo.\n',
]


def _counts(library: Library) -> dict[str, int]:
    return {sp.name: n for sp, n in library.speakers() if n}


def test_a_rename_to_another_speakers_name_offers_the_merge(qtbot, tmp_path, monkeypatch):
    library = library_of_texts(tmp_path, ARTICLES)
    ids = {sp.name: sp.id for sp, _ in library.speakers()}
    before = _counts(library)
    assert before == {"Ivo Brask": 1, "Orla Quenn": 1, "Tam Orlo": 1}
    window = open_window(qtbot, library)
    view = window.library_panel.speakers
    window.library_panel.tabs.setCurrentIndex(3)
    view.select_speaker(ids["Ivo Brask"])
    asked, warned = [], []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("orla  quenn ", True))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    view.rename_button.click()
    wait_idle(qtbot, window)
    assert warned == []
    assert asked == [
        "\u201cOrla Quenn\u201d is a speaker already. Merge \u201cIvo Brask\u201d into"
        " \u201cOrla Quenn\u201d? Their quotes move over and \u201cIvo Brask\u201d"
        " becomes an alias."
    ]
    assert _counts(library) == {"Orla Quenn": 2, "Tam Orlo": 1}
    assert view.current_speaker_id() == ids["Orla Quenn"]
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert _counts(library) == before
