"""A team library's reader choosing Change Speaker, Tags or Source Properties
is told at once which role it needs: the dialog opened, was typed into,
and only its OK met the refusal (invented words)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from tests.ui.helpers import open_window, select_library_row, team_user

QUOTE = "The north landing opens before the first frost"
TEXT = f'"{QUOTE}," said Ana Ruiz at the pier.'


def test_a_reader_is_told_before_any_dialog(
    qtbot, pg_database, pg_cluster, message_boxes, monkeypatch
):
    init_team(pg_database)
    with PgLibrary(pg_database) as owner:
        start = TEXT.index(QUOTE)
        owner.add_source(
            TEXT,
            SourceMeta(title="Pier notes"),
            items=[NewItem("quote", start, start + len(QUOTE), speaker="Ana Ruiz")],
        )
    name, url = team_user(pg_cluster, pg_database, "reader", "reader")
    library = PgLibrary(url)
    window = open_window(qtbot, library)
    opened = []
    from app.ui import source_properties, tag_dialog

    for dialog in (tag_dialog.SpeakerDialog, tag_dialog.TagDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    monkeypatch.setattr(
        source_properties.SourcePropertiesDialog, "open", lambda self: opened.append("properties")
    )
    select_library_row(window.library_panel, 0)
    actions = window.library_panel.item_actions
    actions.change_speaker()
    actions.edit_tags()
    window.sources.edit_current_source()
    assert opened == []
    said = [text for kind, _, text in message_boxes if kind == "warning"]
    assert len(said) == 3
    assert "choosing who said a quote needs the editor role" in said[0]
    assert "tagging needs the editor role" in said[1]
    assert "changing a source's details needs the editor role" in said[2]
    assert f"main.py team grant {name} editor" in said[0]
    window.close()
    library.close()
