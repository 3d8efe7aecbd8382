"""The parts of a finished Word document that python-docx has no API for:
document properties that say who made it and when, the page (margins as in
the PDF, a running header, "Page X of Y") and right-to-left paragraphs.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph

from app import __version__

APP_NAME = "Briefing Builder"

# The PDF's page (app/core/export/pdf.py): US Letter, 1-inch sides and top.
MARGINS = {"left": 1.0, "right": 1.0, "top": 1.0, "bottom": 0.9}
HEADER_DISTANCE = 0.5
FOOTER_DISTANCE = 0.45
# Word refuses a core property longer than this (ECMA-376 part 2 allows more,
# but Word and python-docx do not).
MAX_PROPERTY = 255
RUNNING_HEADER_CHARS = 90
_GREY = RGBColor(0x55, 0x55, 0x55)


def clipped(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis to at most
    `limit` characters (the whole text when it fits)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-\u2013\u2014") + "\u2026"


def set_properties(doc: Document, title: str, author: str, now: dt.datetime) -> None:
    """Core properties (title, subject, author, real created and modified
    times) and extended ones (our application's name, not the template's)."""
    props = doc.core_properties
    props.title = clipped(title, MAX_PROPERTY)
    props.subject = clipped(title, MAX_PROPERTY)
    props.author = clipped(author, MAX_PROPERTY)
    props.last_modified_by = clipped(author, MAX_PROPERTY) or APP_NAME
    props.comments = f"Exported by {APP_NAME} {__version__}"
    props.keywords = ""
    props.category = "Memorandum"
    props.revision = 1
    stamp = now.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = stamp
    props.modified = stamp
    # The template was "printed" in 2013: a new memo has never been printed.
    for printed in props._element.findall(qn("cp:lastPrinted")):
        props._element.remove(printed)
    for part in doc.part.package.iter_parts():
        if part.content_type == CT.OFC_EXTENDED_PROPERTIES:
            part._blob = _app_xml()
    _drop_template_thumbnail(doc)


def _app_xml() -> bytes:
    # Counts (pages, words) and the parts list are left out: Word fills them
    # in on saving; wrong ones would mislead.
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes"><Application>{escape(APP_NAME)}</Application>'
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        "<Company/><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()


def _drop_template_thumbnail(doc: Document) -> None:
    """python-docx's template carries a preview image of an empty page."""
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rid]
    settings = doc.settings.element
    for el in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(el)


def set_page(doc: Document) -> None:
    """Margins as in the PDF, for every section."""
    for section in doc.sections:
        section.left_margin = Inches(MARGINS["left"])
        section.right_margin = Inches(MARGINS["right"])
        section.top_margin = Inches(MARGINS["top"])
        section.bottom_margin = Inches(MARGINS["bottom"])
        section.header_distance = Inches(HEADER_DISTANCE)
        section.footer_distance = Inches(FOOTER_DISTANCE)


def running_header_and_footer(doc: Document, title: str) -> None:
    """The memo's subject at the top of every page but the first, and
    "Page X of Y" at the foot of every page, as the PDF has them."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    _small(header.add_run(clipped(title, RUNNING_HEADER_CHARS)))
    for footer in (section.footer, section.first_page_footer):
        _page_x_of_y(footer.paragraphs[0])


def _small(run) -> None:
    run.font.size = Pt(8.5)
    run.font.color.rgb = _GREY


def _page_x_of_y(paragraph: Paragraph) -> None:
    paragraph.alignment = 1  # centred
    _small(paragraph.add_run("Page "))
    paragraph._p.append(_field("PAGE", "1"))
    _small(paragraph.add_run(" of "))
    paragraph._p.append(_field("NUMPAGES", "1"))


def _field(instruction: str, shown: str):
    """A simple field (`PAGE`, `NUMPAGES`) that Word and LibreOffice update."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "17")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "555555")
    rpr.extend([color, size])
    text = OxmlElement("w:t")
    text.text = shown
    run.extend([rpr, text])
    field.append(run)
    return field


def right_to_left(paragraph: Paragraph) -> None:
    """Mark a paragraph as written right to left (`w:bidi`): Word aligns it
    right and puts its full stop on the left."""
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert_element_before(
            OxmlElement("w:bidi"),
            *(
                "w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing "
                "w:mirrorIndents w:suppressOverlap w:jc w:textDirection w:textAlignment "
                "w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr "
                "w:pPrChange"
            ).split(),
        )


def rtl_run(run_element) -> None:
    """Mark a run of right-to-left text (`w:rtl`), as Word does for Arabic or Hebrew."""
    rpr = run_element.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run_element.insert(0, rpr)
    if rpr.find(qn("w:rtl")) is None:
        rpr.append(OxmlElement("w:rtl"))
