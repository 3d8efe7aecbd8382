"""The export dialog: choices, warnings listed, progress, file written, strict refusal."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

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
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert values and values[-1] == dialog.progress.maximum()
    assert opened == [str(out)]
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Notes" in text and "Bibliography" in text


def test_notes_choice_applies_to_chicago_and_format_changes_extension(qtbot, tmp_path):
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    assert "No warnings" in dialog.warnings_label.text()
    assert dialog.path.text().endswith("Numbered-memo.docx")
    for style, enabled in (("chicago", True), ("apa", False), ("ap", False)):
        dialog.style.setCurrentIndex(dialog.style.findData(style))
        assert dialog.footnotes.isEnabled() is enabled and dialog.endnotes.isEnabled() is enabled
    dialog.style.setCurrentIndex(dialog.style.findData("apa"))
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.path.text().endswith("Numbered-memo.pdf")
    out = tmp_path / "memo.docx"
    dialog.path.setText(str(out))
    dialog.open_when_done.setChecked(False)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.exported_path == out
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "end0 (Person, 2024a)." in text and "References" in text


def test_warnings_follow_the_chosen_style(qtbot):
    dialog = ExportDialog(problem_brief(), None)
    qtbot.addWidget(dialog)

    def texts():
        return " ".join(dialog.warnings.item(i).text() for i in range(dialog.warnings.count()))

    assert "n.d." in texts()
    dialog.style.setCurrentIndex(dialog.style.findData("ap"))
    assert "n.d." not in texts() and "carry no date" in texts()


def test_a_failed_export_says_why_and_resets_the_dialog(qtbot, tmp_path, monkeypatch):
    from app.core.export import docx as docx_module

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    real = docx_module.DocxWriter.iter_build

    def broken(self):
        yield "started"
        raise ValueError("a fault deep in a writer")

    monkeypatch.setattr(docx_module.DocxWriter, "iter_build", broken)
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    out = tmp_path / "memo.docx"
    out.write_bytes(b"earlier export")
    dialog.path.setText(str(out))
    dialog.confirmed_path = out  # chosen in the file dialog, which asked to replace it
    dialog.open_when_done.setChecked(False)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert shown == ["memo.docx: not exported (ValueError: a fault deep in a writer)"]
    assert dialog.status.text() == shown[0]
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert out.read_bytes() == b"earlier export"
    # The same dialog exports once the fault is gone.
    monkeypatch.setattr(docx_module.DocxWriter, "iter_build", real)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Document(str(out)).paragraphs[0].text == "MEMORANDUM"


def test_an_unwritable_destination_is_reported_in_the_dialog(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog.path.setText(str(blocker / "memo.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert shown and shown[0].startswith("memo.pdf: cannot be written")
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()


def test_strict_mode_refuses_and_keeps_the_dialog_open(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = ExportDialog(problem_brief(), None)
    qtbot.addWidget(dialog)
    out = tmp_path / "memo.docx"
    dialog.path.setText(str(out))
    dialog.strict.setChecked(True)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert not out.exists()
    assert shown and "strict" in shown[0]
    assert dialog.export_button.isEnabled()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_suggested_file_name_is_whole_or_cut_where_a_phrase_ends(qtbot):
    brief = numbered_brief(2)
    brief.header.subject = "Sanctuary town ordinance: what passed and who said what in the end"
    dialog = ExportDialog(brief, None)
    qtbot.addWidget(dialog)
    name = Path(dialog.path.text()).name
    assert name == "Sanctuary-town-ordinance-what-passed-and-who-said-what-in-the-end.docx"

    brief.header.subject = (
        "Quillon harbour levy: the council vote, the budget hearing and what the"
        " Velmar Residents Association said about it afterwards"
    )
    dialog = ExportDialog(brief, None)
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).name == "Quillon-harbour-levy-the-council-vote.docx"


def test_a_file_stem_is_cut_between_words_and_valid_on_every_system():
    from app.core.short_text import STEM_BYTES_MAX, STEM_MAX, file_stem

    no_phrase = "Quillon harbour levy and the council vote and the budget hearing and what the"
    assert file_stem(f"{no_phrase} Velmar Residents Association said") == (
        "Quillon-harbour-levy-and-the-council-vote-and-the-budget-hearing-and-what"
    )  # not inside the name, not after "the"
    assert file_stem("Con") == "Con-memo" and file_stem("lpt1:") == "lpt1-memo"  # Windows devices
    assert file_stem('a/b\\c*d<e>f|g"h?') == "a-b-c-d-e-f-g-h"
    assert file_stem("--draft--") == "draft" and file_stem("?!") == "memo"
    wide = file_stem("\u6f22\u5b57" * 100)  # no space to cut at: cut where the bytes run out
    assert len(wide.encode()) <= STEM_BYTES_MAX and wide.startswith("\u6f22\u5b57")
    assert len(file_stem("x" * 200)) <= STEM_MAX


def test_a_remembered_folder_no_longer_there_is_not_made_anew(qtbot, tmp_path, monkeypatch):
    from app.ui.export_dialog import EXPORT_DIR
    from app.ui.settings import Settings

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    share = tmp_path / "share"  # the last export went to a stick, unplugged since
    settings = Settings(tmp_path / "settings.ini")
    settings.set(EXPORT_DIR, str(share))
    owner = QWidget()  # the window: the dialog reads its settings
    owner.settings = settings
    qtbot.addWidget(owner)
    dialog = ExportDialog(numbered_brief(3), owner)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.open_when_done.setChecked(False)
    out = Path(dialog.path.text())
    assert out.parent == share
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert shown == [
        f"{out.name}: cannot be written (the folder {share} is not there: renamed, moved,"
        " or on a drive or network share that is not connected); choose another with Browse."
    ]
    assert not share.exists()
    assert dialog.export_button.isEnabled() and dialog.result() != dialog.DialogCode.Accepted
    share.mkdir()  # plugged in again: the same dialog exports
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Document(str(out)).paragraphs[0].text == "MEMORANDUM"


def test_a_folder_flush_failing_after_the_write_is_told_as_written(qtbot, tmp_path, monkeypatch):
    import errno

    from app.core import fileio

    def flush_fails(folder):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(fileio, "_fsync_folder", flush_fails)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:3]))
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    out = tmp_path / "memo.pdf"
    dialog.path.setText(str(out))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert shown == [
        (
            "Export not sure to be on disk",
            "memo.pdf: written, but its folder's entry may not be on disk yet"
            " (Input/output error): a crash now could bring back the previous file or"
            " none; export again",
        )
    ]
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.export_button.isEnabled() and dialog.result() != dialog.DialogCode.Accepted


def test_a_name_typed_with_a_formats_ending_chooses_that_format(qtbot, tmp_path):
    """The file written is the format its name ends with: Format says so as
    the name is typed (the warnings follow it), and the caret stays where
    the user types."""
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "ferry-notes.pd"))
    assert dialog.format.currentData() == "docx"  # no format's ending yet
    qtbot.keyClicks(dialog.path, "f")
    assert dialog.format.currentData() == "pdf"
    assert dialog.path.text() == str(tmp_path / "ferry-notes.pdf")
    assert dialog.path.cursorPosition() == len(dialog.path.text())
    dialog.open_when_done.setChecked(False)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert (tmp_path / "ferry-notes.pdf").read_bytes().startswith(b"%PDF")
    # An unknown ending leaves the chosen format, which the name is given at export.
    dialog = ExportDialog(numbered_brief(3), None)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path.setText(str(tmp_path / "ferry.notes"))
    assert dialog.format.currentData() == "pdf"
