"""Draw a memo layout as a PDF (reportlab), with footnotes on their own page.

Footnotes: each paragraph that cites a source carries its notes. `_NotedFrame`
places such a paragraph only if the paragraph *and* its notes fit on the
page; it then raises the bottom of the text frame by the notes' height, and
`_MemoDoc` draws the notes in that reserved strip when the page ends. When a
long paragraph is split across pages, its notes travel with its last part,
which holds the reference mark. So a footnote is always on the page of its
reference, whatever the page breaks.

The page also gets a running header (the memo subject, from page 2), a
footer "Page X of Y" (Y filled in once the page count is known, by `_CountingCanvas`),
bookmarks for the sections and document metadata. Text is set in the bundled
DejaVu fonts (resources/fonts, see LICENSE-DejaVu.txt), embedded as subsets,
so curly quotes, dashes, accents and most non-Latin scripts print; Chinese,
Japanese and Korean come from the bundled Droid Sans Fallback, and Arabic and
Hebrew are reordered and shaped before reportlab sees them (`scripts.py`).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    KeepTogether,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.cite import Styled
from app.core.export import ExportError
from app.core.export.scripts import (
    draw_text,
    fonts_markup,
    is_rtl,
    register_fallback,
    text_width,
    visual_order,
)
from app.core.paths import RESOURCES
from app.core.render import Layout

FONT_DIR = RESOURCES / "fonts"
# DejaVu Sans rather than Serif: it also covers Arabic, Hebrew and more scripts.
BODY_FONT = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
# A note longer than this is cut in a footnote, so that it can never take a
# whole page (a source title can be arbitrarily long in a hostile memo).
MAX_FOOTNOTE_CHARS = 1200
NOTE_GAP = 10.0  # space above the footnote rule, in points
FOOTER_SIZE = 8.5
PAGE_COUNT_FORM = "page-count"

_fonts_registered = False


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once per process)."""
    global _fonts_registered
    if _fonts_registered:
        return
    faces = {
        BODY_FONT: "DejaVuSans.ttf",
        SANS_BOLD: "DejaVuSans-Bold.ttf",
        f"{BODY_FONT}-Oblique": "DejaVuSans-Oblique.ttf",
        f"{BODY_FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    register_fallback(FONT_DIR, list(faces))
    pdfmetrics.registerFontFamily(
        BODY_FONT,
        normal=BODY_FONT,
        bold=SANS_BOLD,
        italic=f"{BODY_FONT}-Oblique",
        boldItalic=f"{BODY_FONT}-BoldOblique",
    )
    _fonts_registered = True


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=BODY_FONT, fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_LEFT
    )
    return {
        "body": base,
        "quote": ParagraphStyle(
            "quote", parent=base, leftIndent=0.4 * inch, rightIndent=0.4 * inch, textColor="#333333"
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=20, leading=24, spaceAfter=12
        ),
        "label": ParagraphStyle("label", parent=base, fontName=SANS_BOLD, spaceAfter=0),
        "value": ParagraphStyle("value", parent=base, spaceAfter=0),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=10.5, spaceAfter=2),
        "entry": ParagraphStyle(
            "entry", parent=base, leftIndent=0.5 * inch, firstLineIndent=-0.5 * inch
        ),
    }


# The narrowest text line (a quote: page width less its indents), used to cut
# long right-to-left runs so that each piece fits on a line.
LINE_WIDTH = LETTER[0] - 2 * inch - 0.8 * inch


def _body_width(text: str) -> float:
    return text_width(text, BODY_FONT, 10)


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: right-to-left runs in visual
    order and shaped, `<`, `>` and `&` escaped, runs the body font lacks in
    the fallback font, line breaks kept, tabs as spaces."""
    text = "\n".join(visual_order(line, _body_width, LINE_WIDTH) for line in text.split("\n"))
    return "<br/>".join(fonts_markup(line) for line in text.replace("\t", "    ").split("\n"))


def mostly_rtl(text: str) -> bool:
    """Whether `text` is written right to left: at least four in five of its
    letters are (such a paragraph is aligned right; an English sentence around
    an Arabic name is not)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(map(is_rtl, letters)) * 5 >= 4 * len(letters)


def spans_markup(spans: Styled) -> str:
    out = []
    for span in spans:
        text = markup(span.text)
        if span.url:
            href = escape(span.url, {'"': "&quot;"})
            text = f'<a href="{href}" color="#0563c1">{text}</a>'
        elif span.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _note_markup(number: int, spans: Styled) -> str:
    text = "".join(s.text for s in spans)
    if len(text) > MAX_FOOTNOTE_CHARS:
        return f"{number}. {markup(text[: MAX_FOOTNOTE_CHARS - 1])}\u2026"
    return f"{number}. {spans_markup(spans)}"


