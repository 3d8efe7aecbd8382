"""A memo drafted against an offline copy cites a source imported there by
the copy's ids; Sync gives it the team library's, and another person's
import may take the old ones meanwhile. `team sync --memo` (and Sync in the
window with the memo open) makes the memo cite them by the new ids: against
the team library every block then cites the same words, speaker and source,
checked, with each note citing its own block's article."""

from __future__ import annotations

import pytest
from docx import Document

from app.cli import run
from app.core.brief import Block, Brief, Section
from app.core.brief_conflicts import matching_items
from app.core.brief_sources import source_states
from app.core.export.preflight import changed_speakers
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.store import Library
from tests.export.test_docx import notes_of

TEAM = 'Harbour news. "Fares stay," said Vesk Brask on Monday.'
ROAD = 'Ferry news. "The pier opens," said Velmar Tarn on Tuesday.'
OFFICE = 'Office news. "Rates fall," said Orra Quell on Friday.'


def _quote(text, words, speaker):
    start = text.index(words)
    return NewItem("quote", start, start + len(words), speaker=speaker)


def _meta(title, outlet, slug):
    return SourceMeta(title, outlet, date="2026-11-02", url=f"https://example.org/{slug}")


def _memo_in_copy(team_url, make_user, tmp_path, *part):
    """(memo path, copy path, dana's URL, omar's URL): a memo drafted in the
    copy citing a team source and one imported there; then omar imports an
    article in the team library, which takes the road source's id."""
    _, dana = make_user("editor")
    _, omar = make_user("editor")
    with PgLibrary(team_url) as owner:
        sid = owner.add_source(
            TEAM,
            _meta("Fares stay", "Harbour Gazette", "fares"),
            items=[_quote(TEAM, '"Fares stay,"', "Vesk Brask")],
        )
        owner.set_item_tags(owner.items_of_source(sid)[0].id, ["harbour"])
    road = tmp_path / "road.sqlite"
    assert run(["team", "offline", str(road), "--library", dana, *part]) == 0
    with Library(road) as local:
        mine = local.add_source(
            ROAD,
            _meta("The pier opens", "Road Post", "pier"),
            items=[_quote(ROAD, '"The pier opens,"', "Velmar Tarn")],
        )
        team_source = next(s for s, *_ in local.sources() if s != mine)
        blocks = [
            Block.from_item(local.items_of_source(sid)[0], local.source(sid))
            for sid in (team_source, mine)
        ]
    memo = tmp_path / "memo.brief.json"
    Brief(sections=[Section("Harbour", blocks)]).save(memo)
    with PgLibrary(omar) as other:
        taken = other.add_source(
            OFFICE,
            _meta("Rates fall", "Office Times", "rates"),
            items=[_quote(OFFICE, '"Rates fall,"', "Orra Quell")],
        )
    assert taken == mine  # the road source's id is another article's there
    return memo, road, dana, omar


@pytest.mark.parametrize("part", [(), ("--tag", "harbour")], ids=["whole", "tag"])
def test_sync_with_the_memo_makes_it_cite_the_team_librarys_ids(
    team_url, make_user, tmp_path, capsys, part
):
    memo, road, dana, _ = _memo_in_copy(team_url, make_user, tmp_path, *part)
    before = Brief.load(memo)
    assert run(["team", "sync", str(road), "--memo", str(memo)]) == 0
    out = capsys.readouterr().out
    assert (
        "renumbered: 1 source sent up" in out and "1 block now cites the team library's ids" in out
    )
    brief = Brief.load(memo)
    with PgLibrary(dana) as team:
        states = source_states(brief, team)
        assert {s.status for s in states.values()} == {"live"}
        items = matching_items(brief, team)
        assert len(items) == 2 and changed_speakers(brief, team) == {}
        for block, was in zip(brief.blocks(), before.blocks(), strict=True):
            item = items[block.id]
            assert (block.text, block.speaker) == (was.text, was.speaker)
            assert item.speaker_name == was.speaker
            assert team.source(item.source_id).meta.title == was.source.title
        # A block picked since from the article that took the old id.
        office = team.items_of_source(before.blocks()[1].source.source_id)[0]
        brief.sections[0].blocks.append(Block.from_item(office, team.source(office.source_id)))
        brief.save(memo)
    # The office block cites the id the road source had in the copy: its words
    # are there, so another sync with the memo leaves it be.
    assert run(["team", "sync", str(road), "--memo", str(memo)]) == 0
    assert "left as it was" in capsys.readouterr().out
    assert Brief.load(memo) == brief
    # Exported against the team library, strict: every block is checked there;
    # footnote N cites the article block N was picked from.
    out_file = tmp_path / "memo.docx"
    assert run(["export", str(memo), "--out", str(out_file), "--library", dana, "--strict"]) == 0
    assert "Not in this library" not in capsys.readouterr().err
    notes, refs = notes_of(Document(str(out_file)))
    assert [n for n, *_ in notes] == [n for n, *_ in refs] == [1, 2, 3]
    cited = [("Fares Stay" in t, "Pier Opens" in t, "Rates Fall" in t) for _, _, t, _ in notes]
    assert cited == [(True, False, False), (False, True, False), (False, False, True)]


