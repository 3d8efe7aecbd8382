"""DOCX round trips: read the written file back with python-docx and its XML."""

from __future__ import annotations

import re

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

from app.core.export import ExportOptions, export_brief
from tests.export.expected import expected_in_text, expected_notes, expected_sources, squash
from tests.export.memos import hostile_brief, library_brief, numbered_brief
from tests.export.readback import libreoffice_pdf, needs_libreoffice


def notes_of(doc, kind: str = "footnote"):
    """(id, style, text, urls) of each real note, and the ids referenced from the body."""
    reltype = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype == reltype)
    root = etree.fromstring(part.blob)
    notes = []
    for el in root.iter(qn(f"w:{kind}")):
        nid = int(el.get(qn("w:id")))
        if nid < 1:
            assert el.get(qn("w:type")) in ("separator", "continuationSeparator")
            continue
        p = el.find(qn("w:p"))
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val"))
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        urls = [part.rels[h.get(qn("r:id"))].target_ref for h in p.iter(qn("w:hyperlink"))]
        assert p.find(f".//{qn(f'w:{kind}Ref')}") is not None
        notes.append((nid, style, text.strip(), urls))
    refs = []
    for para in doc.paragraphs:
        for r in para._p.iter(qn(f"w:{kind}Reference")):
            run_style = r.getparent().find(f"{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val"))
            refs.append((int(r.get(qn("w:id"))), run_style, para))
    return notes, refs


def test_footnotes_are_real_word_footnotes_citing_each_block(tmp_path):
    brief = library_brief(tmp_path)
    out = tmp_path / "memo.docx"
    export_brief(brief, out)
    doc = Document(str(out))
    notes, refs = notes_of(doc)
    cited = [b for b in brief.blocks() if b.cited]
    assert len(notes) == len(refs) == len(cited)
    assert [n[0] for n in notes] == [r[0] for r in refs] == list(range(1, len(cited) + 1))
    assert {n[1] for n in notes} == {"FootnoteText"}
    assert {r[1] for r in refs} == {"FootnoteReference"}
    assert [n[2] for n in notes] == expected_notes(brief)
    # Each reference sits in the paragraph of the block it cites.
    for (_, _, para), block in zip(refs, cited, strict=True):
        assert block.text.strip()[:40].rstrip(",;:") in para.text
    # Styles the notes use exist in the document.
    assert doc.styles["Footnote Text"].type == 1 and doc.styles["Footnote Reference"]
    # URLs in notes are hyperlinks to the source's URL.
    with_url = [(n, b) for n, b in zip(notes, cited, strict=True) if n[3]]
    assert with_url
    for note, block in with_url:
        assert note[3] == [block.source.url]


def test_memo_header_headings_quotes_properties_and_bibliography(tmp_path):
    brief = library_brief(tmp_path)
    out = tmp_path / "memo.docx"
    export_brief(brief, out)
    doc = Document(str(out))
    props = doc.core_properties
    assert props.title == brief.header.subject and props.author == "Policy staff"
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "MEMORANDUM"
    assert texts[1:5] == [
        "TO:\tCity Council members",
        "FROM:\tPolicy staff",
        "DATE:\t2024-12-03",
        f"SUBJECT:\t{brief.header.subject}",
    ]
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.title for s in brief.sections] + ["Bibliography"]
    quotes = [p for p in doc.paragraphs if p.style.name == "Quote"]
    # Quotes as in the PDF: indented 0.4 inch on both sides, upright.
    quote_style = doc.styles["Quote"]
    assert quote_style.font.italic is False
    ics = quote_style.element.rPr.find(qn("w:iCs"))  # italics of Arabic and Hebrew
    assert ics is not None and ics.get(qn("w:val")) == "0"
    assert quote_style.paragraph_format.left_indent == quote_style.paragraph_format.right_indent
    assert round(quote_style.paragraph_format.left_indent.inches, 2) == 0.4
    quote_blocks = [b for b in brief.blocks() if b.kind == "quote"]
    assert len(quotes) == len(quote_blocks)
    for para, block in zip(quotes, quote_blocks, strict=True):
        assert para.text.startswith("\u201c" + block.text.rstrip(",;:"))
        if block.speaker:
            assert f"\u2014 {block.speaker}" in para.text
    start = texts.index("Bibliography") + 1
    bib = [squash(t) for t in texts[start:]]
    assert bib == [squash(e) for e in expected_sources(brief, "chicago")]
    assert len(bib) == len(set(bib)) == 5


def endnotes_of(doc):
    """(number, text, paragraph) of each note under the "Notes" heading, and
    the headings around them."""
    paragraphs = doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Notes")
    notes = []
    for p in paragraphs[start + 1 :]:
        if p.style.name.startswith("Heading"):
            break
        number, _, text = p.text.partition(". ")
        notes.append((int(number), text, p))
    return notes


def _anchors(element, tag: str) -> list[str]:
    """Internal link targets (`hyperlink`) or bookmark names (`bookmarkStart`)."""
    key = qn("w:anchor") if tag == "hyperlink" else qn("w:name")
    return [el.get(key) for el in element.iter(qn(f"w:{tag}")) if el.get(key)]


