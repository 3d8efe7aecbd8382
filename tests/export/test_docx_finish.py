"""A finished Word file: properties, page, running header, page numbers,
right-to-left paragraphs, long titles; read back from the zip and through
LibreOffice where it is installed."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

from docx import Document
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

from app.core.brief import Block, Brief, Section
from app.core.export import ExportOptions, export_brief
from tests.export.expected import expected_notes, squash
from tests.export.memos import filled_header, numbered_brief, ref
from tests.export.readback import bbox_words, libreoffice_pdf, needs_libreoffice

ARABIC = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u0648\u0627\u0644\u0633\u0644\u0627\u0645."
NAME = "\u0645\u062d\u0645\u062f \u0628\u0646 \u0633\u0644\u0645\u0627\u0646"


def _zip_xml(path, name: str):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name)), z.namelist()


def test_properties_say_who_made_it_and_when(tmp_path):
    out = tmp_path / "memo.docx"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    export_brief(numbered_brief(3), out)
    after = dt.datetime.now(dt.UTC)
    props = Document(str(out)).core_properties
    assert props.title == props.subject == "Numbered memo"
    assert props.author == props.last_modified_by == "Staff"
    assert before <= props.created <= after and props.modified == props.created
    assert props.last_printed is None and props.revision == 1
    assert "python-docx" not in (props.comments + props.author + props.keywords)
    app, names = _zip_xml(out, "docProps/app.xml")
    ns = {"e": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.findtext("e:Application", namespaces=ns) == "Briefing Builder"
    assert b"Microsoft" not in etree.tostring(app)
    assert not any("thumbnail" in n for n in names)


def test_a_title_longer_than_word_allows_is_cut_in_the_properties_only(tmp_path):
    subject = " ".join(f"word{i}" for i in range(60))  # about 400 characters
    writer = "From " + "someone " * 40
    brief = numbered_brief(3)
    brief.header.subject = subject
    brief.header.from_ = writer
    out = tmp_path / "memo.docx"
    export_brief(brief, out)
    doc = Document(str(out))
    props = doc.core_properties
    assert len(props.title) <= 255 and props.title.endswith("\u2026")
    assert subject.startswith(props.title[:-1])
    assert len(props.author) <= 255 and writer.startswith(props.author[:-1])
    texts = [p.text for p in doc.paragraphs]
    assert f"SUBJECT:\t{subject}" in texts and f"FROM:\t{writer.strip()}" in texts


def test_margins_match_the_pdf_and_every_page_has_its_number(tmp_path):
    out = tmp_path / "memo.docx"
    export_brief(numbered_brief(30), out)
    doc = Document(str(out))
    for section in doc.sections:
        assert [round(m.inches, 2) for m in (section.left_margin, section.right_margin)] == [1, 1]
        assert round(section.top_margin.inches, 2) == 1.0
        assert round(section.bottom_margin.inches, 2) == 0.9
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == "Numbered memo"
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
    for footer in (section.footer, section.first_page_footer):
        fields = [f.get(qn("w:instr")).strip() for f in footer._element.iter(qn("w:fldSimple"))]
        assert fields == ["PAGE", "NUMPAGES"]
        shown = "".join(t.text for t in footer.paragraphs[0]._p.iter(qn("w:t")))
        assert shown == "Page 1 of 1"


def _rtl_brief() -> Brief:
    source = ref(1, outlet="\u0627\u0644\u062c\u0631\u064a\u062f\u0629", author=NAME)
    return Brief(
        filled_header("Directions"),
        [
            Section(
                "S",
                [
                    Block("prose", ARABIC),
                    Block(
                        "fact", f"{NAME} met the council on Tuesday.", original="x", source=source
                    ),
                    Block("fact", ARABIC, original=ARABIC, source=source),
                ],
            )
        ],
    )


def test_right_to_left_paragraphs_are_marked_bidi(tmp_path):
    out = tmp_path / "memo.docx"
    export_brief(_rtl_brief(), out)
    doc = Document(str(out))
    by_text = {p.text.split(" (")[0]: p for p in doc.paragraphs}
    bidi = lambda p: p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None  # noqa: E731
    assert bidi(by_text[ARABIC])
    assert not bidi(next(p for p in doc.paragraphs if p.text.startswith(NAME)))
    arabic_runs = [r for r in by_text[ARABIC]._p.iter(qn("w:r")) if ARABIC in "".join(r.itertext())]
    assert arabic_runs and arabic_runs[0].find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None
    assert not bidi(next(p for p in doc.paragraphs if p.text.startswith("TO:")))


@needs_libreoffice
def test_libreoffice_shows_numbered_pages_header_and_notes_before_the_bibliography(tmp_path):
    brief = numbered_brief(30, sources=4)
    out = tmp_path / "memo.docx"
    export_brief(brief, out, ExportOptions(notes="endnotes"))
    pages = [squash(p.extract_text()) for p in PdfReader(libreoffice_pdf(out, tmp_path)).pages]
    assert len(pages) >= 3
    for n, text in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in text
        assert text.startswith("Numbered memo") == (n > 1), text[:40]
    text = " ".join(pages)
    notes_at, bib_at = text.index("Notes 1. "), text.rindex("Bibliography")
    assert notes_at < bib_at
    for number, note in enumerate(expected_notes(brief), 1):
        at = text.index(f"{number}. {note.split(' https')[0]}", notes_at)
        assert notes_at < at < bib_at
    assert not re.search(r"\bii\b|\biii\b", text)


@needs_libreoffice
def test_libreoffice_sets_right_to_left_paragraphs_on_the_right(tmp_path):
    out = tmp_path / "memo.docx"
    export_brief(_rtl_brief(), out)
    words = bbox_words(libreoffice_pdf(out, tmp_path))
    arabic = [(y, x1) for _, _, y, x1, _, w in words if re.search("[\u0600-\u06ff]", w)]
    first_line = min(y for y, _ in arabic)
    right = max(x1 for y, x1 in arabic if y == first_line)
    tuesday = max(x1 for _, _, _, x1, _, w in words if w.startswith("Tuesday"))
    # US Letter with 1-inch margins: the text column ends at x = 540 points.
    assert right > 530 and tuesday < 450
