"""A team library's reader sees the commands that would change the library
disabled, each saying why (menus, context menus, buttons, keys): Rename,
Merge, Resolve, Delete Source and Change Speaker were refused only after
their dialog. An editor sees only Delete Source (an admin's) so. Invented words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from tests.ui.helpers import open_window, select_library_row, team_user

QUOTE = "The north landing opens before the first frost"
SAID = f'"{QUOTE}," said Ana Ruiz at the pier.'
A = "Velmora has had its bottle deposit law since 1971, state officials said."
B = "Velmora passed its bottle deposit law in 1975, state officials said."


@pytest.fixture
def team(pg_database):
    """A team library with a quote of Ana Ruiz's, another speaker, and a conflict."""
    init_team(pg_database)
    quotes = (
        (SAID, "Pier notes", QUOTE, "Ana Ruiz"),
        (
            '"We keep the lamps lit," said Tomas Vell.',
            "Lamp notes",
            "We keep the lamps lit",
            "Tomas Vell",
        ),
    )
    with PgLibrary(pg_database) as owner:
        for text, title, words, speaker in quotes:
            at = text.index(words)
            quote = NewItem("quote", at, at + len(words), speaker=speaker)
            owner.add_source(text, SourceMeta(title=title), items=[quote])
        for text in (A, B):
            sid = owner.add_source(
                text, SourceMeta(title=text[:20]), items=[NewItem("fact", 0, len(text))]
            )
            corroborate.update(owner, sid)
    return pg_database


def _window(qtbot, pg_cluster, team, level):
    _, url = team_user(pg_cluster, team, level, level)
    library = PgLibrary(url)
    window = open_window(qtbot, library)
    select_library_row(window.library_panel, 0)
    return window, library


def test_a_reader_sees_what_would_change_the_library_disabled(qtbot, pg_cluster, team):
    window, library = _window(qtbot, pg_cluster, team, "reader")
    c = window.commands
    window.viewer.text.selectAll()  # Clip Selection, with words selected
    for name in (
        "speaker",
        "tags",
        "properties",
        "delete_source",
        "import",
        "paste_source",
        "clip",
    ):
        assert not c[name].isEnabled(), name
        assert "Read-only: you are a reader in this team library" in c[name].toolTip(), name
    assert c["add"].isEnabled()  # the memo is the reader's own
    assert window.readonly_label.isVisibleTo(window)
    assert "reader" in window.readonly_label.text()

    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    speakers = panel.speakers
    qtbot.waitUntil(lambda: speakers.rows.rowCount() == 2)
    speakers.list.setCurrentIndex(speakers.rows.index(0))
    for button in (speakers.rename_button, speakers.merge_button, speakers.check_button):
        assert not button.isEnabled()
        assert "you are a reader" in button.toolTip()
    said = []
    speakers.statusChanged.connect(said.append)
    speakers.list.setFocus()
    QTest.keyClick(speakers.list, Qt.Key.Key_F2)  # no dialog: said in the status line
    assert said and "Read-only: you are a reader" in said[-1]

    conflicts = window.corroboration().conflicts_view
    window.corroboration().show_tab(1)
    assert conflicts.current_conflict() is not None
    conflicts.choice.setCurrentIndex(0)
    for widget in (conflicts.choice, conflicts.note, conflicts.resolve_button):
        assert not widget.isEnabled()
        assert "you are a reader" in widget.toolTip()
    window.close()
    library.close()


def test_an_editor_sees_only_delete_source_disabled(qtbot, pg_cluster, team):
    window, library = _window(qtbot, pg_cluster, team, "editor")
    c = window.commands
    window.viewer.text.selectAll()
    for name in ("speaker", "tags", "properties", "import", "paste_source", "clip"):
        assert c[name].isEnabled(), name
    assert not c["delete_source"].isEnabled()
    assert "Needs the admin role: you are an editor" in c["delete_source"].toolTip()
    assert not window.readonly_label.isVisibleTo(window)
    conflicts = window.corroboration().conflicts_view
    window.corroboration().show_tab(1)
    conflicts.choice.setCurrentIndex(0)
    assert conflicts.resolve_button.isEnabled()
    window.close()
    library.close()


def test_a_role_given_meanwhile_enables_them_when_the_window_is_back(qtbot, pg_cluster, team):
    from app.core.pg.roles import set_role

    name, url = team_user(pg_cluster, team, "reader", "reader")
    library = PgLibrary(url)
    window = open_window(qtbot, library)
    assert not window.commands["speaker"].isEnabled()
    set_role(team, name, "editor")
    window.live.gate.ask(force=True)  # as the window activated again does
    assert window.commands["speaker"].isEnabled()
    assert "reader" not in window.commands["speaker"].toolTip()
    assert not window.readonly_label.isVisibleTo(window)
    window.close()
    library.close()
