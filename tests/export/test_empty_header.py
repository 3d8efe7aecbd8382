"""A memo whose header lacks its To, From, Date or Subject says so before
export, naming the empty fields (the dialog, the `export` command, strict or
not), and the export leaves those lines out rather than print a bare "TO:"
(DOCX, PDF and the Preview alike). A notice: a strict export goes ahead.
Invented names and sentences."""

from __future__ import annotations

import subprocess

from docx import Document

from app import cli
from app.core.brief import Block, Brief, Header, Section
from app.core.export import NOTICES, ExportOptions, export_brief, preflight
from app.core.render import render
from app.ui.export_dialog import ExportDialog
from app.ui.preview import layout_html
from tests.conftest import ROOT
from tests.export.memos import filled_header

BODY = "The Velmar ferry runs all winter, the harbour board said on Monday."


def memo(header: Header) -> Brief:
    return Brief(header, [Section("Bottom line", [Block("prose", BODY)])])


def header_warnings(brief: Brief) -> list[str]:
    return [w.message for w in preflight(brief) if w.kind == "empty_header"]


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_preflight_names_the_empty_fields_in_the_headers_order():
    nameless = memo(Header(to="", from_=" ", date="3 March 2031", subject="\x07"))
    (said,) = header_warnings(nameless)
    assert said == (
        "The memo's header has no To, From or Subject: the export leaves those lines out"
        " (fill them in at the top of the memo)."
    )
    (warning,) = [w for w in preflight(nameless) if w.kind == "empty_header"]
    assert warning.block_id is None and warning.kind in NOTICES
    assert preflight(nameless)[0] == warning  # the header comes first in the memo
    (one,) = header_warnings(memo(Header("Harbour committee", "", "3 March 2031", "Ferry")))
    assert one.startswith("The memo's header has no From: the export leaves that line out")
    assert "(fill it in" in one
    (every,) = header_warnings(memo(Header()))
    assert "has no To, From, Date or Subject:" in every
    assert preflight(memo(filled_header("Ferry"))) == []
    example = Brief.load(ROOT / "briefs" / "la-sanctuary-ordinance.brief.json")
    assert [label for label, _ in render(example).header] == ["TO", "FROM", "DATE", "SUBJECT"]
    assert not header_warnings(example)  # its header is filled: it exports as before


def test_an_empty_fields_line_is_left_out_of_docx_pdf_and_preview(tmp_path):
    brief = memo(Header(to="", from_="Policy staff", date="", subject="Winter ferry"))
    assert render(brief).header == [("FROM", "Policy staff"), ("SUBJECT", "Winter ferry")]

    docx = tmp_path / "memo.docx"
    export_brief(brief, docx)
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert "FROM:\tPolicy staff" in paragraphs and "SUBJECT:\tWinter ferry" in paragraphs
    assert not [p for p in paragraphs if p.startswith(("TO:", "DATE:"))]
    assert paragraphs.index("FROM:\tPolicy staff") == 1  # right under MEMORANDUM

    pdf = tmp_path / "memo.pdf"
    export_brief(brief, pdf)
    lines = [line.split() for line in pdf_text(pdf).splitlines() if line.strip()]
    assert lines[:3] == [
        ["MEMORANDUM"],
        ["FROM:", "Policy", "staff"],
        ["SUBJECT:", "Winter", "ferry"],
    ]
    assert BODY.split() in lines

    html = layout_html(render(brief))
    assert ">FROM<" in html and ">TO<" not in html and ">DATE<" not in html


def test_a_memo_with_no_header_at_all_exports_its_heading_and_body(tmp_path):
    pdf = tmp_path / "memo.pdf"
    export_brief(memo(Header()), pdf)
    words = pdf_text(pdf).split()
    assert words[:3] == ["MEMORANDUM", "Bottom", "line"]
    assert not {"TO:", "FROM:", "DATE:", "SUBJECT:"} & set(words)


def test_a_strict_export_goes_ahead_with_an_empty_header_alone(tmp_path):
    out = tmp_path / "memo.docx"
    (said,) = export_brief(memo(Header(date="3 March 2031")), out, ExportOptions(strict=True))
    assert said.kind == "empty_header"
    assert BODY in [p.text for p in Document(str(out)).paragraphs]


def test_the_export_command_says_so_strict_or_not(tmp_path, capsys):
    path = tmp_path / "memo.brief.json"
    memo(Header(to="Harbour committee", date="3 March 2031")).save(path)
    for extra in ([], ["--strict"]):  # strict: said, and exported all the same
        out = tmp_path / f"memo{len(extra)}.pdf"
        assert cli.run(["export", str(path), "--out", str(out), *extra]) == 0, extra
        err = capsys.readouterr().err
        assert "warning: The memo's header has no From or Subject:" in err, extra
        assert "FROM:" not in pdf_text(out) and "TO:" in pdf_text(out)


def test_the_export_dialog_lists_it_and_strict_mode_exports(qtbot, tmp_path):
    dialog = ExportDialog(memo(Header(to="Harbour committee", subject="Ferry")), None)
    qtbot.addWidget(dialog)
    (row,) = [dialog.warnings.item(i) for i in range(dialog.warnings.count())]
    assert "The memo's header has no From or Date" in row.text()
    assert dialog.warnings_label.text() == "<b>1 warning</b> before export:"
    out = tmp_path / "memo.docx"
    dialog.path.setText(str(out))
    dialog.open_when_done.setChecked(False)
    dialog.strict.setChecked(True)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.exported_path == out
    assert "TO:\tHarbour committee" in [p.text for p in Document(str(out)).paragraphs]
