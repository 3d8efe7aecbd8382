"""Source Properties when the regroup after a new date fails: the date and
the facts found again are stored (they were committed before it), so the
dialog says "Saved" with what is left for later, never "Cannot save"; the
edit is on the undo stack, and the groups are marked stale, so the next
grouping run brings them up to date."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.core import corroborate
from app.core.corroborate import derived
from app.ui.source_properties import SourcePropertiesDialog
from tests.core.test_redate_grouping import grouping
from tests.ui import test_import_dialog

window = test_import_dialog.window  # the fixture: a window on the seeded library


def _fails(*args, **kwargs):
    raise RuntimeError("the disk went away")


def test_a_failed_regroup_after_a_new_date_is_saved_and_said_truthfully(
    window, qtbot, monkeypatch, tmp_path
):
    library = window.library
    sid = library.sources()[-1][0]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, *_: warnings.append(title))
    monkeypatch.setattr(derived, "judge", _fails)  # the regroup fails midway
    dialog = SourcePropertiesDialog(window.live, sid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.edits["date"].setText("2001-01-02")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
    monkeypatch.undo()

    assert warnings == []  # no "Cannot save"
    note = dialog.saved_note
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert note.windowTitle() == "Saved"
    assert note.text() == (
        "Saved. The agreement between sources will be brought up to date by the next import,"
        " speaker or date change, or when the library is next opened (the disk went away)."
    )
    note.grab().save(str(tmp_path / "saved-note.png"))
    assert library.source(sid).meta.date == "2001-01-02"  # stored
    assert window.live.undo_stack.count() == 1
    assert window.live.undo_stack.undoText() == "Edit Source Details"

    corroborate.ensure_current(library)  # the next grouping run (opening the library)
    after = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == after

    note.accept()
    window.live.undo_stack.undo()
    qtbot.waitUntil(lambda: library.source(sid).meta.date == "", timeout=30_000)
