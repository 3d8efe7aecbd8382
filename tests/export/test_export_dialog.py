"""The export dialog: choices, warnings listed, progress, file written, strict refusal."""

from __future__ import annotations

from docx import Document
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.ui.export_dialog import ExportDialog
from tests.export.memos import numbered_brief
from tests.export.test_export_api import problem_brief


def test_dialog_lists_warnings_and_exports_pdf_with_progress(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = ExportDialog(problem_brief(), None, conflicted_item_ids=frozenset({41}))
    qtbot.addWidget(dialog)
    texts = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert len(texts) == 4
    assert any("Altered quote" in t for t in texts) and any("conflict" in t for t in texts)
    assert "4 warnings" in dialog.warnings_label.text()

    out = tmp_path / "memo.pdf"
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path.setText(str(out))
    dialog.endnotes.setChecked(True)
    values = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.export()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert values and values[-1] == dialog.progress.maximum()
    assert opened == [str(out)]
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Notes" in text and "Bibliography" in text


def test_notes_choice_applies_to_every_style_and_format_changes_extension(qtbot, tmp_path):
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    assert "No warnings" in dialog.warnings_label.text()
    assert dialog.path.text().endswith("Numbered-memo.docx")
    for style in ("chicago", "apa", "ap"):
        dialog.style.setCurrentIndex(dialog.style.findData(style))
        assert dialog.footnotes.isEnabled() and dialog.endnotes.isEnabled()
    dialog.style.setCurrentIndex(dialog.style.findData("apa"))
    dialog.endnotes.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.path.text().endswith("Numbered-memo.pdf")
    out = tmp_path / "memo.docx"
    dialog.path.setText(str(out))
    dialog.open_when_done.setChecked(False)
    dialog.export()
    assert dialog.exported_path == out
    doc = Document(str(out))
    endnotes = next(
        r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/endnotes")
    )
    assert endnotes.blob.count(b"Person, W. (2024, November 19).") == 3


def test_strict_mode_refuses_and_keeps_the_dialog_open(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = ExportDialog(problem_brief(), None)
    qtbot.addWidget(dialog)
    out = tmp_path / "memo.docx"
    dialog.path.setText(str(out))
    dialog.strict.setChecked(True)
    dialog.export()
    assert not out.exists()
    assert shown and "strict" in shown[0]
    assert dialog.export_button.isEnabled()
    assert dialog.result() != dialog.DialogCode.Accepted
