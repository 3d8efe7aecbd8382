"""Notes for python-docx, which has no API for them: real Word footnotes, and
endnotes as a linked, numbered list (`NotesList`, which says why).

A notes part (`word/footnotes.xml` or `word/endnotes.xml`) is added to the
package with the two separator notes Word expects (ids -1 and 0); each note
then gets the next id from 1 and is referenced from the body by a
`w:footnoteReference` (or `w:endnoteReference`) run in the FootnoteReference
character style. Note text uses the FootnoteText paragraph style; URLs become
hyperlinks whose relationships live on the notes part itself.
"""

from __future__ import annotations

from typing import Literal

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from app.core.cite import Styled, plain
from app.core.render import mostly_rtl

NoteKind = Literal["footnote", "endnote"]

_PARTS = {
    "footnote": ("/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES, "footnotes"),
    "endnote": ("/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES, "endnotes"),
}
_STYLE_IDS = {
    "footnote": ("FootnoteText", "FootnoteReference"),
    "endnote": ("EndnoteText", "EndnoteReference"),
}
_STYLE_NAMES = {
    "footnote": ("Footnote Text", "Footnote Reference"),
    "endnote": ("Endnote Text", "Endnote Reference"),
}


def ensure_styles(document: Document, kind: NoteKind) -> None:
    """Add the note text/reference styles and Hyperlink if the template lacks them."""
    styles = document.styles
    names = {s.name for s in styles}
    text_name, ref_name = _STYLE_NAMES[kind]
    if text_name not in names:
        style = styles.add_style(text_name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(9)
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.line_spacing = 1.0
    if ref_name not in names:
        style = styles.add_style(ref_name, WD_STYLE_TYPE.CHARACTER)
        style.font.superscript = True
    ensure_hyperlink_style(document)


def ensure_hyperlink_style(document: Document) -> None:
    if "Hyperlink" not in {s.name for s in document.styles}:
        style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True


class NotesPart:
    """The footnotes (or endnotes) part of one document; `add` appends a note."""

    def __init__(self, document: Document, kind: NoteKind):
        self.kind = kind
        partname, content_type, reltype, root = _PARTS[kind]
        ensure_styles(document, kind)
        xml = (
            f"<w:{root} {nsdecls('w', 'r')}>"
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f"<w:r><w:separator/></w:r></w:p></w:{kind}>"
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f"<w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>"
            f"</w:{root}>"
        )
        self.part: Part = XmlPart(
            PackURI(partname), content_type, parse_xml(xml), document.part.package
        )
        document.part.relate_to(self.part, reltype)
        self.root = self.part.element
        self.next_id = 1

    def add(self, spans: Styled) -> int:
        """Append a note holding `spans`; returns its id (1, 2, 3, ...)."""
        note_id = self.next_id
        self.next_id += 1
        text_style, ref_style = _STYLE_IDS[self.kind]
        note = OxmlElement(f"w:{self.kind}")
        note.set(qn("w:id"), str(note_id))
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), text_style)
        ppr.append(pstyle)
        if mostly_rtl(plain(spans)):
            ppr.append(OxmlElement("w:bidi"))
        p.append(ppr)
        mark = _run(ref_style)
        mark.append(OxmlElement(f"w:{self.kind}Ref"))
        p.append(mark)
        p.append(_text_run(" "))
        for span in spans:
            if span.url:
                p.append(self._hyperlink(span.text, span.url))
            else:
                p.append(_text_run(span.text, italic=span.italic))
        note.append(p)
        self.root.append(note)
        return note_id

    def _hyperlink(self, text: str, url: str):
        rid = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return hyperlink(rid, text)

    def reference_run(self, note_id: int) -> list:
        """The body run that shows note `note_id`'s number (in a list, as
        `NotesList.reference_run` gives its elements)."""
        run = _run(_STYLE_IDS[self.kind][1])
        ref = OxmlElement(f"w:{self.kind}Reference")
        ref.set(qn("w:id"), str(note_id))
        run.append(ref)
        return [run]


def hyperlink(rid: str, text: str):
    """A `w:hyperlink` element pointing at relationship `rid`, in the Hyperlink style."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    link.append(_text_run(text, style="Hyperlink"))
    return link


def _run(style: str | None = None):
    run = OxmlElement("w:r")
    if style:
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), style)
        rpr.append(rstyle)
        run.append(rpr)
    return run


def _text_run(text: str, italic: bool = False, style: str | None = None):
    run = _run(style)
    if italic:
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            run.append(rpr)
        rpr.append(OxmlElement("w:i"))
    # Line breaks and tabs are elements in WordprocessingML, not characters.
    for i, line in enumerate(text.split("\n")):
        if i:
            run.append(OxmlElement("w:br"))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                run.append(OxmlElement("w:tab"))
            if chunk:
                t = OxmlElement("w:t")
                t.text = chunk
                t.set(qn("xml:space"), "preserve")
                run.append(t)
    return run


class NotesList:
    """Endnotes as a numbered list under a "Notes" heading, each note linked
    from its reference mark and back.

    Word's own endnotes can only be placed at the end of the document or of a
    section, and LibreOffice always puts them last, after the source list; a
    list keeps the notes where the PDF has them, 1, 2, 3, before the sources,
    in every word processor. Same interface as `NotesPart` for the body."""

    def __init__(self, document: Document):
        ensure_styles(document, "endnote")
        self.document = document
        self.notes: list[Styled] = []

    def add(self, spans: Styled) -> int:
        self.notes.append(spans)
        return len(self.notes)

    def reference_run(self, note_id: int):
        """The body's superscript note number, a link to the note (and the
        place the note links back to)."""
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), f"_Note{note_id}")
        link.append(_text_run(str(note_id), style=_STYLE_IDS["endnote"][1]))
        return _bookmarked(link, f"_NoteRef{note_id}", 2 * note_id)

    def write(self, add_paragraph, add_spans) -> None:
        """Append the notes, one paragraph each, with `add_paragraph()` (which
        returns a python-docx paragraph) and `add_spans(paragraph, spans)`."""
        for number, spans in enumerate(self.notes, 1):
            p = add_paragraph()
            p.style = self.document.styles[_STYLE_NAMES["endnote"][0]]
            if mostly_rtl(plain(spans)):
                p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), f"_NoteRef{number}")
            link.append(_text_run(f"{number}."))
            p._p.extend(_bookmarked(link, f"_Note{number}", 2 * number + 1))
            p._p.append(_text_run(" "))
            add_spans(p, spans)


def _bookmarked(element, name: str, bookmark_id: int) -> list:
    """`element` between the start and end of bookmark `name`; returned as a
    run-level fragment (a `w:r`-free group is not allowed, so a list)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    return [start, element, end]
