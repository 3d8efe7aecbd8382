"""A library upgraded from before the mark of hand joins (schema 13) whose
speakers Check Speakers would change is told so once, in the status bar, with
a button that opens Check Speakers; a new library, one already upgraded, or
one with nothing to change says nothing, and no box opens (invented articles)."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from app.core import speaker_repair
from app.core.importer import import_file
from app.core.schema import SCHEMA_VERSION
from app.core.store import Library
from app.ui.main_window import MainWindow
from app.ui.speaker_check import CheckDialog
from tests.core.older_schemas import file_before_grouping_inputs
from tests.ui.helpers import open_window, wait_idle
from tests.ui.test_speaker_check import ARTICLES


def _library_of_schema_12(tmp_path, joined: bool = True):
    """A library file as schema 12 left it: "aide" joined to "union's chief
    aide" by an older import rule (when `joined`), no column of hand joins."""
    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        for number, text in enumerate(ARTICLES[:2]):
            (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
            import_file(library, tmp_path / f"a{number}.txt")
        if joined:
            ids = {sp.name: sp.id for sp, _ in library.speakers()}
            library.merge_speakers(ids["union's chief aide"], ids["aide"])
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE speaker_aliases DROP COLUMN by_hand")
    file_before_grouping_inputs(raw)
    raw.execute("PRAGMA user_version = 12")
    raw.commit()
    raw.close()
    return path


def _window_painted(qtbot, library):
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: window.speaker_hint._offered, timeout=10_000)
    wait_idle(qtbot, window)
    return window


def test_an_upgraded_library_with_changes_is_told_once(qtbot, tmp_path, monkeypatch):
    boxes = []
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: boxes.append(a))
    path = _library_of_schema_12(tmp_path)
    library = Library(path)
    assert library.upgraded_from == 12 and library.version == SCHEMA_VERSION
    window = _window_painted(qtbot, library)
    hint = window.speaker_hint
    qtbot.waitUntil(hint.isVisible, timeout=30_000)
    assert "1 change" in hint.text.text()
    assert boxes == []

    asked = []
    monkeypatch.setattr(CheckDialog, "exec", lambda dialog: asked.append(dialog.list.count()) or 0)
    hint.check.click()
    qtbot.waitUntil(lambda: asked == [1], timeout=30_000)
    assert not hint.isVisible()
    assert window.library_panel.tabs.currentIndex() == 3
    window.close()

    # Opened again: upgraded already, nothing said.
    again = Library(path)
    assert again.upgraded_from is None
    assert not speaker_repair.upgraded_before_hand_joins(again)
    second = _window_painted(qtbot, again)
    assert not second.speaker_hint.isVisible()


def test_the_note_can_be_dismissed(qtbot, tmp_path):
    window = _window_painted(qtbot, Library(_library_of_schema_12(tmp_path)))
    hint = window.speaker_hint
    qtbot.waitUntil(hint.isVisible, timeout=30_000)
    hint.dismiss.click()
    assert not hint.isVisible()


def test_nothing_is_said_without_changes_or_on_a_new_library(qtbot, tmp_path):
    nothing = Library(_library_of_schema_12(tmp_path, joined=False))
    assert speaker_repair.upgraded_before_hand_joins(nothing)
    window = _window_painted(qtbot, nothing)
    assert not window.speaker_hint.isVisible()
    window.close()

    fresh = Library(tmp_path / "new.sqlite")
    assert fresh.upgraded_from is None
    window = _window_painted(qtbot, fresh)
    assert not window.speaker_hint.isVisible()


def test_check_speakers_from_the_tab_takes_the_note_away(qtbot, tmp_path, monkeypatch):
    """The note advises Check Speakers: once the user has opened it from the
    Speakers tab, the note's count is out of date and goes, also when the
    tab's button came before the note's own check ended."""
    asked = []
    monkeypatch.setattr(CheckDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    window = _window_painted(qtbot, Library(_library_of_schema_12(tmp_path)))
    hint = window.speaker_hint
    qtbot.waitUntil(hint.isVisible, timeout=30_000)
    window.library_panel.speakers.check_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    assert not hint.isVisible()
    window.close()

    (tmp_path / "early").mkdir()
    early = MainWindow(Library(_library_of_schema_12(tmp_path / "early")))
    qtbot.addWidget(early)
    early.library_panel.speakers.check_button.click()  # before the first frame
    early.show()
    qtbot.waitUntil(lambda: early.speaker_hint._offered and len(asked) == 2, timeout=30_000)
    wait_idle(qtbot, early)
    qtbot.wait(100)  # the note's own check ends on the writer, its answer comes here
    assert not early.speaker_hint.isVisible()
