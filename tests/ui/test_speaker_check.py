"""Check Speakers… in the Speakers tab: a library built before the current
join rules is shown what they change, and on the user's word gets it, as
one edit Edit > Undo takes back (invented articles)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.core.importer import import_file
from app.core.store import Library
from tests.ui.helpers import open_window, wait_idle

ARTICLES = [
    'Depot news.\n\n"We need more buses on the hill route," said the union\'s chief aide.\n',
    'Depot notes.\n\n"The depot stays open at night," the aide said.\n',
]


def _names(library: Library) -> set[str]:
    return {sp.name for sp, count in library.speakers() if count}


def test_check_speakers_asks_then_takes_a_wrong_join_apart(qtbot, tmp_path, monkeypatch):
    library = Library(tmp_path / "lib.sqlite")
    for number, text in enumerate(ARTICLES):
        (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
        import_file(library, tmp_path / f"a{number}.txt")
    ids = {sp.name: sp.id for sp, _ in library.speakers()}
    library.merge_speakers(ids["union's chief aide"], ids["aide"])  # as the old rules joined
    window = open_window(qtbot, library)
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel = window.library_panel
    panel.tabs.setCurrentIndex(3)
    panel.speakers.check_button.click()
    qtbot.waitUntil(lambda: "aide" in _names(library), timeout=30_000)
    wait_idle(qtbot, window)
    assert "\u201caide\u201d (1 quote) is taken out of \u201cunion's chief aide\u201d" in asked[0]
    assert any(
        panel.speakers.list.item(r).text().startswith("aide")
        for r in range(panel.speakers.list.count())
    )
    assert window.undo_action.text() == "&Undo Check speakers"
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert _names(library) == {"union's chief aide"}
    window.close()
    library.close()
