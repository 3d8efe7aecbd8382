"""Check Speakers… in the Speakers tab: a library built before the current
join rules is shown what they change, each change ticked; the ticked ones
are made, as one edit Edit > Undo takes back, and an unticked one (a merge
the user made by hand) stays as it is (invented articles)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.store import Library
from app.ui.speaker_check import CheckDialog
from tests.ui.helpers import library_of_texts, open_window, wait_idle

ARTICLES = [
    'Depot news.\n\n"We need more buses on the hill route," said the union\'s chief aide.\n',
    'Depot notes.\n\n"The depot stays open at night," the aide said.\n',
    'Ferry news.\n\n"The ferry is late again," said the ferry\'s pilot.\n',
    'Ferry notes.\n\n"The ferry runs at noon," the pilot said.\n',
]


def _names(library: Library) -> set[str]:
    return {sp.name for sp, count in library.speakers() if count}


def test_check_speakers_makes_the_ticked_changes(qtbot, tmp_path, monkeypatch):
    library = library_of_texts(tmp_path, ARTICLES)
    ids = {sp.name: sp.id for sp, _ in library.speakers()}
    # Joined as the old rules joined them: an import's joins, no mark of the user's.
    library.merge_speakers(ids["union's chief aide"], ids["aide"])
    library.merge_speakers(ids["ferry's pilot"], ids["pilot"])
    with library.transaction() as db:
        db.execute("UPDATE speaker_aliases SET by_hand = 0")
    window = open_window(qtbot, library)
    shown = []

    def untick_the_pilot(dialog):
        lines = [dialog.list.item(r) for r in range(dialog.list.count())]
        shown.extend(item.text() for item in lines)
        next(i for i in lines if "pilot" in i.text()).setCheckState(Qt.CheckState.Unchecked)
        return CheckDialog.DialogCode.Accepted

    monkeypatch.setattr(CheckDialog, "exec", untick_the_pilot)
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    panel.speakers.check_button.click()
    qtbot.waitUntil(lambda: "aide" in _names(library), timeout=30_000)
    wait_idle(qtbot, window)
    assert sorted(shown) == [
        "\u201caide\u201d (1 quote) is taken out of \u201cunion's chief aide\u201d: another person",
        "\u201cpilot\u201d (1 quote) is taken out of \u201cferry's pilot\u201d: another person",
    ]
    assert _names(library) == {"union's chief aide", "aide", "ferry's pilot"}
    assert any(label.startswith("aide") for label in panel.speakers.rows.shown())
    assert window.undo_action.text() == "&Undo Check Speakers in Library"
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert _names(library) == {"union's chief aide", "ferry's pilot"}
    window.close()
    library.close()
