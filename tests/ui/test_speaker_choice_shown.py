"""Change Speaker from a list another window (a colleague on a team library)
made out of date: the quote they gave another speaker meanwhile is not
overwritten unseen; the window says so and the library keeps their choice."""

from __future__ import annotations

from contextlib import closing

from app.core.store import Library
from app.ui import tag_dialog
from tests.ui.helpers import add_by_keyboard, open_window, select_library_row, wait_idle


def _speaker_of(path, item_id):
    with closing(Library(path)) as library:
        return library.item(item_id).speaker_name


def test_change_speaker_from_an_old_list_keeps_the_newer_choice(
    qtbot, seeded_library, message_boxes, monkeypatch
):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if model.item_at(r).kind == "quote")
    select_library_row(panel, row)
    item = panel.current_item()
    with closing(Library(seeded_library.path)) as theirs:
        theirs.set_item_speaker(item.id, "Orra Quell")
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "exec", lambda self: self.DialogCode.Accepted)
    monkeypatch.setattr(tag_dialog.SpeakerDialog, "name", lambda self: "Vesk Brask")
    panel.item_actions.change_speaker()
    wait_idle(qtbot, window)
    assert _speaker_of(seeded_library.path, item.id) == "Orra Quell"
    assert any("Orra Quell" in text and "meanwhile" in text for _, _, text in message_boxes)


def test_the_export_dialog_warns_of_a_quote_given_another_speaker_since(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    item = add_by_keyboard(window, qtbot, "hardening our defenses")
    block = window.current_brief().blocks()[0]
    assert block.speaker
    with closing(Library(seeded_library.path)) as theirs:
        theirs.set_item_speaker(item.id, "Orra Quell")
    export = window.export_brief()
    texts = [export.warnings.item(i).text() for i in range(export.warnings.count())]
    export.reject()
    assert any("Speaker changed" in t and "Orra Quell" in t and block.speaker in t for t in texts)
