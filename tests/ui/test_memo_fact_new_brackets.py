"""A fact in the memo follows its source's new date, as its note does.

A fact picked from an undated source keeps the wording it was picked with
("Earlier Wednesday, [Ivo] Brask spoke ..."). Once Source Properties gives
the source a date, the library words it "Earlier Wednesday [April 20,
2016], ..."; the memo's note followed the new date but the fact did not,
and nothing said so. Now the bar above the memo says so and Update Memo
takes the new wording (one undoable step); a fact whose words the user
changed in the memo is left as they wrote it.
"""

from __future__ import annotations

import pytest

from tests.ui.helpers import add_by_keyboard, date_in_source_properties, window_with_article

ARTICLE = (
    "Velmar port lets go of its pilot over a kettle post.\n\n"
    "Ivo Brask, a harbor pilot for nine years, lost his post at the Velmar port"
    " authority on Wednesday.\n\n"
    "Earlier Wednesday, Brask spoke on a call-in program in Tarsk and denied any spite"
    " toward kettle makers.\n"
)
UNDATED = (
    "Earlier Wednesday, [Ivo] Brask spoke on a call-in program in Tarsk and denied any"
    " spite toward kettle makers."
)
DATED = (
    "Earlier Wednesday [April 20, 2016], [Ivo] Brask spoke on a call-in program in Tarsk"
    " and denied any spite toward kettle makers."
)


@pytest.fixture
def window(qtbot, seeded_library, tmp_path):
    return window_with_article(qtbot, seeded_library, tmp_path, "pilot.txt", ARTICLE)


def _date_source(window, qtbot, source_id):
    date_in_source_properties(window, qtbot, source_id, "2016-04-21")
    window.editor.status.update()


def _fact_text(window):
    (block,) = window.current_brief().blocks()
    return block.text


def test_update_memo_takes_the_new_brackets_of_a_fact(window, qtbot, seeded_library):
    item = add_by_keyboard(window, qtbot, "call-in program", kind="fact")
    assert _fact_text(window) == UNDATED
    editor = window.editor

    _date_source(window, qtbot, item.source_id)

    assert seeded_library.item(item.id).cited == DATED
    assert "1 fact in the memo is worded with other brackets" in editor.news_text.text()
    assert not editor.update_button.isHidden()
    editor.update_button.click()
    assert _fact_text(window) == DATED
    (cited,) = editor.status.cited_brief().blocks()  # what the export and preview cite
    assert cited.text == DATED
    assert "worded with other brackets" not in editor.news_text.text()
    editor.undo_stack.undo()  # one step takes back the details and the wording
    assert _fact_text(window) == UNDATED


def test_a_fact_the_user_reworded_is_left_as_written(window, qtbot, seeded_library):
    item = add_by_keyboard(window, qtbot, "call-in program", kind="fact")
    (block,) = window.current_brief().blocks()
    own = UNDATED.replace("denied any spite", "denied all spite")
    window.editor.model.set_block_text(block.id, own)

    _date_source(window, qtbot, item.source_id)

    assert "worded with other brackets" not in window.editor.news_text.text()
    window.editor.update_button.click()  # the new date taken, not the wording
    assert _fact_text(window) == own
