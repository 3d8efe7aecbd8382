"""Take a team library (or a part) offline into a library file, work there,
and sync: changes go up, others' additions come down, and where both sides
changed the same thing, both versions are kept and reported."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core.brief import Block, Brief, Section
from app.core.errors import LibraryError
from app.core.importer import add_bundled_sources
from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, link_of, take_offline
from app.core.pg.connect import TeamPermissionError
from app.core.pg.library import PgLibrary
from app.core.store import Library, SearchFilter
from app.core.sync import kept_here, sync

ROAD = "Quillon ferry fares rose to 4 crowns on Monday. The harbour board voted 5-2 for it."


@pytest.fixture
def office(team_url, make_user):
    """A seeded team library and two editors' addresses: (owner URL, dana, omar)."""
    with PgLibrary(team_url) as owner:
        add_bundled_sources(owner)
    return team_url, make_user("editor"), make_user("editor")


def _ids(library):
    return [(sid, m.title) for sid, _, m, _ in library.sources()]


def test_whole_library_offline_keeps_ids_groups_and_search(office, tmp_path):
    url, (_, dana_url), _ = office
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
        assert _ids(local) == _ids(team)
        assert [i.id for i in local.search(SearchFilter(query="sanctuary"))] == [
            i.id for i in team.search(SearchFilter(query="sanctuary"))
        ]
        assert sorted(c.item_ids for c in local.clusters()) == sorted(
            c.item_ids for c in team.clusters()
        )
        assert [c.values for c in local.conflicts()] == [c.values for c in team.conflicts()]
        location, part = link_of(local)
        assert part == Part.everything() and "@" in location
        local.close()
    with pytest.raises(LibraryError, match="already"):
        with PgLibrary(dana_url) as team:
            take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)


def test_a_tag_goes_offline_with_its_sources(office, tmp_path):
    _, (_, dana_url), _ = office
    with PgLibrary(dana_url) as team:
        sources = _ids(team)
        item = team.items_of_source(sources[1][0])[0]
        team.set_item_tags(item.id, ["ordinance"])
        local = take_offline(team, tmp_path / "tag.sqlite", Part.with_tag("ordinance"), dana_url)
        assert _ids(local) == [sources[1]]
        assert local.item_tags(item.id) == ["ordinance"]
        local.close()


def test_a_memo_goes_offline_with_its_groups_and_conflicts(office, tmp_path):
    _, (_, dana_url), _ = office
    with PgLibrary(dana_url) as team:
        conflict = team.conflicts()[0]
        cited = team.item(conflict.item_ids[0])
        brief = Brief(
            sections=[Section("Facts", [Block.from_item(cited, team.source(cited.source_id))])]
        )
        local = take_offline(team, tmp_path / "memo.sqlite", Part.memo(brief), dana_url)
        held = {sid for sid, _ in _ids(local)}
        assert cited.source_id in held
        assert {team.item(i).source_id for i in conflict.item_ids} <= held
        assert len(held) < len(_ids(team)) or len(held) == len(_ids(team))
        assert [sorted(set(c.values)) for c in local.conflicts()] == [sorted(set(conflict.values))]
        local.close()


def test_sync_sends_changes_up_and_brings_others_down(office, tmp_path):
    _, (dana, dana_url), (omar, omar_url) = office
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    # On the road: a new source, a tag, a rename, a decision, a detail.
    sid = local.add_source(ROAD, SourceMeta(title="Ferry fares"), items=[NewItem("fact", 0, 46)])
    corroborate.update(local, sid)
    first = local.sources()[0][0]
    quote = local.items_of_source(first, kind="quote")[0]
    local.set_item_tags(quote.id, ["road"])
    speaker = local.speakers()[0][0]
    local.rename_speaker(speaker.id, "Vellam Orr")
    conflict = local.conflicts()[0]
    local.resolve_conflict(conflict.id, conflict.values[0], "checked on the road")
    meta = local.source(first).meta
    meta.outlet = "Road Gazette"
    local.update_source_meta(first, meta)
    # Meanwhile in the office.
    with PgLibrary(omar_url) as other:
        other_id = other.add_source(
            "The office added this.", SourceMeta(title="Office"), items=[NewItem("fact", 0, 22)]
        )
    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        assert report.sources_sent == 1 and report.details_sent == 1
        assert report.speakers_sent == 1 and report.resolutions_sent == 1
        assert report.tags_sent == 1 and report.sources_received == 1
        assert report.kept == []
        moved = report.moved[sid]
        assert team.source(moved).text == ROAD
        assert team.item_tags(quote.id) == ["road"]
        assert any(s.name == "Vellam Orr" for s, _ in team.speakers())
        assert team.source(first).meta.outlet == "Road Gazette"
        resolved = next(c for c in team.conflicts() if c.resolution)
        assert (resolved.resolution, resolved.note, resolved.resolved_by) == (
            conflict.values[0],
            "checked on the road",
            dana,
        )
    # The copy now mirrors the team library, others' source included, under its ids.
    assert other_id in [s for s, _ in _ids(local)]
    assert moved in [s for s, _ in _ids(local)]
    assert local.item_tags(quote.id) == ["road"]
    local.close()


