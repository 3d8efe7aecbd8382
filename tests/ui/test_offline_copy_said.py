"""A copy taken offline says so in the status bar, naming its team library:
it said "Library <path>" as any library file, so nothing in the window told
the user their changes stay here until a Sync (invented words)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.store import Library
from app.ui import file_dialogs
from tests.ui.helpers import open_window

TEXT = "The toll on the old causeway rose to two coins in March."


def _said(window) -> list[QLabel]:
    """The status bar's shown notes about an offline copy."""
    return [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.isVisible() and label.text().startswith("Offline copy")
    ]


def test_an_offline_copy_names_its_team_library(qtbot, pg_database, tmp_path):
    init_team(pg_database)
    with PgLibrary(pg_database) as team:
        team.add_source(TEXT, SourceMeta(title="Causeway"), items=[NewItem("fact", 0, len(TEXT))])
        take_offline(team, tmp_path / "road.sqlite", Part.everything(), pg_database).close()
    library = Library(tmp_path / "road.sqlite")
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: bool(_said(window)), timeout=5_000)
    (label,) = _said(window)
    assert label.text().startswith("Offline copy of team library ")
    assert "Sync with Team Library" in label.toolTip()
    window.close()
    library.close()


def test_a_library_file_says_nothing_of_the_kind(qtbot, tmp_path):
    library = Library(tmp_path / "mine.sqlite")
    window = open_window(qtbot, library)
    qtbot.wait(100)
    assert _said(window) == []
    assert not window.commands["sync_kept"].isEnabled()  # nothing synced here
    window.close()
    library.close()


def test_take_offline_suggests_a_file_in_the_home_folder(qtbot, pg_database, monkeypatch):
    from pathlib import Path

    init_team(pg_database)
    library = PgLibrary(pg_database)
    window = open_window(qtbot, library)
    asked = []

    def save_as(parent, caption, suggested, *args, **kwargs):
        asked.append(suggested)
        return "", ""  # the user cancels

    monkeypatch.setattr(file_dialogs, "save_file_name", save_as)
    monkeypatch.setattr(window.offline, "choose_part", Part.everything)
    window.offline.take_offline()
    assert asked and Path(asked[0]).parent == Path.home()
    window.close()
    library.close()
