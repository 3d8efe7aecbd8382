"""Letters no font of the PDF has (Devanagari, Thai, ...) print as empty boxes
in the PDF: the preflight says so for a PDF export (the export dialog, the
`export` command and `export_brief`), naming where they are, and not for a
DOCX, which keeps them. Scripts the PDF has (CJK, Arabic, emoji) are no
warning. Invented sentences."""

from __future__ import annotations

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief, preflight
from app.ui.export_dialog import ExportDialog
from tests.export.memos import ref

HINDI = "\u0928\u092e\u0938\u094d\u0924\u0947"
THAI = "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35"


def _brief() -> Brief:
    src = ref(1, title="Velmar Ferry Timetable")
    blocks = [
        Block("quote", f"We say {HINDI} to every rider.", original="x", speaker="Roe", source=src),
        Block(
            "fact",
            "The boat runs \u8239 twice a day \U0001f6a2 (\u0645\u0631\u062d\u0628\u0627).",
            original="x",
            source=src,
        ),
    ]
    return Brief(
        Header("Council", "Staff", "2024-12-03", f"Ferry {THAI}"), [Section("One", blocks)]
    )


def test_pdf_export_warns_of_letters_it_prints_as_boxes():
    brief = _brief()
    found = [w for w in preflight(brief, fmt="pdf") if w.kind == "unprintable"]
    assert [w.block_id for w in found] == [None, brief.blocks()[0].id]
    assert THAI[0] in found[0].message and "header" in found[0].message
    assert HINDI[0] in found[1].message and "We say" in found[1].message
    assert "empty boxes" in found[1].message and ".docx" in found[1].message
    assert not [w for w in preflight(brief, fmt="docx") if w.kind == "unprintable"]
    assert not [w for w in preflight(brief) if w.kind == "unprintable"]


def test_export_brief_returns_the_warning_for_a_pdf_only(tmp_path):
    brief = _brief()
    pdf = export_brief(brief, tmp_path / "memo.pdf", ExportOptions())
    docx = export_brief(brief, tmp_path / "memo.docx", ExportOptions())
    assert sum(w.kind == "unprintable" for w in pdf) == 2
    assert not any(w.kind == "unprintable" for w in docx)


def test_the_dialog_shows_it_when_pdf_is_chosen(qtbot):
    dialog = ExportDialog(_brief(), None)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    count = dialog.warnings.count()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    qtbot.waitUntil(lambda: not dialog.fonts_loading)  # loaded on a worker
    texts = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert len(texts) == count + 2
    assert any("cannot print" in t and HINDI[0] in t for t in texts)
