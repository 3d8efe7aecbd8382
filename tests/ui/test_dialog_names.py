"""A screen reader can say what each control of every dialog is: each
widget the keyboard reaches in Export, Import, Source Properties, Paste as
New Source, Tags, Change Speaker, Clip, Open Team Library and Help has a
name with words in it (a caption that is the control's buddy label, or a
name of its own), as the main window's controls do
(tests/ui/test_screen_reader_names.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.ui.export_dialog import ExportDialog
from app.ui.help_pages import HelpDialog
from app.ui.import_dialog import ImportDialog
from app.ui.paste_source import PasteSourceDialog
from app.ui.source_properties import SourcePropertiesDialog
from app.ui.tag_dialog import ClipDialog, SpeakerDialog, TagDialog
from app.ui.team_dialog import TeamLibraryDialog
from tests.export.test_export_api import problem_brief
from tests.ui.helpers import open_window
from tests.ui.test_screen_reader_names import chooser_label, spoken_name, unnamed

NAMES = ["Ines Varga", "Tomas Okafor"]


def dialogs(window) -> dict[str, QDialog]:
    live = window.live
    source_id = live.reader.sources()[0][0]
    return {
        "Export": ExportDialog(problem_brief(), None, conflicted_item_ids=frozenset({41})),
        "Import": ImportDialog(live, []),
        "Source Properties": SourcePropertiesDialog(live, source_id, window),
        "Paste as New Source": PasteSourceDialog(live, "Mayor Ines Varga spoke.\nThe levy stays."),
        "Tags": TagDialog("The levy stays.", ["budget"], ["budget", "police"]),
        "Change Speaker": SpeakerDialog(
            "Change Speaker", "Who said it?", NAMES[0], NAMES, item_text="The levy stays."
        ),
        "Clip": ClipDialog("The levy stays.", NAMES),
        "Open Team Library": TeamLibraryDialog(recent=["service=office"]),
        "Help": HelpDialog("Guide", "<p>Drag quotes into the memo.</p>"),
    }


@pytest.fixture
def every_dialog(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    made = dialogs(window)
    for dialog in made.values():
        qtbot.addWidget(dialog)
        dialog.show()
    return made


def test_every_control_of_every_dialog_has_a_name_to_speak(every_dialog):
    found = [
        f"{title}: {name}"
        for title, dialog in every_dialog.items()
        for name in unnamed(dialog, shown_only=True)
    ]
    assert not found, "\n".join(found)


def test_the_dialogs_fields_are_named_by_their_captions(every_dialog):
    tags, speaker = every_dialog["Tags"], every_dialog["Change Speaker"]
    assert spoken_name(every_dialog["Export"].warnings) == "4 warnings before export"
    assert spoken_name(tags.edit).rstrip(":") == "Tags, separated by commas"
    assert chooser_label(speaker.combo) == "Who said it?"
