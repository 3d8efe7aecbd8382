"""A source deleted while the viewer shows it comes back in the viewer when
an undo brings it back, a colleague's on a team library too: the viewer
went on saying "That source is no longer in the library" (invented words)."""

from __future__ import annotations

from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from tests.ui.helpers import open_window

TEXT = "The toll on the old causeway rose to two coins in March."


def test_a_colleagues_undo_brings_the_source_back_into_the_viewer(qtbot, pg_database):
    init_team(pg_database)
    with PgLibrary(pg_database) as owner:
        sid = owner.add_source(
            TEXT, SourceMeta(title="Causeway notes"), items=[NewItem("fact", 0, len(TEXT))]
        )
        # Another source stays: a library left with none says so instead.
        owner.add_source("The ferry left at noon.", SourceMeta(title="Ferry log"))
    library = PgLibrary(pg_database)
    window = open_window(qtbot, library)
    viewer = window.viewer
    viewer.show_source(sid)
    assert viewer.title.text() == "Causeway notes"

    with PgLibrary(pg_database) as colleague:
        deleted = edits.delete_source(colleague, sid)
        qtbot.waitUntil(lambda: "no longer in the library" in viewer.meta.text(), timeout=10_000)
        deleted.revert(colleague)  # their Edit > Undo
    qtbot.waitUntil(lambda: viewer.title.text() == "Causeway notes", timeout=10_000)
    assert "two coins" in viewer.text.toPlainText()
    window.close()
    library.close()
