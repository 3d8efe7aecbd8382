"""The bundled example memo through the window: it opens as an unsaved copy,
named so in the title; Save As asks for the user's own file and leaves the
bundled one untouched."""

from __future__ import annotations

import pytest

from app.ui import file_dialogs
from tests.ui.helpers import open_window
from tests.ui.test_brief_files import save_as


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def test_example_memo_opens_as_an_untitled_copy(window, monkeypatch):
    from app.ui.brief_files import EXAMPLE_BRIEF

    before = EXAMPLE_BRIEF.read_bytes()
    action = next(
        a
        for a in window.menus["help"].actions()
        if a.text().replace("&", "") == "Open Example Memo"
    )
    action.trigger()
    brief = window.current_brief()
    assert brief.header.subject.startswith("Los Angeles sanctuary city ordinance")
    assert {b.kind for b in brief.blocks()} == {"quote", "fact", "prose"}
    # The title says what it is, not "Untitled memo" (which a new memo is).
    assert window.windowTitle() == "Briefing Builder — Example memo (unsaved copy)[*]"
    assert not window.isWindowModified()
    # Saving asks for a file of the user's own; the bundled example is untouched.
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (asked.append(a) or "", ""))
    assert window.files.save() is False
    assert asked
    assert EXAMPLE_BRIEF.read_bytes() == before
    assert window.windowTitle().endswith("Example memo (unsaved copy)[*]")


def test_the_example_copy_takes_its_saved_files_name_and_a_new_memo_is_untitled(
    window, monkeypatch, tmp_path
):
    assert window.files.open_example()
    save_as(window, monkeypatch, tmp_path / "levy.brief.json")
    assert window.windowTitle() == "Briefing Builder — levy.brief.json[*]"
    assert window.files.open_example()
    assert window.windowTitle().endswith("Example memo (unsaved copy)[*]")
    window.files.new()
    assert window.windowTitle().endswith("Untitled memo[*]")
