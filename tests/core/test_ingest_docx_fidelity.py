"""DOCX text as Word shows it: tracked changes as accepted, content controls,
and table cells that happen to hold the same words."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from lxml import etree

from app.core.ingest import read_document


def _run(parent, text: str, tag: str = "w:t"):
    run = etree.SubElement(parent, qn("w:r"))
    etree.SubElement(run, qn(tag)).text = text
    return run


def _change(parent, kind: str, ident: str):
    mark = etree.SubElement(parent, qn(kind))
    mark.set(qn("w:id"), ident)
    mark.set(qn("w:author"), "Quillon Roe")
    return mark


def test_tracked_insertion_is_kept_and_deletion_left_out(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("The Velmar council will ")
    _run(_change(paragraph._p, "w:ins", "1"), "not ")
    _run(paragraph._p, "fund the Brask bridge")
    _run(_change(paragraph._p, "w:del", "2"), " this year", "w:delText")
    _run(paragraph._p, ".")
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    _run(cell.paragraphs[0]._p, "Vesk ")
    _run(_change(cell.paragraphs[0]._p, "w:ins", "3"), "opposed")
    path = tmp_path / "tracked.docx"
    document.save(path)
    text = read_document(path).text
    assert text == "The Velmar council will not fund the Brask bridge.\n\nVesk opposed"


def test_text_in_a_content_control_is_kept(tmp_path):
    document = docx.Document()
    document.add_paragraph("Before the control.")
    body = document.element.body
    sdt = etree.Element(qn("w:sdt"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    _run(etree.SubElement(content, qn("w:p")), "Quillon Roe said the levy stays.")
    body.insert(list(body).index(document.paragraphs[0]._p) + 1, sdt)
    path = tmp_path / "control.docx"
    document.save(path)
    assert read_document(path).text == "Before the control.\n\nQuillon Roe said the levy stays."
