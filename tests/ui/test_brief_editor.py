"""The brief editor driven through the real window: add, reorder, edit, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.helpers import (
    add_by_keyboard,
    block_texts,
    drop,
    open_window,
    row_of_text,
)


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def test_ctrl_enter_adds_the_selected_quote_with_its_snapshot(window, qtbot, seeded_library):
    item = add_by_keyboard(window, qtbot, "hardening our defenses")
    blocks = window.current_brief().blocks()
    assert len(blocks) == 1
    block = blocks[0]
    source = seeded_library.source(item.source_id)
    assert block.kind == "quote" and block.item_id == item.id
    assert (block.start, block.end) == (item.start, item.end)
    assert block.text == block.original == source.text[item.start : item.end]
    assert block.source.title == source.meta.title and block.source.source_id == source.id
    assert block.speaker == (item.speaker_name or "")
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    assert window.isWindowModified()

    window.undo_action.trigger()
    assert window.current_brief().blocks() == []
    window.redo_action.trigger()
    assert [b.item_id for b in window.current_brief().blocks()] == [item.id]


def test_dragging_a_quote_onto_a_section_puts_it_there(window, qtbot):
    panel = window.library_panel
    row = row_of_text(panel, "pro-immigrant city")
    mime = panel.model.mimeData([panel.model.index(row, 0)])
    view = window.editor.view
    sections = window.current_brief().sections
    target = 3  # "Who said what" in the council template
    assert sections[target].title == "Who said what"
    rect = view.visualRect(window.document.model.section_index(target))
    drop(view.viewport(), mime, rect.center())
    assert [len(s.blocks) for s in window.current_brief().sections] == [0, 0, 0, 1, 0, 0]
    assert "pro-immigrant city" in window.current_brief().sections[3].blocks[0].text
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    window.undo_action.trigger()
    assert window.current_brief().blocks() == []


def test_alt_up_and_down_reorder_blocks_undoably(window, qtbot):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    add_by_keyboard(window, qtbot, "pro-immigrant city")
    first, second = (b.text for b in window.current_brief().blocks())
    view = window.editor.view
    view.setFocus()
    # The second block is selected after adding it: Alt+Up moves it above the first.
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [b.text for b in window.current_brief().blocks()] == [second, first]
    assert window.undo_action.text() == "&Undo Move Quote in Memo"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [b.text for b in window.current_brief().blocks()] == [first, second]
    window.undo_action.trigger()
    assert [b.text for b in window.current_brief().blocks()] == [second, first]
    window.undo_action.trigger()
    assert [b.text for b in window.current_brief().blocks()] == [first, second]


def test_alt_up_at_the_top_of_a_section_moves_into_the_one_above(window, qtbot):
    view = window.editor.view
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the memo
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)  # the last section
    add_by_keyboard(window, qtbot, "hardening our defenses")
    view.setFocus()
    assert block_texts(window)[-1]  # added to the last section, the one selected
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert block_texts(window)[-2] and not block_texts(window)[-1]
    window.undo_action.trigger()
    assert block_texts(window)[-1] and not block_texts(window)[-2]


def test_dragging_a_block_reorders_it(window, qtbot):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    add_by_keyboard(window, qtbot, "pro-immigrant city")
    first, second = (b.text for b in window.current_brief().blocks())
    model = window.document.model
    view = window.editor.view
    second_id = window.current_brief().blocks()[1].id
    first_id = window.current_brief().blocks()[0].id
    mime = model.mimeData([model.block_index(second_id)])
    rect = view.visualRect(model.block_index(first_id))
    drop(view.viewport(), mime, rect.topLeft() + QPoint(10, 5))
    assert [b.text for b in window.current_brief().blocks()] == [second, first]
    assert window.undo_action.text() == "&Undo Move Quote in Memo"
    window.undo_action.trigger()
    assert [b.text for b in window.current_brief().blocks()] == [first, second]


def test_undoing_a_drag_of_several_blocks_puts_each_back_in_its_place(window, qtbot):
    from app.core.brief import Block

    blocks = [Block(kind="prose", text=f"Velmar note {n}.") for n in "ABCD"]
    window.editor.add_blocks(blocks, 0, 0)
    model, view = window.document.model, window.editor.view
    texts = lambda: [b.text[-2] for b in window.current_brief().blocks()]  # noqa: E731
    assert texts() == ["A", "B", "C", "D"]
    # A and B dragged together to between C and D.
    mime = model.mimeData([model.block_index(blocks[0].id), model.block_index(blocks[1].id)])
    rect = view.visualRect(model.block_index(blocks[3].id))
    drop(view.viewport(), mime, rect.topLeft() + QPoint(10, 2))
    assert texts() == ["C", "A", "B", "D"]
    assert window.undo_action.text() == "&Undo Move 2 Paragraphs in Memo"
    window.undo_action.trigger()
    assert texts() == ["A", "B", "C", "D"]  # was A, C, B, D: B put back at its row after A left
    window.redo_action.trigger()
    assert texts() == ["C", "A", "B", "D"]


def test_blocks_dragged_together_land_together_in_their_order(window, qtbot):
    from app.core.brief import Block

    blocks = [Block(kind="prose", text=f"Velmar note {n}.") for n in "ABC"]
    window.editor.add_blocks(blocks, 0, 0)
    model, view = window.document.model, window.editor.view
    texts = lambda: [b.text[-2] for b in window.current_brief().blocks()]  # noqa: E731

    def drag(moved: str, onto: str) -> None:
        mime = model.mimeData([model.block_index(blocks["ABC".index(m)].id) for m in moved])
        rect = view.visualRect(model.block_index(blocks["ABC".index(onto)].id))
        drop(view.viewport(), mime, rect.topLeft() + QPoint(10, 2))

    drag("AB", onto="C")  # just above C, where they are
    assert texts() == ["A", "B", "C"]  # was B, A, C
    drag("CB", onto="A")  # C, then B, on top
    assert texts() == ["C", "B", "A"]  # was C, A, B
    window.undo_action.trigger()
    assert texts() == ["A", "B", "C"]


def test_blocks_of_another_memo_dropped_here_change_nothing(window, qtbot):
    """A drag from a memo in another window of the app carries its blocks'
    ids, which this memo has not."""
    from PySide6.QtCore import QMimeData

    from app.core.brief import Block
    from app.ui.brief_model import BLOCKS_MIME

    block = Block(kind="prose", text="Velmar note.")
    window.editor.add_blocks([block], 0, 0)
    before = window.current_brief().to_json()
    mime = QMimeData()
    mime.setData(BLOCKS_MIME, b'[{"block": "0a1b2c3d4e5f"}]')
    view = window.editor.view
    rect = view.visualRect(window.document.model.block_index(block.id))
    drop(view.viewport(), mime, rect.center())  # raised KeyError in the drop
    assert window.current_brief().to_json() == before
    assert window.undo_action.text() == "&Undo Add Paragraph in Memo"


def type_into_open_editor(qtbot, view, text: str) -> None:
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "blockEditor"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    # Tab moves the focus out of the editor, which commits the text.
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_writing_a_paragraph_in_place_and_undoing_it(window, qtbot):
    editor_widget = window.editor
    editor_widget.view.setFocus()
    qtbot.keyClick(
        editor_widget.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    type_into_open_editor(qtbot, editor_widget.view, "The council votes again on Tuesday.")
    blocks = window.current_brief().blocks()
    assert [(b.kind, b.text) for b in blocks] == [("prose", "The council votes again on Tuesday.")]
    assert window.undo_action.text() == "&Undo Edit Paragraph in Memo"
    window.undo_action.trigger()
    assert [b.text for b in window.current_brief().blocks()] == [""]
    assert window.undo_action.text() == "&Undo Add Paragraph in Memo"
    window.undo_action.trigger()
    assert window.current_brief().blocks() == []


def test_editing_a_quote_marks_it_altered_with_a_way_back(window, qtbot):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    block = window.current_brief().blocks()[0]
    original = block.original
    view = window.editor.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_into_open_editor(qtbot, view, "We are hardening defenses")
    assert block.text == "We are hardening defenses" and block.altered
    assert window.undo_action.text() == "&Undo Edit Quote in Memo"
    restore = window.editor.actions["restore"]
    window.editor.select_block(block.id)
    assert restore.isEnabled()
    # The preview shows it plainly as altered, never as a quote.
    window.preview.refresh()
    shown = window.preview.toPlainText()
    assert "Altered quote" in shown and "\u201cWe are hardening defenses" not in shown
    restore.trigger()
    assert block.text == original and not block.altered
    assert window.undo_action.text() == "&Undo Restore Source Wording in Memo"
    window.undo_action.trigger()
    assert block.altered


def test_header_fields_are_undoable_and_shown_in_the_preview(window, qtbot):
    subject = window.editor.fields["subject"]
    qtbot.keyClicks(subject, "Sanctuary ordinance")
    assert window.current_brief().header.subject == "Sanctuary ordinance"
    assert window.undo_action.text() == "&Undo Edit Subject in Memo"
    window.preview.refresh()
    assert "Sanctuary ordinance" in window.preview.toPlainText()
    window.undo_action.trigger()  # the typing merged into one command
    assert window.current_brief().header.subject == ""
    assert subject.text() == ""


def test_sections_add_rename_remove_reorder_with_undo(window, qtbot, monkeypatch):
    model = window.document.model
    editor = window.editor
    titles = lambda: [s.title for s in window.current_brief().sections]  # noqa: E731
    start = titles()
    steps = window.document.undo_stack.count()
    editor.view.setFocus()
    editor.view.setCurrentIndex(model.section_index(0))
    editor.actions["add_section"].trigger()
    line = editor.view.viewport().findChild(QLineEdit)
    assert line is not None and line.text() == "New section"
    line.selectAll()
    qtbot.keyClicks(line, "Budget")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles()[1] == "Budget")  # the delegate commits queued
    assert titles() == [start[0], "Budget", *start[1:]]
    # Adding a section and naming it, as the editor asks at once, is one step.
    assert window.document.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo Add Section in Memo"
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles() == ["Budget", *start]
    assert window.undo_action.text() == "&Undo Move Section in Memo"
    editor.actions["delete"].trigger()  # an empty section goes without asking
    assert titles() == start
    assert window.undo_action.text() == "&Undo Remove Section in Memo"
    for _ in range(2):
        window.undo_action.trigger()
    assert titles() == [start[0], "Budget", *start[1:]]
    window.undo_action.trigger()  # one Ctrl+Z takes the named section away
    assert titles() == start
    window.redo_action.trigger()
    assert titles() == [start[0], "Budget", *start[1:]]


def test_a_later_rename_of_a_new_section_is_a_step_of_its_own(window, qtbot):
    model = window.document.model
    editor = window.editor
    editor.view.setFocus()
    editor.view.setCurrentIndex(model.section_index(0))
    editor.actions["add_section"].trigger()
    model.setData(model.section_index(1), "Budget")  # the naming the editor asked for
    model.setData(model.section_index(1), "Costs")  # a second thought: its own step
    assert model.brief.sections[1].title == "Costs"
    assert window.undo_action.text() == "&Undo Rename Section in Memo"
    window.undo_action.trigger()
    assert model.brief.sections[1].title == "Budget"
    assert window.undo_action.text() == "&Undo Add Section in Memo"


def test_preview_numbers_citations(window, qtbot):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    add_by_keyboard(window, qtbot, "pro-immigrant city")
    window.preview.refresh()
    text = window.preview.toPlainText()
    assert "Notes" in text
    assert "\n1. " in text and "\n2. " in text


def test_delete_key_in_a_header_field_edits_the_text_not_the_brief(window, qtbot):
    add_by_keyboard(window, qtbot, "hardening our defenses")
    subject = window.editor.fields["subject"]
    subject.setFocus()
    qtbot.keyClicks(subject, "Budgett")
    qtbot.keyClick(subject, Qt.Key.Key_Left)
    qtbot.keyClick(subject, Qt.Key.Key_Delete)
    assert subject.text() == "Budget"
    assert len(window.current_brief().blocks()) == 1
    # In the tree, Delete removes the selected block.
    window.editor.view.setFocus()
    qtbot.keyClick(window.editor.view, Qt.Key.Key_Delete)
    assert window.current_brief().blocks() == []
    assert window.undo_action.text() == "&Undo Remove Quote in Memo"


def test_preview_cites_in_the_style_the_memo_is_exported_in(window, qtbot):
    from app.core import cite
    from app.core.render import render
    from app.ui.export_dialog import EXPORT_NOTES, EXPORT_STYLE

    add_by_keyboard(window, qtbot, "hardening our defenses")
    add_by_keyboard(window, qtbot, "pro-immigrant city")
    window.settings.set(EXPORT_STYLE, "apa")  # the last export's (and the next one's) choice
    window.settings.set(EXPORT_NOTES, "endnotes")
    window.preview.refresh()
    text = window.preview.toPlainText()
    layout = render(window.editor.status.cited_brief(), "apa")
    # APA cites in the text: no numbered notes, as in the DOCX and the PDF.
    assert "Notes" not in text and "\n1. " not in text
    in_text = cite.plain(layout.blocks()[0].spans)
    assert in_text.split("\u201d")[-1].strip() in text.replace("\n", " ")
    assert layout.sources_title in text
