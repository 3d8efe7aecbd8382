"""Adding an item the memo already holds adds it again (the user may want it
twice) and says so in the status line, naming the section it is already in."""

from __future__ import annotations

import os

from app.core.brief import Block, Brief, Section
from tests.ui.helpers import add_by_keyboard, drop, open_window, row_of_text


def test_sections_holding_names_each_section_with_the_item_once():
    brief = Brief(
        sections=[
            Section("Roe", [Block(kind="quote", text="a", item_id=1)]),
            Section("Vesk", [Block(kind="quote", text="b", item_id=2)] * 2),
            Section("Brask", [Block(kind="prose", text="c")]),
        ]
    )
    assert brief.sections_holding([2, 9]) == ["Vesk"]
    assert brief.sections_holding([1, 2]) == ["Roe", "Vesk"]
    assert brief.sections_holding([9]) == []


def test_adding_an_item_twice_says_where_it_already_is(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    bar = window.statusBar()
    add_by_keyboard(window, qtbot, "hardening our defenses")
    first = window.current_brief().blocks()[0]
    where = next(s.title for s in window.current_brief().sections if s.blocks)
    assert bar.currentMessage() == f"Added to \u201c{where}\u201d"

    add_by_keyboard(window, qtbot, "hardening our defenses")  # Ctrl+Return again
    assert [b.item_id for b in window.current_brief().blocks()] == [first.item_id] * 2
    assert bar.currentMessage() == (
        f"Added to \u201c{where}\u201d; it was already in the memo, in \u201c{where}\u201d"
    )
    if os.environ.get("SHOT_DIR"):
        window.grab().save(os.path.join(os.environ["SHOT_DIR"], "added_twice.png"))

    panel, view = window.library_panel, window.editor.view
    mime = panel.model.mimeData([panel.model.index(row_of_text(panel, "hardening our"), 0)])
    target = 3  # "Who said what" in the council template
    drop(
        view.viewport(), mime, view.visualRect(window.document.model.section_index(target)).center()
    )
    assert len(window.current_brief().blocks()) == 3
    assert bar.currentMessage() == (
        f"Added to \u201cWho said what\u201d; it was already in the memo, in \u201c{where}\u201d"
    )
