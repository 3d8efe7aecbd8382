"""The export dialog builds the file on a worker, never on the window's
thread (a long memo's PDF took over a second in one step, the window frozen),
and its Cancel stops the export before the file is written."""

from __future__ import annotations

import threading

from docx import Document

from app.ui.export_dialog import ExportDialog
from tests.export.memos import numbered_brief


def _dialog(qtbot, out) -> ExportDialog:
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.open_when_done.setChecked(False)
    return dialog


def test_the_file_is_built_off_the_windows_thread_with_progress(qtbot, tmp_path, monkeypatch):
    from app.core.export import docx as docx_module

    real = docx_module.DocxWriter.iter_build
    built_on: list[int] = []

    def recorded(self):
        built_on.append(threading.get_ident())
        yield from real(self)

    monkeypatch.setattr(docx_module.DocxWriter, "iter_build", recorded)
    out = tmp_path / "memo.docx"
    dialog = _dialog(qtbot, out)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.export()
    assert dialog.exporting and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert built_on and built_on[0] != threading.get_ident()
    assert values and values[-1] == dialog.progress.maximum()  # the bar moved to its end
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.exported_path == out
    assert Document(str(out)).paragraphs[0].text == "MEMORANDUM"


def test_cancel_stops_the_export_and_leaves_the_file_as_it_was(qtbot, tmp_path, monkeypatch):
    from app.core.export import docx as docx_module

    real = docx_module.DocxWriter.iter_build
    building, go_on = threading.Event(), threading.Event()

    def slow(self):
        steps = real(self)
        yield next(steps)
        building.set()
        go_on.wait(10)  # the user presses Cancel meanwhile
        yield from steps

    monkeypatch.setattr(docx_module.DocxWriter, "iter_build", slow)
    out = tmp_path / "memo.docx"
    out.write_bytes(b"earlier export")
    dialog = _dialog(qtbot, out)
    dialog.confirmed_path = out  # chosen in the file dialog, which asked to replace it
    dialog.export()
    assert building.wait(10)
    dialog.reject()  # Cancel
    assert dialog.status.text() == "Cancelling\u2026"
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert out.read_bytes() == b"earlier export"  # nothing written, not even in part
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.docx"]  # no temporary file
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.exported_path is None
    assert dialog.status.text() == "Export cancelled: nothing was written."
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()

    # The same dialog exports again, and its Cancel closes it once idle.
    go_on.set()
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert Document(str(out)).paragraphs[0].text == "MEMORANDUM"
