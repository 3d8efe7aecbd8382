"""Draw a memo layout as a Word document (python-docx plus real Word notes).

The header is laid out as a memo (MEMORANDUM, then TO / FROM / DATE /
SUBJECT on tab-aligned lines and a rule), section titles use Heading 1,
quotes the Quote style, notes are Word footnotes or endnotes
(`docx_notes.NotesPart`) and the source list closes the document with
hanging indents. Title and author go into the document properties.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from app.core.cite import Styled
from app.core.export.docx_notes import NotesPart, ensure_hyperlink_style, hyperlink
from app.core.render import Layout


class DocxWriter:
    """`iter_build()` draws the layout step by step; `data` then holds the .docx bytes."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.steps = len(layout.blocks()) + 2
        self.data = b""

    def iter_build(self) -> Iterator[str]:
        layout = self.layout
        doc = Document()
        props = doc.core_properties
        props.title = layout.title
        props.author = layout.author
        props.subject = layout.title
        props.comments = "Exported by Briefing Builder"
        ensure_hyperlink_style(doc)
        normal = doc.styles["Normal"]
        normal.paragraph_format.space_after = Pt(6)
        self._header(doc)
        yield "Wrote the memo header"

        notes = None
        if layout.notes:
            kind = "footnote" if layout.notes_mode == "footnotes" else "endnote"
            notes = NotesPart(doc, kind)
        by_number = {n.number: n for n in layout.notes}
        quote_id = doc.styles["Quote"].style_id
        done = 0
        for section in layout.sections:
            if section.title.strip():
                _heading(doc, section.title)
            for block in section.blocks:
                p = doc.add_paragraph()
                if block.style == "quote":
                    # Set by style id: python-docx's lookup by name scans every style.
                    p._p.get_or_add_pPr().style = quote_id
                _add_spans(doc, p, block.spans)
                if block.note is not None and notes is not None:
                    note_id = notes.add(by_number[block.note].spans)
                    p._p.append(notes.reference_run(note_id))
                done += 1
                yield f"Wrote block {done}"

        if layout.sources:
            _heading(doc, layout.sources_title)
            for entry in layout.sources:
                p = doc.add_paragraph()
                # Hanging indent, as all three styles lay out their source lists.
                p.paragraph_format.left_indent = Inches(0.5)
                p.paragraph_format.first_line_indent = Inches(-0.5)
                _add_spans(doc, p, entry)
        buffer = io.BytesIO()
        doc.save(buffer)
        self.data = buffer.getvalue()
        yield "Wrote the source list"

    def _header(self, doc) -> None:
        title = doc.add_paragraph()
        run = title.add_run("MEMORANDUM")
        run.bold = True
        run.font.size = Pt(20)
        title.paragraph_format.space_after = Pt(12)
        for label, value in self.layout.header:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Inches(1.1), WD_TAB_ALIGNMENT.LEFT)
            p.paragraph_format.left_indent = Inches(1.1)
            p.paragraph_format.first_line_indent = Inches(-1.1)
            p.paragraph_format.space_after = Pt(3)
            p.add_run(f"{label}:").bold = True
            p.add_run("\t" + value)
        _bottom_rule(doc.add_paragraph())


def _heading(doc, text: str) -> None:
    """A Heading 1 paragraph that Word keeps on the page of the paragraph after it
    (set on the paragraph too, in case a template's heading style lacks it)."""
    doc.add_heading(text, level=1).paragraph_format.keep_with_next = True


def _add_spans(doc, paragraph, spans: Styled) -> None:
    for span in spans:
        if span.url:
            rid = doc.part.relate_to(span.url, RT.HYPERLINK, is_external=True)
            paragraph._p.append(hyperlink(rid, span.text))
        else:
            run = paragraph.add_run(span.text)
            if span.italic:
                run.italic = True


def _bottom_rule(paragraph) -> None:
    """A horizontal line under the memo header (a bottom border on an empty paragraph)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
