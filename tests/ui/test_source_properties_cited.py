"""Source Properties: a new date that no longer offers a fact the open memo
cites keeps it (the memo's block still cites it, and the export has nothing
to refuse); one no memo open cites goes, and the status line says so."""

from __future__ import annotations

import pytest

from app.core.export import changed_citations
from app.core.importer import import_file
from tests.core.test_fact_refresh_kept import ARTICLE, FRIDAY, MEETS
from tests.ui.helpers import add_by_keyboard, open_window, wait_idle


@pytest.fixture
def window(qtbot, seeded_library, tmp_path):
    path = tmp_path / "rates.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert import_file(seeded_library, path).ok
    return open_window(qtbot, seeded_library)


def _redate(window, qtbot, source_id):
    dialog = window.sources.edit_current_source(source_id)
    dialog.form.edits["date"].setText(FRIDAY)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
    wait_idle(qtbot, window)
    return window.statusBar().currentMessage()


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
