"""The values two sources disagree on are shown as written: in the Conflicts
view's group box titles (which take a "&" for a shortcut mark) and in the
viewer's note on a fact in conflict (rich text, its link). The values are
given an ampersand and markup here, as a source's words may hold them
(invented articles)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox

from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary
from app.ui.shortcuts import menu_text
from tests.ui.helpers import open_window, select_library_row, wait_idle
from tests.ui.test_conflict_days_said import _library
from tests.ui.test_plain_text import shown


def _as_source_words(monkeypatch) -> None:
    def value_text(_kind: str, value: str) -> str:
        return f"<b>{value}</b> Q&A"

    monkeypatch.setattr("app.ui.conflicts_view.value_text", value_text)
    monkeypatch.setattr("app.ui.conflict_marks.value_text", value_text)


def test_the_conflicts_view_titles_keep_an_ampersand(qtbot, tmp_path, monkeypatch):
    _as_source_words(monkeypatch)
    library = _library(tmp_path / "lib.sqlite")
    live = LiveLibrary(library)
    view = ConflictsView(live)
    qtbot.addWidget(view)
    titles = sorted(menu_text(box.title()) for box in view.findChildren(QGroupBox, "conflictSide"))
    assert titles == ["<b>06-14</b> Q&A — 1 source", "<b>06-16</b> Q&A — 1 source"]
    live.close()
    library.close()


def test_the_viewers_conflict_note_shows_the_values_as_written(qtbot, tmp_path, monkeypatch):
    _as_source_words(monkeypatch)
    with _library(tmp_path / "lib.sqlite") as library:
        window = open_window(qtbot, library)
        panel = window.library_panel
        panel.show_kind("fact")
        select_library_row(panel, 0)
        wait_idle(qtbot, window)
        note = window.viewer.conflict_note
        said = shown(note.text(), note.textFormat())
        assert said.startswith("\u2260 conflicts with 1 source (<b>06-"), said
        assert "</b> Q&A)" in said and said.endswith("Show conflict")
        assert "<b>06-1" in shown(note.toolTip()) and "Q&A" in shown(note.toolTip())
        window.close()