def test_sync_keeps_both_when_both_sides_changed(office, tmp_path):
    _, (dana, dana_url), (omar, omar_url) = office
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    speaker = local.speakers()[0][0]
    first = local.sources()[0][0]
    conflict = local.conflicts()[0]
    a, b = sorted(set(conflict.values))[:2]
    local.rename_speaker(speaker.id, "Name From The Road")
    local.resolve_conflict(conflict.id, a, "road: the older record")
    meta = local.source(first).meta
    meta.date = "2024-11-20"
    local.update_source_meta(first, meta)
    with PgLibrary(omar_url) as other:
        other.rename_speaker(speaker.id, "Name From The Office")
        there = other.conflicts()[0]
        other.resolve_conflict(there.id, b, "office: the newer law")
        theirs = other.source(first).meta
        theirs.date = "2024-11-21"
        other.update_source_meta(first, theirs)
    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        named = {s.id: s for s, _ in team.speakers()}[speaker.id]
        assert named.name == "Name From The Office"
        assert "Name From The Road" in named.aliases
        decided = team.conflicts()[0]
        both = {
            (decided.resolution, decided.resolved_by),
            *((c, by) for c, _, by in decided.others),
        }
        assert both == {(a, dana), (b, omar)}
        assert team.source(first).meta.date == "2024-11-21"
    text = "\n".join(report.kept)
    assert "Name From The Road" in text and "2024-11-20" in text
    assert any("2024-11-20" in k for k in kept_here(local))
    local.close()


def test_a_source_added_in_both_places_is_stored_once(office, tmp_path):
    _, (_, dana_url), (_, omar_url) = office
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    mine = local.add_source(ROAD, SourceMeta(title="Mine"), items=[NewItem("fact", 0, 46)])
    with PgLibrary(omar_url) as other:
        theirs = other.add_source(ROAD, SourceMeta(title="Theirs"), items=[NewItem("fact", 0, 46)])
    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        assert (report.sources_sent, report.sources_already_there) == (0, 1)
        assert report.moved == {mine: theirs}
        assert team.count_sources() == 6
    local.close()


def test_a_reader_cannot_sync_changes_and_nothing_is_half_sent(office, tmp_path, make_user):
    _, (_, dana_url), _ = office
    _, reader_url = make_user("reader")
    with PgLibrary(reader_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), reader_url)
        before = team.count_sources()
    local.add_source(ROAD, SourceMeta(title="Mine"), items=[NewItem("fact", 0, 46)])
    local.set_item_tags(local.search(SearchFilter(), limit=1)[0].id, ["x"])
    with PgLibrary(reader_url) as team:
        with pytest.raises(TeamPermissionError, match="editor"):
            sync(local, team, reader_url)
        assert team.count_sources() == before
    assert local.count_sources() == before + 1  # the copy keeps its work
    local.close()


def test_cli_offline_and_sync(office, tmp_path, capsys):
    from app.cli import run

    _, (_, dana_url), _ = office
    path = tmp_path / "cli.sqlite"
    assert run(["team", "offline", str(path), "--library", dana_url]) == 0
    assert "5 sources" in capsys.readouterr().out
    (tmp_path / "new.txt").write_text(ROAD, encoding="utf-8")
    assert run(["import", str(tmp_path / "new.txt"), "--library", str(path)]) == 0
    assert run(["team", "sync", str(path)]) == 0
    assert "sent: 1 new source (" in capsys.readouterr().out
    with PgLibrary(dana_url) as team:
        assert team.count_sources() == 6
    Library(tmp_path / "plain.sqlite").close()  # a library file, never taken offline
    assert run(["team", "sync", str(tmp_path / "plain.sqlite")]) == 1
    assert "not a copy taken offline" in capsys.readouterr().err


