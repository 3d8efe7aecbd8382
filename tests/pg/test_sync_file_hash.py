"""A file's hash travels with an offline copy both ways: the same file
imported in the team library and in the copy, read into different texts (by
two versions of the app), is one source after Sync, as it is in one library."""

from __future__ import annotations

import pytest

from app.core.errors import DuplicateSourceError
from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.sync import sync

FILE_HASH = "ab" * 32  # the hash of the file's bytes, as the importer gives it
AS_READ_THERE = "Quillon ferry fares rose to 4 crowns on Monday."
AS_READ_HERE = "Quillon ferry fares rose to 4 crowns on Monday.\n\nPhoto: the pier."


def _add(library, text, title):
    return library.add_source(
        text, SourceMeta(title=title), items=[NewItem("fact", 0, 47)], file_hash=FILE_HASH
    )


def test_a_file_the_team_had_is_known_to_the_copy(team_url, tmp_path):
    with PgLibrary(team_url) as team:
        there = _add(team, AS_READ_THERE, "Ferry")
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
    try:
        with pytest.raises(DuplicateSourceError) as found:
            _add(local, AS_READ_HERE, "Ferry again")
        assert found.value.existing_id == there
    finally:
        local.close()


def test_a_file_imported_in_both_places_meanwhile_is_one_source(team_url, tmp_path):
    with PgLibrary(team_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), team_url)
    try:
        here = _add(local, AS_READ_HERE, "Ferry (road)")
        with PgLibrary(team_url) as other:
            there = _add(other, AS_READ_THERE, "Ferry (office)")
        with PgLibrary(team_url) as team:
            report = sync(local, team, team_url)
            assert (report.sources_sent, report.sources_already_there) == (0, 1)
            assert report.moved == {here: there}
            assert team.count_sources() == 1
        assert local.count_sources() == 1
    finally:
        local.close()
