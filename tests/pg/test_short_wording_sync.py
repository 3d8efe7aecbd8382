"""A short wording's quote group in the team library follows the speakers
a Sync sends up: a quote given to another person in a copy taken offline
joins that person's group there, and leaves its old one (invented names
and sentences)."""

from __future__ import annotations

from app.core import library_edits as edits
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.sync import sync
from tests.core.test_short_wording_speakers import SHORT, _add, _sources_together


def test_a_speaker_chosen_offline_regroups_the_team_library(team_url, tmp_path):
    with PgLibrary(team_url) as team:
        _add(team, SHORT, "Ana Ruiz", "Pier news")
        second = _add(team, SHORT, "Ivo Brask", "Ferry weekly")
        assert _sources_together(team) == []
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
        try:
            (item,) = local.items_of_source(second, kind="quote")
            edits.set_item_speaker(local, item.id, "Ana Ruiz")
            assert _sources_together(local) == [2]
            sync(local, team, team_url)
        finally:
            local.close()
        assert _sources_together(team) == [2]