class _Heading(Paragraph):
    """A section title that becomes a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, key: str):
        super().__init__(markup(text) or "&nbsp;", style)
        self.outline_title = text.strip() or "(untitled section)"
        self.outline_key = key


class _KeepWithNotes(KeepTogether):
    """The group a heading forms with its next paragraph (keepWithNext).

    The group stays on this page when it fits together with the footnotes
    the paragraph brings, or when the paragraph can split here leaving its
    first lines under the heading (its notes go with its last part); else
    the whole group starts the next page. A heading never ends a page."""

    def wrap(self, aW, aH):  # noqa: N803 (reportlab API)
        size = super().wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        notes = [n for f in self._content for n in getattr(f, "_notes", ())]
        if notes and isinstance(frame, _NotedFrame):
            page = frame._doc.page_notes
            self._H += frame._notes_height(page + notes) - frame._notes_height(page)
        return size

    def split(self, aW, aH):  # noqa: N803 (reportlab API)
        self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if self._H <= aH or (frame is not None and frame._atTop):
            return content
        *head, last = content
        room = aH
        for f in head:
            room -= f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        if room > 0 and len(last.split(aW, room - last.getSpaceBefore())) >= 2:
            return content
        return [FrameBreak(), *content]


class _NotedFrame(Frame):
    """A frame that keeps room at its bottom for the footnotes of what it holds."""

    def __init__(self, *args, doc: _MemoDoc, **kwargs):
        self.__dict__["_doc"] = doc
        super().__init__(*args, **kwargs)

    def __deepcopy__(self, memo: dict) -> _NotedFrame:
        # reportlab copies the frame to measure a keepWithNext group; the copy
        # must share the document (canvas and all), which cannot be copied.
        clone = copy.copy(self)
        clone.__dict__.update(
            {k: copy.copy(v) for k, v in self.__dict__.items() if isinstance(v, list | dict)}
        )
        return clone

    def _reset(self) -> None:
        super()._reset()
        self.__dict__["_y1p"] = self._y1 + self._bottomPadding

    def _notes_height(self, notes: list) -> float:
        if not notes:
            return 0.0
        return NOTE_GAP + sum(self._doc.note_height(n) for n in notes)

    def add(self, flowable: Flowable, canv, trySplit: int = 0) -> int:  # noqa: N803 (reportlab API)
        notes = getattr(flowable, "_notes", None)
        if not notes:
            return super().add(flowable, canv, trySplit)
        base = self._y1 + self._bottomPadding
        self.__dict__["_y1p"] = base + self._notes_height(self._doc.page_notes + notes)
        if super().add(flowable, canv, trySplit):
            self._doc.place_notes(notes)
            return 1
        self.__dict__["_y1p"] = base + self._notes_height(self._doc.page_notes)
        return 0

    def split(self, flowable: Flowable, canv) -> list:
        notes = getattr(flowable, "_notes", None)
        parts = super().split(flowable, canv)
        if not notes:
            return parts
        if len(parts) < 2 and self._atTop:
            # Alone on an empty page and still too tall with its notes: split so
            # the last part, which carries the reference mark, fits beside them.
            base = self._y1p
            self.__dict__["_y1p"] = base + self._notes_height(self._doc.page_notes + notes)
            try:
                parts = super().split(flowable, canv)
            finally:
                self.__dict__["_y1p"] = base
        if len(parts) < 2:
            return []  # try again on the next page
        parts[-1]._notes = notes
        return parts


class _MemoDoc(BaseDocTemplate):
    def __init__(self, buffer, layout: Layout, styles: dict[str, ParagraphStyle]):
        super().__init__(
            buffer,
            pagesize=LETTER,
            leftMargin=inch,
            rightMargin=inch,
            topMargin=inch,
            bottomMargin=0.9 * inch,
            title=layout.title,
            author=layout.author,
            subject=layout.title,
            creator="Briefing Builder",
            keepTogetherClass=_KeepWithNotes,  # how reportlab groups keepWithNext
        )
        self.layout = layout
        self.styles = styles
        self.page_notes: list[int] = []
        self.note_pages: dict[int, int] = {}
        self._note_paras: dict[int, Paragraph] = {}
        self._note_heights: dict[int, float] = {}
        frame = _NotedFrame(
            self.leftMargin, self.bottomMargin, self.width, self.height, doc=self, id="body"
        )
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=self._page_begin, onPageEnd=self._page_end)]
        )

    def note_paragraph(self, number: int, spans: Styled) -> None:
        self._note_paras[number] = Paragraph(_note_markup(number, spans), self.styles["note"])

    def note_height(self, number: int) -> float:
        if number not in self._note_heights:
            para = self._note_paras[number]
            _, h = para.wrap(self.width, self.height)
            self._note_heights[number] = h + para.getSpaceAfter()
        return self._note_heights[number]

    def place_notes(self, numbers: list[int]) -> None:
        self.page_notes.extend(numbers)
        for n in numbers:
            self.note_pages[n] = self.page

    def _page_begin(self, canv, doc) -> None:
        self.page_notes = []
        width, height = self.pagesize
        canv.saveState()
        canv.setFont(BODY_FONT, FOOTER_SIZE)
        canv.setFillColor(colors.HexColor("#555555"))
        if self.page > 1:
            title = _fit(self.layout.title, self.width, FOOTER_SIZE)
            draw_text(canv, inch, height - 0.6 * inch, title, BODY_FONT, FOOTER_SIZE)
            canv.setFont(BODY_FONT, FOOTER_SIZE)
        label = f"Page {self.page} of "
        label_width = pdfmetrics.stringWidth(label, BODY_FONT, FOOTER_SIZE)
        x = (width - label_width - pdfmetrics.stringWidth("00", BODY_FONT, FOOTER_SIZE)) / 2
        canv.drawString(x, 0.5 * inch, label)
        canv.translate(x + label_width, 0.5 * inch)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()

    def _page_end(self, canv, doc) -> None:
        if not self.page_notes:
            return
        y = self.bottomMargin + sum(self.note_height(n) for n in self.page_notes)
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y + NOTE_GAP / 2, self.leftMargin + 1.8 * inch, y + NOTE_GAP / 2)
        canv.restoreState()
        for n in self.page_notes:
            para = self._note_paras[n]
            _, h = para.wrap(self.width, self.height)
            y -= h
            para.drawOn(canv, self.leftMargin, y)
            y -= para.getSpaceAfter()

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "outline_key", None)
        if key:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=0)
            self.canv.showOutline()


class _CountingCanvas(rl_canvas.Canvas):
    """A canvas that writes the page count into the "Page X of Y" footers at the end.

    Each footer draws the form `page-count`; the form is only defined when the
    document is saved and the count is known. (Deferring whole pages instead,
    the usual recipe, would point every bookmark at the last page.)"""

    def save(self) -> None:
        self.beginForm(PAGE_COUNT_FORM)
        self.setFont(BODY_FONT, FOOTER_SIZE)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _fit(text: str, width: float, size: float) -> str:
    """`text` on one line in visual order, cut with an ellipsis to fit `width` points."""
    text = " ".join(text.split())
    if text_width(visual_order(text), BODY_FONT, size) <= width:
        return visual_order(text)
    while text and text_width(visual_order(text) + "\u2026", BODY_FONT, size) > width:
        text = text[: max(len(text) - max(len(text) // 8, 1), 0)]
    return visual_order(text) + "\u2026"


class PdfWriter:
    """`iter_build()` draws the layout step by step; `data` then holds the PDF bytes
    and `note_pages` the page each footnote was placed on."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.steps = len(layout.blocks()) + 2
        self.data = b""
        self.note_pages: dict[int, int] = {}

    def iter_build(self) -> Iterator[str]:
        register_fonts()
        layout = self.layout
        styles = _styles()
        buffer = io.BytesIO()
        doc = _MemoDoc(buffer, layout, styles)
        story: list[Flowable] = [Paragraph("MEMORANDUM", styles["title"])]
        rows = [
            [Paragraph(f"{label}:", styles["label"]), Paragraph(markup(value), styles["value"])]
            for label, value in layout.header
        ]
        table = Table(rows, colWidths=[1.1 * inch, doc.width - 1.1 * inch])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [table, HRFlowable(width="100%", thickness=0.8, spaceBefore=6, spaceAfter=12)]
        yield "Laid out the memo header"

        footnotes = layout.notes_mode == "footnotes"
        by_number = {n.number: n for n in layout.notes}
        for n in layout.notes:
            doc.note_paragraph(n.number, n.spans)
        for i, section in enumerate(layout.sections):
            if section.title.strip():
                story.append(_Heading(section.title, styles["heading"], f"section{i}"))
            for block in section.blocks:
                text = spans_markup(block.spans)
                if block.note is not None:
                    text += f"<super>{block.note}</super>"
                style = styles["quote" if block.style == "quote" else "body"]
                if mostly_rtl("".join(s.text for s in block.spans)):
                    style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
                para = Paragraph(text, style)
                if block.note is not None and footnotes:
                    para._notes = [block.note]
                story.append(para)
                yield "Laid out a block"

        if layout.notes and not footnotes:
            story.append(_Heading(layout.notes_title, styles["heading"], "notes"))
            for n in layout.notes:
                story.append(
                    Paragraph(_note_markup(n.number, by_number[n.number].spans), styles["body"])
                )
        if layout.sources:
            story.append(Spacer(1, 6))
            story.append(_Heading(layout.sources_title, styles["heading"], "sources"))
            story += [Paragraph(spans_markup(e), styles["entry"]) for e in layout.sources]
        try:
            doc.build(story, canvasmaker=_CountingCanvas)
        except LayoutError as exc:
            # Only reachable with content no page can hold; say so instead of crashing.
            raise ExportError(f"the memo cannot be laid out on PDF pages ({exc})") from exc
        self.data = buffer.getvalue()
        self.note_pages = dict(doc.note_pages)
        yield "Drew the pages"