def test_a_memo_synced_later_is_renumbered_by_the_moves_the_copy_keeps(
    team_url, make_user, tmp_path, capsys
):
    memo, road, dana, _ = _memo_in_copy(team_url, make_user, tmp_path)
    assert run(["team", "sync", str(road)]) == 0
    assert run(["team", "sync", str(road), "--memo", str(memo)]) == 0
    assert "1 block now cites" in capsys.readouterr().out
    with PgLibrary(dana) as team:
        brief = Brief.load(memo)
        assert {s.status for s in source_states(brief, team).values()} == {"live"}
    # Again: nothing left to renumber, the memo is left as it was.
    assert run(["team", "sync", str(road), "--memo", str(memo)]) == 0
    assert "left as it was" in capsys.readouterr().out
    assert Brief.load(memo) == brief


def test_sync_in_the_window_renumbers_the_open_memo(team_url, make_user, tmp_path, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.tasks import wait_for_tasks
    from tests.ui.helpers import open_window

    memo, road, dana, _ = _memo_in_copy(team_url, make_user, tmp_path)
    shown = []
    patch = pytest.MonkeyPatch()
    patch.setattr(QMessageBox, "information", lambda _p, title, text, *a: shown.append(text))
    local = Library(road)
    window = open_window(qtbot, local)
    try:
        assert window.open_brief(memo)
        before = [(b.source.source_id, b.item_id) for b in window.current_brief().blocks()]
        reports = []
        window.offline.synced.connect(reports.append)
        qtbot.waitUntil(window.offline.sync_action.isEnabled)
        window.offline.sync_action.trigger()
        qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
        wait_for_tasks()
        moved = reports[0].moved
        after = [(b.source.source_id, b.item_id) for b in window.current_brief().blocks()]
        assert after[0] == before[0] and after[1][0] == moved[before[1][0]] != before[1][0]
        assert window.document.dirty
        with PgLibrary(dana) as team:
            brief = window.current_brief()
            assert {s.status for s in source_states(brief, team).values()} == {"live"}
            assert len(matching_items(brief, team)) == 2
        window.editor.undo_stack.undo()  # one step takes it back
        assert [(b.source.source_id, b.item_id) for b in window.current_brief().blocks()] == before
    finally:
        window.close()
        local.close()
        patch.undo()
    assert any("renumbered: 1 source sent up" in text for text in shown)


def test_a_fact_the_copy_found_for_a_date_is_cited_by_the_team_librarys_item(
    team_url, tmp_path, capsys
):
    """A date typed in on the road finds a fact under an id of the copy's own;
    the team library finds it again under another. A memo citing it then had
    no item there: unchecked, and export said the library no longer offers it."""
    from app.core import library_edits as edits
    from app.core.export.preflight import changed_citations

    text = "Quillon ferry fares rose to 4 crowns on Monday. The harbour board voted 5-2."
    with PgLibrary(team_url) as owner:
        sid = owner.add_source(text, SourceMeta(title="Ferry fares"))
    road = tmp_path / "road.sqlite"
    assert run(["team", "offline", str(road), "--library", team_url]) == 0
    with Library(road) as local:
        edits.update_source_meta(local, sid, SourceMeta(title="Ferry fares", date="2024-11-08"))
        fact = local.items_of_source(sid, kind="fact")[0]
        assert "[November 4, 2024]" in fact.cited
        block = Block.from_item(fact, local.source(sid))
    memo = tmp_path / "memo.brief.json"
    Brief(sections=[Section("Fares", [block])]).save(memo)
    with PgLibrary(team_url) as other:
        other.add_source(  # its fact takes the id the copy gave the road's
            "The office added this.", _meta("Office", "Times", "o"), items=[NewItem("fact", 0, 22)]
        )
    assert run(["team", "sync", str(road), "--memo", str(memo)]) == 0
    assert "1 block now cites" in capsys.readouterr().out
    brief = Brief.load(memo)
    with PgLibrary(team_url) as team:
        (there,) = matching_items(brief, team).values()
        assert (there.source_id, there.cited) == (sid, fact.cited) and there.id != fact.id
        assert changed_citations(brief, team) == {}
