"""The PDF's warnings (letters none of its fonts has) need its fonts loaded,
0.4-0.85 s once a session: the export dialog loads them on a worker, never
on the window's thread, says it is checking meanwhile and shows those
warnings once they are loaded; an Export started before runs the check
itself (strict mode still refuses). Invented sentences."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.export import NOTICES, preflight, scripts
from app.ui.export_dialog import ExportDialog
from tests.export.test_unprintable import HINDI, _brief


@pytest.fixture
def fonts_unloaded(monkeypatch):
    """The fonts not loaded yet in this process; the threads that load them,
    each load held until `gate` is set."""
    monkeypatch.setattr(scripts, "_coverage", {})
    real = scripts._register
    loaded_on: list[int] = []
    gate = threading.Event()

    def recorded():
        loaded_on.append(threading.get_ident())
        assert gate.wait(10)
        real()

    monkeypatch.setattr(scripts, "_register", recorded)
    return loaded_on, gate


def _texts(dialog: ExportDialog) -> list[str]:
    return [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]


def _pdf_dialog(qtbot) -> ExportDialog:
    dialog = ExportDialog(_brief(), None)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.open_when_done.setChecked(False)
    return dialog


def test_the_fonts_load_on_a_worker_and_their_warnings_show_after(qtbot, fonts_unloaded):
    loaded_on, gate = fonts_unloaded
    dialog = _pdf_dialog(qtbot)
    before = _texts(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.fonts_loading
    assert "checking the PDF's fonts" in dialog.warnings_label.text()
    assert _texts(dialog) == before  # the other warnings, shown meanwhile
    gate.set()
    qtbot.waitUntil(lambda: not dialog.fonts_loading)
    assert loaded_on and threading.get_ident() not in loaded_on
    texts = _texts(dialog)
    assert len(texts) == len(before) + 2
    assert any("cannot print" in t and HINDI[0] in t for t in texts)
    assert "checking" not in dialog.warnings_label.text()


def test_strict_export_before_the_fonts_are_loaded_still_refuses(
    qtbot, tmp_path, monkeypatch, fonts_unloaded
):
    loaded_on, gate = fonts_unloaded
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = _pdf_dialog(qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.strict.setChecked(True)
    out = tmp_path / "memo.pdf"
    dialog.path.setText(str(out))
    dialog.export()
    assert dialog.fonts_loading and dialog.exporting
    gate.set()
    qtbot.waitUntil(lambda: not dialog.exporting and not dialog.fonts_loading)
    assert threading.get_ident() not in loaded_on
    refused = [w for w in preflight(_brief(), fmt="pdf") if w.kind not in NOTICES]
    assert any(w.kind == "unprintable" for w in refused)
    assert shown == [f"Not exported: {len(refused)} warning(s) and strict mode is on."]
    assert not out.exists() and dialog.export_button.isEnabled()


def test_fonts_that_cannot_be_read_are_said_over_the_warnings(qtbot, monkeypatch):
    monkeypatch.setattr(scripts, "_coverage", {})

    def broken():
        raise OSError("font file unreadable")

    monkeypatch.setattr(scripts, "_register", broken)
    dialog = _pdf_dialog(qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    qtbot.waitUntil(lambda: not dialog.fonts_loading)
    label = dialog.warnings_label.text()
    assert "fonts could not be read" in label and "font file unreadable" in label
    assert not any("cannot print" in t for t in _texts(dialog))
