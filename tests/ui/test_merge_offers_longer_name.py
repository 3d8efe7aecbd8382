"""Merge into…: the one speaker whose name ends with the chosen one's is
offered ("Vel Ruiz" into "Ana Vel Ruiz"), else the one full name the chosen
one ends with ("Pollster Ivo Brask" into "Ivo Brask"); the chooser was
empty, and the name had to be typed though the Speakers list showed both
(an older library's entries: imports now join them, #11)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.tag_dialog import SpeakerDialog
from tests.ui.helpers import open_window

TEXT = (
    '"The harbor stays open," said Ana Vel Ruiz, the port chief. '
    '"We will dredge in May," Vel Ruiz said. "Kettles are fine," said Ivo Brask.'
    ' "Polls lie," Pollster Ivo Brask said.'
)


def _merge_offer(qtbot, tmp_path, monkeypatch, merged: str) -> str:
    library = Library(tmp_path / "lib.sqlite")
    library.add_source(
        TEXT,
        SourceMeta(title="Port"),
        items=[
            NewItem("quote", 1, 23, "Ana Vel Ruiz", speaker_locked=True),
            NewItem("quote", 61, 83, "Vel Ruiz", speaker_locked=True),
            NewItem("quote", 101, 118, "Ivo Brask", speaker_locked=True),
            NewItem("quote", 137, 147, "Pollster Ivo Brask", speaker_locked=True),
        ],
    )
    # As an older library kept them (imports now join them): entries of their own.
    with library.transaction() as db:
        for number, (name, start) in enumerate((("Vel Ruiz", 61), ("Pollster Ivo Brask", 137))):
            db.execute(
                "INSERT INTO speakers (id, name, role) VALUES (?, ?, '')", (90 + number, name)
            )
            db.execute("UPDATE items SET speaker_id = ? WHERE start = ?", (90 + number, start))
            db.execute("DELETE FROM speaker_aliases WHERE alias = ?", (name,))
    window = open_window(qtbot, library)
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    speakers = panel.speakers
    qtbot.waitUntil(lambda: speakers.current_speaker_id() is not None)
    sid = next(s.id for s, _ in library.speakers() if s.name == merged)
    speakers.select_speaker(sid)
    offered = []

    def exec_(dialog):
        offered.append(dialog.combo.currentText())
        return SpeakerDialog.DialogCode.Rejected

    monkeypatch.setattr(SpeakerDialog, "exec", exec_)
    speakers.merge_current()
    window.close()
    library.close()
    return offered[0]


def test_merge_offers_the_one_name_that_ends_with_the_chosen_one(qtbot, tmp_path, monkeypatch):
    assert _merge_offer(qtbot, tmp_path, monkeypatch, "Vel Ruiz") == "Ana Vel Ruiz"


def test_merge_offers_the_one_full_name_the_chosen_one_ends_with(qtbot, tmp_path, monkeypatch):
    assert _merge_offer(qtbot, tmp_path, monkeypatch, "Pollster Ivo Brask") == "Ivo Brask"


def test_merge_offers_nothing_when_no_name_ends_with_it(qtbot, tmp_path, monkeypatch):
    assert _merge_offer(qtbot, tmp_path, monkeypatch, "Ana Vel Ruiz") == ""
