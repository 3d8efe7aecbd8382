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


def test_equal_neighbouring_cells_are_both_kept_merged_ones_once(tmp_path):
    document = docx.Document()
    votes = document.add_table(rows=2, cols=3)
    for row, values in zip(
        votes.rows, [["Velmar", "Yes", "Yes"], ["Brask", "No", "No"]], strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = document.add_table(rows=1, cols=3)
    first, second, third = merged.rows[0].cells
    first.merge(second).text = "Vesk"
    third.text = "Abstained"
    path = tmp_path / "votes.docx"
    document.save(path)
    text = read_document(path).text
    assert text == "Velmar\tYes\tYes\n\nBrask\tNo\tNo\n\nVesk\tAbstained"


def test_superscript_number_stays_apart_from_the_figure_before_it(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("The Vesk levy rose by 40")
    paragraph.add_run("1").font.superscript = True
    paragraph.add_run(" percent over 5 km")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(" on the 1")
    paragraph.add_run("st").font.superscript = True
    paragraph.add_run(" of May.")
    path = tmp_path / "marks.docx"
    document.save(path)
    text = read_document(path).text
    assert text == "The Vesk levy rose by 40\u00b9 percent over 5 km\u00b2 on the 1st of May."


def test_hidden_text_is_left_out(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("The Velmar levy stays")
    paragraph.add_run(" (draft: check with Roe)").font.hidden = True
    paragraph.add_run(" at four percent.")
    shown = paragraph.add_run(" Final.")
    shown.font.hidden = False
    path = tmp_path / "hidden.docx"
    document.save(path)
    assert read_document(path).text == "The Velmar levy stays at four percent. Final."
