"""A speaker renamed on the road to a name a colleague's import brought into
the team library meanwhile: the sync still goes through (the rest of the
road's work is not held back by one name), and the report says what it did.
So for the name written in another case ("DANA VELK" beside Dana Velk),
which the team library refuses to rename to as a clash (one person, two
speakers): both are kept and said, as for the same name."""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.sync import sync

TEXT = '"The quay reopens in May," said Dana Velk. The fare stays at two crowns.'


@pytest.mark.parametrize("road_name", ["Dana Velk", "DANA VELK"])
def test_a_rename_to_a_name_the_team_has_now_does_not_stop_the_sync(
    seeded_team, make_user, tmp_path, road_name
):
    _, dana_url = make_user("editor")
    _, omar_url = make_user("editor")
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    speaker = local.speakers()[0][0]
    first = local.sources()[0][0]
    local.rename_speaker(speaker.id, road_name)  # fixed on the road
    local.set_item_tags(local.items_of_source(first)[0].id, ["road"])
    with PgLibrary(omar_url) as other:  # meanwhile in the office
        end = TEXT.index(",") + 2
        other.add_source(
            TEXT, SourceMeta(title="Quay"), items=[NewItem("quote", 0, end, speaker="Dana Velk")]
        )
    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        assert "road" in team.item_tags(local.items_of_source(first)[0].id)
        names = {s.name for s, _ in team.speakers()}
        assert "Dana Velk" in names
    assert any(road_name in line for line in report.kept)
    local.close()
