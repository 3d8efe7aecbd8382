"""The memo stays true, in the window: fixed source details show at once,
conflicts show on the blocks, deleted sources are marked, export warnings
lead to their block, and one Edit > Undo serves memo and library."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.brief_model import StatusRole
from app.ui.brief_view import block_caption, status_line
from app.ui.source_properties import SourcePropertiesDialog
from tests.ui.helpers import add_by_keyboard, open_window, wait_idle

SINCE_2014 = "sanctuary state since 2014"
IN_2017 = "signed sanctuary state legislation in 2017"


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def _status(window, block):
    index = window.document.model.block_index(block.id)
    return index.data(StatusRole)


def _settled(qtbot, window):
    """Writes done, and the memo's view of the library updated."""
    wait_idle(qtbot, window)
    window.editor.status.update()


def test_fixing_a_source_shows_in_the_open_memo_at_once(window, qtbot, seeded_library):
    item = add_by_keyboard(window, qtbot, IN_2017, kind="fact")
    block = window.current_brief().blocks()[0]
    assert "missing" not in window.editor.news_text.text()
    dialog = window.sources.edit_current_source(item.source_id)
    dialog.form.edits["outlet"].setText("Harbour Ledger")
    dialog.form.edits["date"].setText("2024-11-19")
    dialog.accept()
    _settled(qtbot, window)

    # The card, the preview and the export dialog's warnings use the new details ...
    assert "Harbour Ledger" in block_caption(block, _status(window, block))
    window.preview.refresh()
    assert "Harbour Ledger" in window.preview.toPlainText()
    export = window.export_brief()
    texts = [export.warnings.item(i).text() for i in range(export.warnings.count())]
    assert not any("has no date" in t for t in texts)
    export.reject()
    # ... the memo says its saved copy differs, and takes them in on request (undoable).
    assert window.editor.news.isVisible()
    assert "has new outlet, date in the library" in window.editor.news_text.text()
    assert block.source.outlet == ""
    window.editor.update_button.click()
    assert block.source.outlet == "Harbour Ledger" and block.source.date == "2024-11-19"
    assert window.undo_action.text() == "&Undo Update Source Details (1 source) in Memo"
    window.undo_action.trigger()
    assert block.source.outlet == ""
    # The library edit itself is the library's to take back, from its panel.
    assert window.undo_action.text() == "&Undo Add Fact in Memo"
    window.show_library_tab(0)
    window.activateWindow()  # as a window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(window.library_panel.items.viewport(), Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo Edit Source Details in Library"
    window.undo_action.trigger()
    _settled(qtbot, window)
    assert seeded_library.source(item.source_id).meta.outlet == ""
    assert not window.editor.news.isVisible()


def test_a_csl_json_import_shows_in_the_open_memo(window, qtbot, seeded_library, tmp_path):
    item = add_by_keyboard(window, qtbot, IN_2017, kind="fact")
    title = seeded_library.source(item.source_id).meta.title
    csl = tmp_path / "refs.json"
    csl.write_text(
        json.dumps(
            [
                {
                    "type": "article-newspaper",
                    "title": title,
                    "container-title": "Coastline Courier",
                    "issued": {"date-parts": [[2024, 11, 20]]},
                }
            ]
        ),
        encoding="utf-8",
    )
    dialog = window.sources.start_import([csl])
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "1 of 1 entries matched" in dialog.log.toPlainText()
    _settled(qtbot, window)
    block = window.current_brief().blocks()[0]
    assert "Coastline Courier" in block_caption(block, _status(window, block))
    window.preview.refresh()
    assert "Coastline Courier" in window.preview.toPlainText()


def test_conflicts_show_on_blocks_and_a_rejected_value_is_flagged(window, qtbot, seeded_library):
    add_by_keyboard(window, qtbot, SINCE_2014, kind="fact")
    add_by_keyboard(window, qtbot, IN_2017, kind="fact")
    _settled(qtbot, window)
    old, new = window.current_brief().blocks()
    assert status_line(_status(window, old)) == "\u2260 CONFLICT: 2014 vs 2017"
    assert status_line(_status(window, new)) == "\u2260 CONFLICT: 2017 vs 2014"

    dock = window.corroboration_dock
    dock.open_conflict(seeded_library.conflicts()[0].id)
    dock.conflicts_view.choice.setCurrentText("2017")
    dock.conflicts_view.resolve_button.click()
    _settled(qtbot, window)
    assert status_line(_status(window, old)) == "\u2717 REJECTED VALUE: you decided 2017"
    assert status_line(_status(window, new)) == "\u2713 2017 holds"
    tooltip = window.document.model.data(window.document.model.block_index(old.id), 3)
    assert "you resolved that 2017 holds" in tooltip

    # The export dialog warns, and the warning leads to the block.
    export = window.export_brief()
    rows = [export.warnings.item(i) for i in range(export.warnings.count())]
    rejected = [r for r in rows if "Rejected value" in r.text()]
    assert len(rejected) == 1 and "you resolved that 2017 holds" in rejected[0].text()
    window.editor.select_block(new.id)
    export.warnings.itemClicked.emit(rejected[0])
    assert not export.isVisible()
    assert window.editor.selected_block().id == old.id

    # Undoing the resolution, where it was made, brings the open conflict back.
    dock.conflicts_view.choice.setFocus()
    assert window.undo_action.text().startswith("&Undo Resolve")
    assert window.undo_action.text().endswith(" in Library")
    window.undo_action.trigger()
    _settled(qtbot, window)
    assert status_line(_status(window, old)) == "\u2260 CONFLICT: 2014 vs 2017"


