"""The library panel driven through the window: search, filters, tags, speakers, clips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QLabel

from app.core.store import SearchFilter
from app.ui.tag_dialog import ClipDialog, SpeakerDialog, TagDialog
from tests.ui.helpers import open_window, row_of_text, select_library_row, wait_idle


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def shown_items(panel):
    return [panel.model.item_at(r) for r in range(panel.model.rowCount())]


def test_search_as_you_type_and_count(window, qtbot, seeded_library):
    panel = window.library_panel
    all_quotes = seeded_library.count(SearchFilter(kind="quote"))
    assert panel.count_label.text() == f"{all_quotes} quotes"
    qtbot.keyClicks(panel.search, "defens")  # a prefix finds "defenses"
    qtbot.waitUntil(lambda: len(shown_items(panel)) < all_quotes)
    assert shown_items(panel) and all("defens" in i.text.lower() for i in shown_items(panel))
    assert panel.count_label.text() == f"{len(shown_items(panel))} quotes"


def test_filters_by_source_speaker_and_kind(window, qtbot, seeded_library):
    panel = window.library_panel
    source_id = seeded_library.sources()[1][0]
    panel.source_filter.setCurrentIndex(panel.source_filter.findData(source_id))
    items = shown_items(panel)
    assert items and {i.source_id for i in items} == {source_id}
    assert len(items) == seeded_library.count(SearchFilter(kind="quote", source_id=source_id))
    panel.source_filter.setCurrentIndex(0)

    speaker, count = next((s, n) for s, n in seeded_library.speakers() if n > 0)
    panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData(speaker.id))
    assert {i.speaker_id for i in shown_items(panel)} == {speaker.id}
    assert len(shown_items(panel)) == count
    panel.speaker_filter.setCurrentIndex(0)

    panel.tabs.setCurrentIndex(1)  # Facts
    assert all(i.kind == "fact" for i in shown_items(panel))
    assert len(shown_items(panel)) == seeded_library.count(SearchFilter(kind="fact"))


def test_ctrl_t_tags_an_item_and_the_tag_filters(window, qtbot, monkeypatch, seeded_library):
    panel = window.library_panel
    row = row_of_text(panel, "hardening our defenses")
    item = panel.model.item_at(row)
    other = next(i for i in shown_items(panel) if i.id != item.id)
    seeded_library.set_item_tags(other.id, ["housing"])
    panel.reload()
    seen = {}

    def fill_in(dialog):
        seen["known"] = dialog.completer.model().stringList()
        dialog.edit.setText("police, follow up, ")
        return TagDialog.DialogCode.Accepted

    monkeypatch.setattr(TagDialog, "exec", fill_in)
    select_library_row(panel, row)
    qtbot.keyClick(panel.items, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert seen["known"] == ["housing"]  # completion offers the tags in use
    assert seeded_library.item_tags(item.id) == ["follow up", "police"]
    assert panel.current_item().id == item.id
    assert panel.model.index(panel.items.currentIndex().row(), 3).data() == "follow up, police"

    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("police"))
    assert [i.id for i in shown_items(panel)] == [item.id]
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("housing"))
    assert [i.id for i in shown_items(panel)] == [other.id]

    # Edit > Undo takes the tags back, and the filter forgets them.
    assert window.undo_action.text() == "&Undo Change Tags in Library"
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert seeded_library.item_tags(item.id) == []
    assert panel.tag_filter.findData("police") < 0
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    assert seeded_library.item_tags(item.id) == ["follow up", "police"]


def test_speakers_view_lists_quotes_renames_and_merges(window, qtbot, monkeypatch, seeded_library):
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    view = panel.speakers
    assert view.isVisible()
    speakers = seeded_library.speakers()
    (first, n_first), (second, n_second) = speakers[0], speakers[1]
    view.select_speaker(first.id)
    assert view.model.rowCount() == n_first
    assert {view.model.item_at(r).speaker_id for r in range(n_first)} == {first.id}

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Robert Velloway", True))
    view.rename_button.click()
    wait_idle(qtbot, window)
    names = {s.id: s for s, _ in seeded_library.speakers()}
    assert names[first.id].name == "Robert Velloway"
    assert first.name in names[first.id].aliases
    assert view.list.currentIndex().data().startswith("Robert Velloway")

    def choose_first(dialog):
        dialog.combo.setCurrentText("Robert Velloway")
        return SpeakerDialog.DialogCode.Accepted

    monkeypatch.setattr(SpeakerDialog, "exec", choose_first)
    view.select_speaker(second.id)
    view.merge_button.click()
    wait_idle(qtbot, window)
    after = {s.id: n for s, n in seeded_library.speakers()}
    assert second.id not in after and after[first.id] == n_first + n_second
    assert view.current_speaker_id() == first.id and view.model.rowCount() == n_first + n_second
    # The quotes list's speaker filter knows the new name too.
    assert panel.speaker_filter.findText("Robert Velloway") >= 0

    # The merge and the rename come undone, one Ctrl+Z each, quotes and aliases too.
    assert window.undo_action.text() == "&Undo Merge Speakers in Library"
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    restored = {s.id: (s, n) for s, n in seeded_library.speakers()}
    assert restored[second.id][0].name == second.name and restored[second.id][1] == n_second
    assert restored[first.id][1] == n_first
    assert view.rows.rowCount() == len(speakers)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert {s.name for s, _ in seeded_library.speakers()} == {s.name for s, _ in speakers}


def test_reassigning_a_quote_speaker_is_kept_as_a_user_decision(
    window, qtbot, monkeypatch, seeded_library
):
    panel = window.library_panel
    row = row_of_text(panel, "pro-immigrant city")
    item = panel.model.item_at(row)

    shown = []

    def choose(dialog):
        shown.append(dialog.findChild(QLabel, "dialogItemText"))
        dialog.combo.setCurrentText("Karla Brandvik")
        return SpeakerDialog.DialogCode.Accepted

    monkeypatch.setattr(SpeakerDialog, "exec", choose)
    select_library_row(panel, row)
    panel.speaker_action.trigger()
    wait_idle(qtbot, window)
    # The dialog says which quote "Who said this?" is about.
    assert shown[0] is not None and "pro-immigrant city" in shown[0].text()
    stored = seeded_library.item(item.id)
    assert stored.speaker_name == "Karla Brandvik" and stored.speaker_locked
    locked = seeded_library.db.execute(
        "SELECT speaker_locked FROM items WHERE id = ?", (item.id,)
    ).fetchone()[0]
    assert locked == 1
    assert panel.current_item().speaker_name == "Karla Brandvik"
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    stored = seeded_library.item(item.id)
    assert (stored.speaker_name, stored.speaker_locked) == (item.speaker_name, False)


def test_clip_a_selected_span_as_a_quote(window, qtbot, monkeypatch, seeded_library):
    source_id = seeded_library.sources()[0][0]
    source = seeded_library.source(source_id)
    window.viewer.show_source(source_id)
    words = "Council members voted 13-0"
    start = source.text.index(words)
    end = start + len(words)
    cursor = window.viewer.text.textCursor()
    cursor.setPosition(start - 1)  # a space before: trimmed away
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.viewer.text.setTextCursor(cursor)
    assert window.viewer.clip_action.isEnabled()

    def as_quote(dialog):
        dialog.speaker.setCurrentText("City Clerk")
        return ClipDialog.DialogCode.Accepted

    monkeypatch.setattr(ClipDialog, "exec", as_quote)
    before = seeded_library.count(SearchFilter())
    window.viewer.text.setFocus()
    qtbot.keyClick(
        window.viewer.text,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert seeded_library.count(SearchFilter()) == before + 1
    new = seeded_library.search(SearchFilter(query="13"), order="id")[-1]
    assert (new.start, new.end, new.kind) == (start, end, "quote")
    assert new.text == source.text[start:end] == words
    assert new.speaker_name == "City Clerk" and new.speaker_locked
    # The library shows and selects it; the viewer highlights it.
    assert window.library_panel.current_item().id == new.id
    marked = [s.cursor.selectedText() for s in window.viewer.text.extraSelections()]
    assert words in marked


def test_clip_as_fact_from_the_context_of_a_chosen_item(window, qtbot, monkeypatch, seeded_library):
    source_id = seeded_library.sources()[0][0]
    source = seeded_library.source(source_id)
    window.viewer.show_source(source_id)
    start = source.text.index("The City Council is slated")
    end = source.text.index(".", start) + 1
    monkeypatch.setattr(ClipDialog, "exec", lambda d: (d.fact.setChecked(True), 1)[1])
    cursor = window.viewer.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.viewer.text.setTextCursor(cursor)
    window.viewer.clip_action.trigger()
    wait_idle(qtbot, window)
    facts = seeded_library.items_of_source(source_id, kind="fact")
    clipped = [f for f in facts if (f.start, f.end) == (start, end)]
    assert clipped and clipped[0].speaker_id is None
    assert window.library_panel.tabs.currentIndex() == 1  # Facts shown


def test_a_fact_with_a_resolved_subject_shows_and_enters_the_memo_bracketed(
    window, qtbot, seeded_library
):
    """A fact opening with a pronoun is listed, and added, in its cited form;
    the block keeps the source's own words as its original."""
    panel = window.library_panel
    panel.show_kind("fact")
    # (A fact whose subject is resolved opens with its bracket; others name
    # an object in one: "... in favor of [the ... ordinance]".)
    bracketed = [i for i in shown_items(panel) if i.cited is not None and i.cited[0] == "["]
    assert bracketed, "the seeds hold a fact whose subject is resolved in brackets"
    item = bracketed[0]
    row = next(r for r in range(panel.model.rowCount()) if panel.model.item_at(r).id == item.id)
    shown = panel.model.data(panel.model.index(row, 0))
    assert shown.startswith("[") and shown == " ".join(item.cited.split())
    assert item.text != item.cited  # the span still holds the source's words

    before = {b.id for b in window.editor.model.brief.blocks()}
    select_library_row(panel, row)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editor.model.brief.blocks()) > len(before))
    block = next(b for b in window.editor.model.brief.blocks() if b.id not in before)
    assert block.kind == "fact" and block.text == item.cited
    source = seeded_library.source(item.source_id)
    assert block.original == source.text[item.start : item.end] == item.text
    assert not block.altered