def test_endnotes_are_numbered_1_2_3_under_notes_before_the_bibliography(tmp_path):
    brief = numbered_brief(12, sources=4)
    out = tmp_path / "memo.docx"
    export_brief(brief, out, ExportOptions(notes="endnotes"))
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["One", "Two", "Three", "Notes", "Bibliography"]
    notes = endnotes_of(doc)
    assert [n[0] for n in notes] == list(range(1, 13))
    assert [n[1] for n in notes] == expected_notes(brief)
    assert {n[2].style.name for n in notes} == {"Endnote Text"}
    # Each body mark links to its note and each note back to its mark.
    cited = [
        p
        for p in doc.paragraphs
        if any(re.fullmatch(r"_Note\d+", a) for a in _anchors(p._p, "hyperlink"))
    ]
    assert len(cited) == 12
    for number, (para, (_, _, note)) in enumerate(zip(cited, notes, strict=True), 1):
        assert _anchors(para._p, "hyperlink") == [f"_Note{number}"]
        assert _anchors(para._p, "bookmarkStart") == [f"_NoteRef{number}"]
        assert _anchors(note._p, "hyperlink")[0] == f"_NoteRef{number}"
        assert _anchors(note._p, "bookmarkStart") == [f"_Note{number}"]
        assert para.text.endswith(f"end{number - 1}.{number}")
    # No Word endnotes part (and so nothing numbered i, ii, iii anywhere).
    assert not any(r.reltype in (RT.FOOTNOTES, RT.ENDNOTES) for r in doc.part.rels.values())


@pytest.mark.parametrize("notes_mode", ["footnotes", "endnotes"])
def test_chicago_gives_each_cited_block_its_note(tmp_path, notes_mode):
    brief = library_brief(tmp_path, per_source=2)
    out = tmp_path / "memo.docx"
    export_brief(brief, out, ExportOptions(style="chicago", notes=notes_mode))
    doc = Document(str(out))
    cited = [b for b in brief.blocks() if b.cited]
    if notes_mode == "endnotes":
        notes = endnotes_of(doc)
        assert [n[0] for n in notes] == list(range(1, len(cited) + 1))
        assert [n[1] for n in notes] == expected_notes(brief, "chicago")
        return
    notes, refs = notes_of(doc, "footnote")
    assert len(notes) == len(refs) == len(cited)
    assert [n[0] for n in notes] == [r[0] for r in refs] == list(range(1, len(cited) + 1))
    assert [n[2] for n in notes] == expected_notes(brief, "chicago")
    for (_, _, para), block in zip(refs, cited, strict=True):
        assert block.text.strip()[:40].rstrip(",;:") in para.text


@pytest.mark.parametrize("style", ["apa", "ap"])
def test_apa_and_ap_cite_in_the_text_with_no_notes(tmp_path, style):
    brief = library_brief(tmp_path, per_source=2)
    out = tmp_path / "memo.docx"
    export_brief(brief, out, ExportOptions(style=style, notes="endnotes"))
    doc = Document(str(out))
    assert not any(r.reltype in (RT.FOOTNOTES, RT.ENDNOTES) for r in doc.part.rels.values())
    texts = [p.text for p in doc.paragraphs]
    cited_paras = [t for t in texts if any(c in t for c in expected_in_text(brief, style))]
    assert len(cited_paras) == sum(b.cited for b in brief.blocks())
    from_times = sum(b.cited and b.source.outlet == "Los Angeles Times" for b in brief.blocks())
    assert from_times >= 2
    if style == "apa":
        assert sum("(Doe & Vives, 2024)" in t for t in texts) == from_times
    if style == "ap":
        assert sum("according to the Los Angeles Times" in t for t in texts) == from_times
        assert not any("n.d." in t for t in texts)
    title = {"apa": "References", "ap": "Sources"}[style]
    start = texts.index(title) + 1
    listed = [squash(t) for t in texts[start:]]
    assert listed == [squash(e) for e in expected_sources(brief, style)]
    assert len(listed) == len(set(listed)) == 5


def test_hostile_memo_exports_and_reopens(tmp_path):
    brief = hostile_brief()
    out = tmp_path / "hostile.docx"
    export_brief(brief, out)
    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Tags <b>bold</b> <b & unclosed" in body
    assert "\x01" not in body and "\ufffe" not in body
    assert "\U0001f600" in body and "\u05e9\u05dc\u05d5\u05dd" in body
    assert "x" * 10_000 in body
    notes, refs = notes_of(doc)
    assert len(notes) == len(refs) == sum(b.cited for b in brief.blocks()) == 1004


@needs_libreoffice
def test_libreoffice_opens_the_docx_and_keeps_the_footnotes(tmp_path):
    brief = numbered_brief(8, sources=3)
    out = tmp_path / "memo.docx"
    export_brief(brief, out)
    pages = PdfReader(libreoffice_pdf(out, tmp_path)).pages
    text = "\n".join(page.extract_text() for page in pages)
    assert "MEMORANDUM" in text and "Fact number 7" in text
    # Every footnote's text comes out (line breaks may fall inside URLs).
    flat = "".join(text.split())
    for note in expected_notes(brief):
        assert "".join(note.split()) in flat


def test_headings_keep_with_the_next_paragraph(tmp_path):
    brief = numbered_brief(6, sources=2)
    out = tmp_path / "memo.docx"
    export_brief(brief, out)
    paragraphs = Document(str(out)).paragraphs
    headings = [i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1"]
    assert [paragraphs[i].text for i in headings] == ["One", "Two", "Three", "Bibliography"]
    for i in headings:
        assert paragraphs[i].paragraph_format.keep_with_next is True
        assert paragraphs[i + 1].text.strip()
