"""Source Properties while a new date is saved: the facts are found again
and their groups brought up to date off the window's thread; the dialog
says so with a moving bar, takes no second Save or Cancel meanwhile, and
closes when stored. Undo puts the date and the groups back."""

from __future__ import annotations

from app.core import corroborate
from app.ui.source_properties import SourcePropertiesDialog
from tests.core.test_redate_grouping import grouping
from tests.ui import test_import_dialog

window = test_import_dialog.window  # the fixture: a window on the seeded library


def test_a_new_date_is_saved_off_the_window_thread_with_a_busy_bar(window, qtbot):
    library = window.library
    sid = library.sources()[-1][0]
    before = grouping(library)
    dialog = SourcePropertiesDialog(window.live, sid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.busy.isHidden() and dialog.saving.isHidden()
    dialog.form.edits["date"].setText("2001-01-02")

    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
        # The window's thread is back before the writer is done: it shows why it waits.
        assert dialog.busy.isVisible() and "new date" in dialog.saving.text()
        assert not dialog.buttons.isEnabled() and not dialog.form.isEnabled()
        dialog.accept()  # a second Enter: nothing more is saved
        dialog.reject()  # Escape: saving goes on

    assert library.source(sid).meta.date == "2001-01-02"
    assert window.live.undo_stack.count() == 1
    after = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == after

    window.live.undo_stack.undo()
    qtbot.waitUntil(lambda: library.source(sid).meta.date == "", timeout=30_000)
    qtbot.waitUntil(lambda: grouping(library) == before, timeout=30_000)


def test_other_details_save_with_a_plain_note(window, qtbot):
    sid = window.library.sources()[0][0]
    dialog = SourcePropertiesDialog(window.live, sid, window)
    qtbot.addWidget(dialog)
    dialog.form.edits["author"].setText("Ilse Varro")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
        assert dialog.saving.text() == "Saving\u2026"
    assert window.library.source(sid).meta.author == "Ilse Varro"
