"""Source Properties: a new date that no longer offers a fact the open memo
cites keeps it (the memo's block still cites it, and the export has nothing
to refuse), and so does one a memo saved and closed cites: the window marks
in the library what a memo cites when it is opened or added to (a key, a
drag). One no memo cites goes, and the status line says so."""

from __future__ import annotations

import pytest

from app.core.brief import Block, Brief, Section
from app.core.export import changed_citations
from tests.core.test_fact_refresh_kept import ARTICLE, FRIDAY, MEETS
from tests.ui.helpers import (
    add_by_keyboard,
    date_in_source_properties,
    drop,
    row_of_text,
    wait_idle,
    window_with_article,
)


@pytest.fixture
def window(qtbot, seeded_library, tmp_path):
    return window_with_article(qtbot, seeded_library, tmp_path, "rates.txt", ARTICLE)


def _redate(window, qtbot, source_id):
    return date_in_source_properties(window, qtbot, source_id, FRIDAY)


def _meets(library, source_id):
    return [i.id for i in library.items_of_source(source_id, "fact") if (i.start, i.end) == MEETS]


def test_a_fact_the_open_memo_cites_stays_when_a_new_date_drops_it(window, qtbot, seeded_library):
    item = add_by_keyboard(window, qtbot, "meets on Tuesday", kind="fact")
    (block,) = window.current_brief().blocks()
    assert block.item_id == item.id

    assert _redate(window, qtbot, item.source_id) == "Source properties saved"

    assert _meets(seeded_library, item.source_id) == [item.id]
    assert seeded_library.item(item.id).cited is None  # in the source's own words
    assert changed_citations(window.current_brief(), seeded_library) == {}


def test_a_new_date_that_drops_a_fact_says_so(window, qtbot, seeded_library):
    source_id = seeded_library.sources()[-1][0]
    (fact_id,) = _meets(seeded_library, source_id)

    line = _redate(window, qtbot, source_id)

    assert "no longer gives 1 of its facts, which is no longer offered" in line
    assert _meets(seeded_library, source_id) == []
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert _meets(seeded_library, source_id) == [fact_id]  # under its own id


def _marked(library, source_id):
    rows = library.db.execute(
        "SELECT id FROM items WHERE source_id = ? AND in_memo = 1", (source_id,)
    )
    return {r[0] for r in rows}


def test_a_fact_a_saved_and_closed_memo_cites_stays(window, qtbot, seeded_library, tmp_path):
    item = add_by_keyboard(window, qtbot, "meets on Tuesday", kind="fact")
    qtbot.waitUntil(lambda: item.id in _marked(seeded_library, item.source_id), timeout=10_000)
    window.document.save(tmp_path / "rates.brief.json")
    window.files.new()  # the memo is closed: no memo open cites the fact
    assert not list(window.current_brief().blocks())

    _redate(window, qtbot, item.source_id)

    assert _meets(seeded_library, item.source_id) == [item.id]
    assert seeded_library.item(item.id).cited is None


def test_opening_a_memo_marks_what_it_cites(window, qtbot, seeded_library, tmp_path):
    source_id = seeded_library.sources()[-1][0]
    (fact_id,) = _meets(seeded_library, source_id)
    block = Block.from_item(seeded_library.item(fact_id), seeded_library.source(source_id))
    path = tmp_path / "made-elsewhere.brief.json"
    Brief(sections=[Section("Council", [block])]).save(path)
    assert _marked(seeded_library, source_id) == set()

    assert window.open_brief(path)
    qtbot.waitUntil(lambda: fact_id in _marked(seeded_library, source_id), timeout=10_000)


def test_a_fact_dragged_into_the_memo_is_marked(window, qtbot, seeded_library):
    panel, view = window.library_panel, window.editor.view
    panel.show_kind("fact")
    row = row_of_text(panel, "meets on Tuesday")
    item = panel.model.item_at(row)
    mime = panel.model.mimeData([panel.model.index(row, 0)])
    drop(view.viewport(), mime, view.visualRect(window.document.model.section_index(0)).center())
    assert [b.item_id for b in window.current_brief().blocks()] == [item.id]

    qtbot.waitUntil(lambda: item.id in _marked(seeded_library, item.source_id), timeout=10_000)


def test_saving_a_memo_marks_what_it_cites_again(window, qtbot, seeded_library, tmp_path):
    item = add_by_keyboard(window, qtbot, "meets on Tuesday", kind="fact")
    qtbot.waitUntil(lambda: item.id in _marked(seeded_library, item.source_id), timeout=10_000)
    with seeded_library.transaction() as db:  # a mark lost (another program's copy put back)
        db.execute("UPDATE items SET in_memo = 0 WHERE id = ?", (item.id,))

    window.document.save(tmp_path / "rates.brief.json")

    qtbot.waitUntil(lambda: item.id in _marked(seeded_library, item.source_id), timeout=10_000)
