"""With "Open the file when done", a file no program here opens (the desktop
refuses it) was written without a word about why nothing opened: the
window's note says so beside the file's name."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices

from tests.ui.helpers import add_by_keyboard, open_window, wait_idle


def _export(qtbot, window, target, monkeypatch, opens: bool) -> str:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opens)
    dialog = window.export_brief()
    dialog.path.setText(str(target))
    dialog.open_when_done.setChecked(True)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting and target.exists(), timeout=30_000)
    note = window.exports.label
    qtbot.waitUntil(note.isVisible)
    return note.text()


def test_the_note_says_when_no_program_opened_the_export(
    qtbot, seeded_library, tmp_path, monkeypatch
):
    window = open_window(qtbot, seeded_library)
    add_by_keyboard(window, qtbot, "hardening our defenses")
    wait_idle(qtbot, window)
    said = _export(qtbot, window, tmp_path / "ferry.pdf", monkeypatch, opens=False)
    assert "ferry.pdf (no program here opens it)" in said and "Open folder" in said
    said = _export(qtbot, window, tmp_path / "ferry.docx", monkeypatch, opens=True)
    assert "ferry.docx \u2014" in said and "no program" not in said
