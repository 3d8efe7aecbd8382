"""Draw a memo layout as a Word document (python-docx plus real Word notes).

The header is laid out as a memo (MEMORANDUM, then TO / FROM / DATE /
SUBJECT on tab-aligned lines and a rule), section titles use Heading 1,
quotes the Quote style (indented, upright, as in the PDF), notes are Word
footnotes (`docx_notes.NotesPart`) or endnotes numbered 1, 2, 3 under a
"Notes" heading before the source list (`docx_notes.NotesList`), and the
source list closes
the document with hanging indents. The page, running header, page numbers,
right-to-left paragraphs and document properties come from `docx_parts`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from app.core.cite import Styled, plain
from app.core.export.docx_notes import NotesList, NotesPart, ensure_hyperlink_style, hyperlink
from app.core.export.docx_parts import (
    right_to_left,
    rtl_run,
    running_header_and_footer,
    set_page,
    set_properties,
)
from app.core.render import Layout, mostly_rtl

# As in the PDF: quotes indented 0.4 inch on both sides, in dark grey.
QUOTE_INDENT = Inches(0.4)
QUOTE_COLOR = RGBColor(0x33, 0x33, 0x33)
LABEL_WIDTH = Inches(1.1)


class DocxWriter:
    """`iter_build()` draws the layout step by step; `data` then holds the .docx bytes."""

    def __init__(self, layout: Layout, now: dt.datetime | None = None):
        self.layout = layout
        self.now = now or dt.datetime.now(dt.UTC)
        self.steps = len(layout.blocks()) + 2
        self.data = b""

    def iter_build(self) -> Iterator[str]:
        layout = self.layout
        doc = Document()
        set_properties(doc, layout.title, layout.author, self.now)
        set_page(doc)
        running_header_and_footer(doc, layout.title)
        ensure_hyperlink_style(doc)
        normal = doc.styles["Normal"]
        normal.paragraph_format.space_after = Pt(6)
        quote = doc.styles["Quote"]
        quote.font.italic = False
        _upright_complex_script(quote)
        quote.font.color.rgb = QUOTE_COLOR
        quote.paragraph_format.left_indent = QUOTE_INDENT
        quote.paragraph_format.right_indent = QUOTE_INDENT
        self._header(doc)
        yield "Wrote the memo header"

        notes: NotesPart | NotesList | None = None
        if layout.notes:
            footnotes = layout.notes_mode == "footnotes"
            notes = NotesPart(doc, "footnote") if footnotes else NotesList(doc)
        by_number = {n.number: n for n in layout.notes}
        quote_id = quote.style_id
        done = 0
        for section in layout.sections:
            if section.title.strip():
                _heading(doc, section.title)
            for block in section.blocks:
                p = doc.add_paragraph()
                if block.style == "quote":
                    # Set by style id: python-docx's lookup by name scans every style.
                    p._p.get_or_add_pPr().style = quote_id
                if block.rtl:
                    right_to_left(p)
                _add_spans(doc, p, block.spans)
                if block.note is not None and notes is not None:
                    note_id = notes.add(by_number[block.note].spans)
                    p._p.extend(notes.reference_run(note_id))
                done += 1
                yield f"Wrote block {done}"

        if isinstance(notes, NotesList):
            _heading(doc, layout.notes_title)
            notes.write(doc.add_paragraph, lambda p, spans: _add_spans(doc, p, spans))
        if layout.sources:
            _heading(doc, layout.sources_title)
            for i, entry in enumerate(layout.sources):
                p = doc.add_paragraph()
                # Hanging indent, as all three styles lay out their source lists.
                p.paragraph_format.left_indent = Inches(0.5)
                p.paragraph_format.first_line_indent = Inches(-0.5)
                # The last entry never stands alone at the top of a page.
                p.paragraph_format.keep_with_next = i == len(layout.sources) - 2
                if mostly_rtl(plain(entry)):
                    right_to_left(p)
                _add_spans(doc, p, entry)
        set_page(doc)
        buffer = io.BytesIO()
        doc.save(buffer)
        self.data = buffer.getvalue()
        yield "Wrote the source list"

    def _header(self, doc) -> None:
        title = doc.add_paragraph()
        run = title.add_run(self.layout.heading)
        run.bold = True
        run.font.size = Pt(20)
        title.paragraph_format.space_after = Pt(12)
        for label, value in self.layout.header:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(LABEL_WIDTH, WD_TAB_ALIGNMENT.LEFT)
            p.paragraph_format.left_indent = LABEL_WIDTH
            p.paragraph_format.first_line_indent = -LABEL_WIDTH
            p.paragraph_format.space_after = Pt(3)
            p.add_run(f"{label}:").bold = True
            p.add_run("\t" + value)
        _bottom_rule(doc.add_paragraph())


def _upright_complex_script(style) -> None:
    """No italics for Arabic and Hebrew either: Word styles them with `w:iCs`."""
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:iCs")):
        rpr.remove(old)
    ics = OxmlElement("w:iCs")
    ics.set(qn("w:val"), "0")
    italic = rpr.find(qn("w:i"))
    if italic is not None:
        italic.addnext(ics)
    else:
        rpr.append(ics)


def _heading(doc, text: str):
    """A Heading 1 paragraph that Word keeps on the page of the paragraph after it
    (set on the paragraph too, in case a template's heading style lacks it)."""
    heading = doc.add_heading(text, level=1)
    heading.paragraph_format.keep_with_next = True
    if mostly_rtl(text):
        right_to_left(heading)
    return heading


def _add_spans(doc, paragraph, spans: Styled) -> None:
    for span in spans:
        if span.url:
            rid = doc.part.relate_to(span.url, RT.HYPERLINK, is_external=True)
            paragraph._p.append(hyperlink(rid, span.text))
        else:
            run = paragraph.add_run(span.text)
            if span.italic:
                run.italic = True
            if mostly_rtl(span.text):
                rtl_run(run._r)


def _bottom_rule(paragraph) -> None:
    """A horizontal line under the memo header (a bottom border on an empty paragraph)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
