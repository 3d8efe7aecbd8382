"""The structure of a PDF memo for assistive technology (tagged PDF).

While reportlab draws, each piece of real content is wrapped in a marked
content sequence (`/P <</MCID 3>> BDC ... EMC`) that names the structure
element it belongs to (a heading, a paragraph, a quotation, a note, a
source list entry); running headers, page numbers and rules are marked as
artifacts. `Tagger` records all of it; `pdf_post.finish` then writes the
structure tree, the parent tree and the links' structure with pikepdf.
reportlab itself has no tagging: this is the part it lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Standard structure types (ISO 32000-1, 14.8.4) used here.
BLOCK_KINDS = ("Document", "H1", "H2", "P", "BlockQuote", "Note", "L", "LI", "LBody")


@dataclass(eq=False)
class Element:
    """A structure element: its kind, its children (elements, or marked
    content as (page index, MCID)), a language when it is not the document's,
    and an id (notes must have one)."""

    kind: str
    parent: Element | None = None
    children: list = field(default_factory=list)
    lang: str = ""
    ident: str = ""

    def add(self, kind: str, lang: str = "", ident: str = "") -> Element:
        child = Element(kind, self, lang=lang, ident=ident)
        self.children.append(child)
        return child

    def has_content(self) -> bool:
        return any(not isinstance(c, Element) or c.has_content() for c in self.children)


class Tagger:
    """Collects the marked content of each page while reportlab draws."""

    def __init__(self) -> None:
        self.root = Element("Document")
        # Per page index: the element of each MCID, in order.
        self.pages: dict[int, list[Element]] = {}
        # Per page index: (x0, y0, x1, y1, element) of each piece drawn, to
        # find the element a link annotation belongs to.
        self.boxes: dict[int, list[tuple[float, float, float, float, Element]]] = {}

    def begin(self, canv, element: Element, box: tuple[float, float, float, float]) -> None:
        page = canv.getPageNumber() - 1
        mcids = self.pages.setdefault(page, [])
        element.children.append((page, len(mcids)))
        canv._code.append(f"/{_tag_name(element.kind)} <</MCID {len(mcids)}>> BDC")
        mcids.append(element)
        self.boxes.setdefault(page, []).append((*box, element))

    def end(self, canv) -> None:
        canv._code.append("EMC")

    def begin_artifact(self, canv) -> None:
        canv._code.append("/Artifact <</Type /Pagination>> BDC")


def _tag_name(kind: str) -> str:
    return kind if kind in BLOCK_KINDS else "Span"


def tagged_draw(canv, element: Element | None, box, draw) -> None:
    """Run `draw()` inside the marked content of `element` (or as an artifact
    when element is None), when the canvas has a tagger."""
    tagger: Tagger | None = getattr(canv, "tagger", None)
    if tagger is None:
        draw()
        return
    if element is None:
        tagger.begin_artifact(canv)
    else:
        tagger.begin(canv, element, box)
    try:
        draw()
    finally:
        tagger.end(canv)


def script_lang(text: str) -> str:
    """A language tag for text written mostly in one right-to-left script
    (Arabic "ar", Hebrew "he"), so that a screen reader switches voice; ""
    when the document's language applies."""
    arabic = sum("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in text)
    hebrew = sum("\u0590" <= c <= "\u05ff" for c in text)
    letters = sum(c.isalpha() for c in text) or 1
    if arabic * 5 >= 4 * letters:
        return "ar"
    if hebrew * 5 >= 4 * letters:
        return "he"
    return ""
