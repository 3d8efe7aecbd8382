"""An autosave that fails (a full disk, a recovery folder that cannot be
written) is said in a bar above the memo, naming the file and the problem,
once for each kind of failure; the bar goes when an autosave works again.
Autosave keeps trying on every tick meanwhile."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QToolButton

from app.ui import brief_document
from tests.ui.helpers import open_window
from tests.ui.test_brief_files import save_as


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def _bar(window) -> str:
    notice = window.autosave_notice
    return notice.text.text() if notice.isVisible() else ""


def test_a_failing_autosave_is_said_above_the_memo_once_per_kind(
    window, qtbot, monkeypatch, tmp_path
):
    real_write = brief_document.atomic_write_text
    failure = {"now": OSError(errno.ENOSPC, "No space left on device")}
    tries = []

    def write(path, text):
        tries.append(path)
        if failure["now"] is not None:
            raise failure["now"]
        real_write(path, text)

    monkeypatch.setattr(brief_document, "atomic_write_text", write)
    qtbot.keyClicks(window.editor.fields["subject"], "Vesk harbour")
    tick = window.document.autosave_timer.timeout.emit  # the 30-second tick
    assert _bar(window) == ""
    tick()
    recovery = window.document.recovery_file
    said = _bar(window)
    assert said.startswith(f"\u26a0 Autosave failed: {recovery}: No space left on device.")
    assert "save the memo (File > Save)" in said
    # Dismissed, the same failure does not bring it back; autosave still tries.
    window.autosave_notice.findChild(QToolButton, "autosaveNoticeDismiss").click()
    assert _bar(window) == ""
    tick()
    assert _bar(window) == "" and len(tries) == 2
    # Another kind of failure is said.
    failure["now"] = PermissionError(errno.EACCES, "Permission denied")
    tick()
    assert _bar(window).startswith(f"\u26a0 Autosave failed: {recovery}: Permission denied.")
    # An autosave that works clears it; a later failure is said again.
    failure["now"] = None
    tick()
    assert _bar(window) == "" and recovery.exists()
    failure["now"] = OSError(errno.ENOSPC, "No space left on device")
    qtbot.keyClicks(window.editor.fields["subject"], " again")
    tick()
    assert "No space left on device" in _bar(window)
    # Saved, the changes are safe: the bar goes.
    failure["now"] = None
    save_as(window, monkeypatch, tmp_path / "memo.brief.json")
    assert _bar(window) == "" and not window.isWindowModified()
