"""What reportlab leaves out of a PDF, added afterwards with pikepdf (qpdf).

- The structure tree recorded by `pdf_tags.Tagger` (headings, paragraphs,
  quotations, notes with ids, the source list as a list), the parent tree
  that ties each page's marked content to it, links as Link elements, and
  `/MarkInfo`, `/Tabs /S`, so screen readers and text extraction follow the
  memo's reading order.
- XMP metadata (title, author, dates, producer, the PDF/UA identification)
  matching the document information dictionary.
- A text layer for Arabic that searches and copies as the letters typed:
  the glyphs drawn are contextual forms in visual order (scripts.py); their
  ToUnicode entries are mapped back to the plain letters (a lam-alef
  ligature to its two letters, in the order a right-to-left reader meets
  them), and no-break spaces, which keep right-to-left runs on one line, to
  spaces; characters beyond U+FFFF (emoji), which reportlab writes there as
  bare code points, are written as UTF-16, so they extract too.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from app import __version__
from app.core.export.docx_parts import APP_NAME
from app.core.export.pdf_tags import Element, Tagger
from app.core.render import Layout

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2,8})>\s*<([0-9A-Fa-f]+)>")


def finish(data: bytes, layout: Layout, tagger: Tagger, now: dt.datetime | None = None) -> bytes:
    """The PDF reportlab wrote, completed: structure, metadata, text layer."""
    pdf = pikepdf.open(io.BytesIO(data))
    _plain_text_layer(pdf)
    _structure(pdf, tagger)
    _metadata(pdf, layout, now or dt.datetime.now(dt.UTC))
    out = io.BytesIO()
    pdf.save(out, min_version="1.7", object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


# -- text layer ---------------------------------------------------------------------


def _plain(code_points: str) -> str:
    out = []
    for c in code_points:
        if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF:
            # A ligature's letters are drawn as one glyph in a right-to-left
            # run, which extraction reads right to left: store them reversed.
            out.append(unicodedata.normalize("NFKC", c)[::-1])
        elif c == "\u00a0":
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


def _remap(match: re.Match) -> bytes:
    code, target = match.group(1), match.group(2)
    if len(target) in (5, 6):
        # reportlab writes a character beyond U+FFFF (an emoji) as its code
        # point, which readers take for garbage: UTF-16 is what is meant.
        text = chr(int(target, 16))
    elif len(target) % 4:
        return match.group(0)
    else:
        text = bytes.fromhex(target.decode()).decode("utf-16-be", errors="surrogatepass")
    plain = _plain(text)
    if plain == text and len(target) % 4 == 0:
        return match.group(0)
    return b"<" + code + b"> <" + plain.encode("utf-16-be").hex().upper().encode() + b">"


def _plain_text_layer(pdf: pikepdf.Pdf) -> None:
    for obj in pdf.objects:
        if not isinstance(obj, Dictionary) or obj.get("/Type") != Name.Font:
            continue
        cmap = obj.get("/ToUnicode")
        if cmap is None:
            continue
        text = cmap.read_bytes()
        body = text.split(b"beginbfchar", 1)
        if len(body) == 2:
            cmap.write(body[0] + b"beginbfchar" + _BFCHAR.sub(_remap, body[1]))


# -- structure ----------------------------------------------------------------------


def _structure(pdf: pikepdf.Pdf, tagger: Tagger) -> None:
    pages = pdf.pages
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    made: dict[int, Dictionary] = {}

    def make(element: Element, parent) -> Dictionary:
        node = pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name("/" + element.kind), P=parent)
        )
        if element.lang:
            node.Lang = String(element.lang)
        if element.ident:
            node.ID = String(element.ident)
        kids = Array()
        for child in element.children:
            if isinstance(child, Element):
                if child.has_content():
                    kids.append(make(child, node))
            else:
                page, mcid = child
                kids.append(Dictionary(Type=Name.MCR, Pg=pages[page].obj, MCID=mcid))
        node.K = kids
        made[id(element)] = node
        return node

    document = make(tagger.root, root)
    root.K = document
    nums = Array()
    for index, elements in sorted(tagger.pages.items()):
        pages[index].obj.StructParents = index
        nums.extend([index, Array([made[id(e)] for e in elements])])
    key = len(pages)
    for index, page in enumerate(pages):
        annots = page.obj.get("/Annots")
        if not annots:
            continue
        page.obj.Tabs = Name.S
        for annot in annots:
            if annot.get("/Subtype") != Name.Link:
                continue
            owner = _owner(tagger.boxes.get(index, []), [float(v) for v in annot.Rect])
            parent = made.get(id(owner), document) if owner is not None else document
            objr = Dictionary(Type=Name.OBJR, Obj=annot, Pg=page.obj)
            link = pdf.make_indirect(
                Dictionary(Type=Name.StructElem, S=Name.Link, P=parent, K=Array([objr]))
            )
            parent.K.append(link)
            annot.StructParent = key
            uri = annot.get("/A", {}).get("/URI")
            if "/Contents" not in annot and uri is not None:
                annot.Contents = String(f"Link to {uri}")
            nums.extend([key, link])
            key += 1
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = key
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)


def _owner(boxes, rect: list[float]) -> Element | None:
    """The element whose drawn box holds the middle of a link's rectangle."""
    x = (rect[0] + rect[2]) / 2
    y = (rect[1] + rect[3]) / 2
    for x0, y0, x1, y1, element in boxes:
        if x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1:
            return element
    return None


# -- metadata -----------------------------------------------------------------------


def _metadata(pdf: pikepdf.Pdf, layout: Layout, now: dt.datetime) -> None:
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = layout.title
        if layout.author:
            meta["dc:creator"] = [layout.author]
        meta["dc:description"] = layout.title
        meta["xmp:CreatorTool"] = f"{APP_NAME} {__version__}"
        meta["xmp:CreateDate"] = stamp.isoformat()
        meta["xmp:ModifyDate"] = stamp.isoformat()
        meta["pdf:Producer"] = f"{APP_NAME} {__version__} (ReportLab, pikepdf)"
        meta["pdfuaid:part"] = "1"
    info = pdf.docinfo
    info[Name.Producer] = f"{APP_NAME} {__version__} (ReportLab, pikepdf)"
    pdf_date = stamp.strftime("D:%Y%m%d%H%M%S+00'00'")
    info[Name.CreationDate] = pdf_date
    info[Name.ModDate] = pdf_date
