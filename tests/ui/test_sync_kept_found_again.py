"""A value changed in an offline copy that lost to the team library's on
Sync can be found again once the report is closed: File > Changes Kept from
Syncs lists it (the copy kept it, but only the report said it; invented words)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.store import Library
from tests.ui.helpers import open_window

TEXT = "The toll on the old causeway rose to two coins in March."


def test_a_value_that_lost_on_sync_is_listed_again(qtbot, pg_database, tmp_path, message_boxes):
    init_team(pg_database)
    road = tmp_path / "road.sqlite"
    with PgLibrary(pg_database) as team:
        sid = team.add_source(
            TEXT, SourceMeta(title="Causeway", outlet="Quenby Post"), items=[NewItem("fact", 0, 10)]
        )
        take_offline(team, road, Part.everything(), pg_database).close()
        theirs = team.source(sid).meta
        theirs.outlet = "Quenby Evening Post"
        team.update_source_meta(sid, theirs)
    library = Library(road)
    mine = library.source(sid).meta
    mine.outlet = "The Quenby Post"
    library.update_source_meta(sid, mine)
    window = open_window(qtbot, library)
    kept = window.commands["sync_kept"]
    qtbot.waitUntil(kept.isEnabled, timeout=5_000)

    window.offline.sync()
    qtbot.waitUntil(lambda: any(m[1] == "Synced" for m in message_boxes), timeout=20_000)
    report = next(m[2] for m in message_boxes if m[1] == "Synced")
    assert "'The Quenby Post'" in report and "Changes Kept from Syncs" in report

    kept.trigger()  # the report closed: the value is still found
    title, text = message_boxes[-1][1:]
    assert title == "Changes Kept from Syncs"
    assert "the team library's 'Quenby Evening Post' stays; yours was 'The Quenby Post'" in text
    window.close()
    library.close()