def test_a_conflict_with_a_source_added_offline_is_resolved_there_too(office, tmp_path):
    _, (dana, dana_url), _ = office
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    # Two invented reports that disagree on a figure: both added on the road.
    first = "The Quillon ferry board voted 5-2 on Monday to raise fares to 4 crowns."
    second = "The Quillon ferry board voted 6-1 on Monday to raise fares to 4 crowns."
    for n, text in enumerate((first, second)):
        sid = local.add_source(
            text, SourceMeta(title=f"Ferry {n}"), items=[NewItem("fact", 0, len(text))]
        )
        corroborate.update(local, sid)
    new = [c for c in local.conflicts() if "5-2" in c.values or "6-1" in c.values]
    assert new  # the two tallies disagree
    local.resolve_conflict(new[0].id, new[0].values[0], "minutes of the board")
    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        assert report.resolutions_sent == 1
        there = [c for c in team.conflicts() if c.note == "minutes of the board"]
        assert there and there[0].resolved_by == dana
    local.close()


def test_a_source_deleted_on_the_road_is_not_sent_and_comes_back(office, tmp_path):
    _, (_, dana_url), _ = office
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    gone = local.sources()[0][0]
    local.delete_source(gone)
    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        assert team.count_sources() == 5
    assert any(f"source {gone} deleted here" in n for n in report.not_sent)
    assert gone in [s for s, _ in _ids(local)]
    assert local.deleted_source_ids() == set()
    local.close()


def test_a_date_typed_in_on_the_road_dates_the_team_library_facts_too(office, tmp_path):
    from app.core import library_edits as edits
    from app.core.extract import extract_items

    owner_url, (_, dana_url), _ = office
    with PgLibrary(owner_url) as owner:
        sid = owner.add_source(ROAD, SourceMeta(title="Ferry fares"), items=extract_items(ROAD))
        corroborate.update(owner, sid)
        undated = {(i.start, i.end): i.cited for i in owner.items_of_source(sid, kind="fact")}
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    edits.update_source_meta(local, sid, SourceMeta(title="Ferry fares", date="2024-11-08"))
    here = {(i.start, i.end): i.cited for i in local.items_of_source(sid, kind="fact")}
    assert here != undated and any("[November 4, 2024]" in (c or "") for c in here.values())

    with PgLibrary(dana_url) as team:
        assert sync(local, team, dana_url).details_sent == 1
        there = {(i.start, i.end): i.cited for i in team.items_of_source(sid, kind="fact")}
        assert there == here
        # The team's groups were computed again with the new facts.
        assert not corroborate.update(team).rebuilt
    local.close()


def test_a_tag_on_a_fact_found_on_the_road_goes_to_that_fact_in_the_team_library(office, tmp_path):
    """A date typed in on the road finds facts the source had none of (it was
    stored without): they take ids of the copy's own, which the team library
    gives to what others add meanwhile. A tag on such a fact goes to the team
    library's fact at the same place, not to another item with its id."""
    from app.core import library_edits as edits

    owner_url, (_, dana_url), (_, omar_url) = office
    with PgLibrary(owner_url) as owner:
        sid = owner.add_source(ROAD, SourceMeta(title="Ferry fares"))
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    edits.update_source_meta(local, sid, SourceMeta(title="Ferry fares", date="2024-11-08"))
    fact = local.items_of_source(sid, kind="fact")[0]
    local.set_item_tags(fact.id, ["road"])
    with PgLibrary(omar_url) as other:
        other.add_source(
            "The office added this one.", SourceMeta(title="Office"), items=[NewItem("fact", 0, 26)]
        )

    with PgLibrary(dana_url) as team:
        report = sync(local, team, dana_url)
        assert report.tags_sent == 1
        (there,) = team.search(SearchFilter(tag="road"))
        assert (there.source_id, there.start, there.end) == (sid, fact.start, fact.end)
    local.close()
