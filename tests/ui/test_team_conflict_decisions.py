"""The Conflicts view on a team library: who decided is said, the others'
decisions are shown, and the chooser and note hold only one's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary
from tests.ui.helpers import team_user

A = "Velmora has had its bottle deposit law since 1971, state officials said."
B = "Velmora passed its bottle deposit law in 1975, state officials said."
C = "Velmora lawmakers created the bottle deposit law in 1971, state officials said."


@pytest.fixture
def two_editors(pg_database, pg_cluster):
    """A team library with a conflict (1971 vs 1975); two editors' URLs."""
    init_team(pg_database)
    with PgLibrary(pg_database) as owner:
        for text in (A, B, C):
            sid = owner.add_source(
                text, SourceMeta(title=text[:20]), items=[NewItem("fact", 0, len(text))]
            )
            corroborate.update(owner, sid)
    return (
        team_user(pg_cluster, pg_database, "editor", "ana"),
        team_user(pg_cluster, pg_database, "editor", "ben"),
    )


def test_a_colleagues_decision_is_theirs_and_mine_stays_mine(qtbot, two_editors):
    (ana, ana_url), (_, ben_url) = two_editors
    with PgLibrary(ana_url) as first:
        (conflict,) = first.conflicts()
        first.resolve_conflict(conflict.id, "1971", "Statute book checked")
    library = PgLibrary(ben_url)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)

    assert f"Resolved (decided by {ana}): 1971. Statute book checked" in view.status.text()
    # Nothing is Ben's yet: Resolve would record Ana's note as his.
    assert view.choice.currentIndex() == -1
    assert view.note.text() == ""
    assert not view.reopen_button.isEnabled()

    view.choice.setCurrentText("1975")
    qtbot.keyClicks(view.note, "The later article is right")
    with qtbot.waitSignal(live.changed):
        qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "decided by you" in view.status.text())
    said = view.status.text()
    assert "Resolved (decided by you): 1975. The later article is right" in said
    assert f"{ana.capitalize()} chose 1971: Statute book checked" in said
    assert view.choice.currentText() == "1975"
    assert view.note.text() == "The later article is right"
    assert view.reopen_button.isEnabled()
    live.close()
    library.close()


def test_what_i_am_writing_stays_when_a_colleague_decides(qtbot, two_editors):
    (ana, ana_url), (_, ben_url) = two_editors
    library = PgLibrary(ben_url)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)
    view.choice.setCurrentIndex(view.choice.findText("1975"))
    view.choice.activated.emit(view.choice.currentIndex())  # as a click on it does
    qtbot.keyClicks(view.note, "Half written: the later")

    with PgLibrary(ana_url) as first:  # meanwhile, Ana decides
        (conflict,) = first.conflicts()
        first.resolve_conflict(conflict.id, "1971", "Statute book checked")
    qtbot.waitUntil(lambda: f"decided by {ana}" in view.status.text(), timeout=10_000)
    assert view.choice.currentText() == "1975"
    assert view.note.text() == "Half written: the later"
    live.close()
    library.close()