def test_a_warning_about_missing_details_opens_the_sources_properties(window, qtbot):
    add_by_keyboard(window, qtbot, IN_2017, kind="fact")
    _settled(qtbot, window)
    export = window.export_brief()
    rows = [export.warnings.item(i) for i in range(export.warnings.count())]
    missing = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole).kind == "source_incomplete")
    export.warnings.itemClicked.emit(missing)
    dialogs = [d for d in window.findChildren(SourcePropertiesDialog) if d.isVisible()]
    assert [d.source_id for d in dialogs] == [window.current_brief().blocks()[0].source.source_id]
    dialogs[0].reject()


def test_deleting_a_source_is_undoable_and_its_blocks_say_so(
    window, qtbot, seeded_library, message_boxes
):
    item = add_by_keyboard(window, qtbot, IN_2017, kind="fact")
    block = window.current_brief().blocks()[0]
    n = seeded_library.count_sources()
    items = [i.id for i in seeded_library.items_of_source(item.source_id)]
    panel = window.library_panel
    panel.select_source(item.source_id)
    panel.delete_source_action.trigger()
    _settled(qtbot, window)
    question = [m for m in message_boxes if m[0] == "question"][-1]
    assert "The open memo cites it in 1 block:" in question[2]
    assert seeded_library.count_sources() == n - 1
    assert panel.sources.count() == n - 1
    caption = block_caption(block, _status(window, block))
    assert "  \u00b7  SOURCE DELETED  \u00b7  " in caption
    assert "was deleted from the library" in window.editor.news_text.text()
    assert block.text == item.text  # the snapshot stays
    window.preview.refresh()
    assert "sanctuary state legislation" in window.preview.toPlainText()

    assert window.undo_action.text().startswith("&Undo Delete Source \u201c")
    window.undo_action.trigger()
    _settled(qtbot, window)
    assert seeded_library.count_sources() == n
    assert [i.id for i in seeded_library.items_of_source(item.source_id)] == items
    assert "SOURCE DELETED" not in block_caption(block, _status(window, block))
    assert panel.sources.count() == n


def test_memo_and_library_keep_their_own_undo_histories(window, qtbot, seeded_library):
    item = add_by_keyboard(window, qtbot, "hardening our defenses")
    window.library_panel.item_actions.set_tags(item.id, ["key"])
    wait_idle(qtbot, window)
    assert window.undo_action.text() == "&Undo Change Tags in Library"
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert seeded_library.item_tags(item.id) == []
    # The memo's Add Quote is not next: it is named, and taken back in the memo.
    assert window.undo_action.text() == "&Undo in Library"
    assert "Undo Add Quote is the memo's" in window.undo_action.toolTip()
    window.editor.view.setFocus()
    assert window.undo_action.text() == "&Undo Add Quote in Memo"
    window.undo_action.trigger()
    assert window.current_brief().blocks() == []
    window.redo_action.trigger()
    assert len(window.current_brief().blocks()) == 1
    assert window.redo_action.text() == "&Redo in Memo"
    assert "Redo Change Tags is the library's" in window.redo_action.toolTip()
    window.library_panel.items.setFocus()
    assert window.redo_action.text() == "&Redo Change Tags in Library"
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    assert seeded_library.item_tags(item.id) == ["key"]
    # Library edits are not memo edits: saving state follows the memo only.
    window.files.maybe_save = lambda: True
    window.document.undo_stack.setClean()
    window.library_panel.item_actions.set_tags(item.id, ["other"])
    wait_idle(qtbot, window)
    assert not window.document.dirty


def test_a_memo_made_with_another_library_says_so(window, qtbot, seeded_library, tmp_path, capsys):
    """The library moved, or another opened in its place: the memo's sources
    are not this library's. Said in the bar, in the export dialog and by
    `export` (strict refuses), as they are checked for neither conflicts nor
    changed speakers."""
    from app import cli
    from app.core.brief import Block, Brief, Header, Section, SourceRef

    ref = SourceRef(1, "ferry.txt", "Quillon ferry fares", "Vesk Courier", "", "2024-05-02")
    block = Block("fact", "The Quillon ferry fare rose to 4 crowns.", item_id=1, start=0, end=40)
    block.original, block.source = block.text, ref
    path = tmp_path / "ferry.brief.json"
    Brief(Header(subject="Ferry"), [Section("Facts", [block])]).save(path)
    assert window.open_brief(path)
    _settled(qtbot, window)
    assert window.editor.news.isVisible()
    bar = window.editor.news_text.text()
    assert "\u201cQuillon ferry fares\u201d is not in this library" in bar
    assert "not checked for conflicts or changed speakers" in bar
    assert not window.editor.update_button.isVisible()
    # The export dialog lists it first (not "No warnings"); strict refuses.
    export = window.export_brief()
    first = export.warnings.item(0).text()
    assert "Not in this library: \u201cQuillon ferry fares\u201d (ferry.txt)" in first
    assert "not checked for conflicts or changed speakers" in first
    export.reject()

    out = tmp_path / "ferry.docx"
    library = ["--library", str(seeded_library.path)]
    capsys.readouterr()
    assert cli.run(["export", str(path), "--out", str(out), *library, "--strict"]) == 1
    assert not out.exists()
    assert "not exported in strict mode" in capsys.readouterr().err
    assert cli.run(["export", str(path), "--out", str(out), *library]) == 0
    assert out.exists()
    err = capsys.readouterr().err
    assert "warning: Not in this library: \u201cQuillon ferry fares\u201d" in err
    assert "not checked for conflicts or changed speakers" in err
