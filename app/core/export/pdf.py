"""Draw a memo layout as a tagged PDF (reportlab, then pikepdf in pdf_post.py).

Footnotes: each paragraph that cites a source carries its notes. `NotedFrame`
places such a paragraph only if the paragraph *and* its notes fit on the
page; it then raises the bottom of the text frame by the notes' height, and
`_MemoDoc` draws the notes in that reserved strip when the page ends. When a
long paragraph is split across pages, its notes travel with its last part,
which holds the reference mark. So a footnote is always on the page of its
reference, whatever the page breaks. A note too tall for one page is never
cut short: its rest continues at the foot of the next pages, each part
under a line "N. (continued)" (drawn as pagination, not as the note's text),
so a part that comes after other notes still says whose words it holds.

The page also gets a running header (the memo subject, from page 2), a
footer "Page X of Y" (Y filled in once the page count is known, by
`_CountingCanvas`), bookmarks for the sections, and a structure tree for
assistive technology (pdf_tags.py). Text is set in the bundled fonts,
embedded as subsets, with fallbacks for other scripts and emoji (scripts.py).
Body, header fields and notes share one left edge.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.core.cite import Span
from app.core.export import ExportError, url_breaks  # noqa: F401 (installs URL breaks)
from app.core.export.docx_parts import APP_NAME
from app.core.export.pdf_flow import (
    LABEL_WIDTH,
    NOTE_GAP,
    DrainNotes,
    HeaderField,
    Heading,
    KeepWithNotes,
    NotedFrame,
    Rule,
    Tagged,
)
from app.core.export.pdf_post import finish
from app.core.export.pdf_tags import Element, Tagger, script_lang, tagged_draw
from app.core.export.pdf_text import Builder
from app.core.export.scripts import (
    BODY_FONT,
    BOLD_FONT,
    draw_text,
    register_fonts,
    text_width,
    visual_order,
)
from app.core.render import Layout

FOOTER_SIZE = 8.5
PAGE_COUNT_FORM = "page-count"
# A footnote taller than this share of the page continues on the next page.
NOTE_SHARE = 0.45


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=BODY_FONT,
        fontSize=10,
        leading=13.5,
        spaceAfter=6,
        alignment=TA_LEFT,
        # URLs longer than the rest of a line break at / . - ? & (url_breaks.py).
        uriWasteReduce=0.3,
    )
    return {
        "body": base,
        "quote": ParagraphStyle(
            "quote", parent=base, leftIndent=0.4 * inch, rightIndent=0.4 * inch, textColor="#333333"
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD_FONT,
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD_FONT, fontSize=20, leading=24, spaceAfter=12
        ),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD_FONT, spaceAfter=0),
        "value": ParagraphStyle("value", parent=base, spaceAfter=0),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=10.5, spaceAfter=2),
        "note_label": ParagraphStyle(
            "note_label", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "entry": ParagraphStyle(
            "entry", parent=base, leftIndent=0.5 * inch, firstLineIndent=-0.5 * inch
        ),
    }


# -- document ----------------------------------------------------------------------


class _MemoDoc(BaseDocTemplate):
    def __init__(self, buffer, layout: Layout, styles: dict[str, ParagraphStyle], tagger: Tagger):
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
            creator=APP_NAME,
            keepTogetherClass=KeepWithNotes,  # how reportlab groups keepWithNext
            lang="en-US",
            displayDocTitle=1,
            # reportlab otherwise starts every page in Helvetica, which it never embeds.
            initialFontName=BODY_FONT,
            initialFontSize=10,
        )
        self.layout = layout
        self.styles = styles
        self.tagger = tagger
        self.page_notes: list[int] = []
        self.note_pages: dict[int, int] = {}
        # Per note: its paragraph, or its parts when taller than NOTE_SHARE of a page.
        self._note_parts: dict[int, list[Paragraph]] = {}
        self._note_heights: dict[int, float] = {}
        # Parts of long notes waiting for a page, and those at this page's foot.
        self._carry: list[tuple[int, Paragraph]] = []
        self._carried: list[tuple[int, Paragraph]] = []
        self._label_h: float | None = None
        frame = NotedFrame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            doc=self,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=self._page_begin, onPageEnd=self._page_end)]
        )

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab API)
        self.canv.tagger = self.tagger

    def note_paragraph(self, number: int, para: list[Tagged]) -> None:
        """Register the footnote `number` (its paragraph pieces): a first part
        for the page of its reference, then parts cut to fill the pages after
        it up to NOTE_SHARE, as `_page_begin` packs them (one "(continued)"
        line a page), not a short tail of each piece alone on a page."""
        cap = NOTE_SHARE * self.height
        label = self._label_height()
        parts: list[Paragraph] = []
        used = 0.0  # of the notes area of the page the next part goes on
        for piece in para:
            while True:
                h = self._height(piece)
                if h <= cap - used:
                    parts.append(piece)
                    # The reference's page holds the first part alone.
                    used = label if len(parts) == 1 else used + h
                    break
                split = piece.split(self.width, cap - used - piece.getSpaceAfter())
                if len(split) < 2 and used > (label if parts else 0.0):
                    used = label  # no line fits in what is left: the next page
                    continue
                if len(split) < 2:
                    parts.append(piece)
                    used = label
                    break
                parts.append(split[0])
                piece, used = split[1], label
        self._note_parts[number] = parts

    def notes_pending(self) -> bool:
        """Whether parts of a long footnote still wait for a page."""
        return bool(self._carry)

    def note_height(self, number: int) -> float:
        if number not in self._note_heights:
            head = self._note_parts[number][0]
            _, h = head.wrap(self.width, self.height)
            self._note_heights[number] = h + head.getSpaceAfter()
        return self._note_heights[number]

    def carried_height(self) -> float:
        labels = self._label_height() * len({n for n, _ in self._carried})
        return labels + sum(self._height(p) for _, p in self._carried)

    def _label(self, number: int) -> Paragraph:
        return Paragraph(f"{number}. <i>(continued)</i>", self.styles["note_label"])

    def _label_height(self) -> float:
        if self._label_h is None:
            self._label_h = self._height(self._label(0))
        return self._label_h

    def place_notes(self, numbers: list[int]) -> None:
        self.page_notes.extend(numbers)
        for n in numbers:
            self.note_pages[n] = self.page
            self._carry.extend((n, part) for part in self._note_parts[n][1:])

    def _page_begin(self, canv, doc) -> None:
        self.page_notes = []
        # Parts carried over, in order, up to NOTE_SHARE of the page (at least one).
        self._carried = []
        room = NOTE_SHARE * self.height
        while self._carry:
            number, part = self._carry[0]
            labelled = not self._carried or self._carried[-1][0] != number
            need = self._label_height() * labelled + self._height(part)
            if self._carried and need > room:
                break
            self._carried.append(self._carry.pop(0))
            room -= need
        tagged_draw(canv, None, None, lambda: self._decorate(canv))

    def _decorate(self, canv) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFont(BODY_FONT, FOOTER_SIZE)
        canv.setFillColor(colors.HexColor("#555555"))
        if self.page > 1:
            title = _fit(self.layout.title, self.width, FOOTER_SIZE)
            draw_text(canv, self.leftMargin, height - 0.6 * inch, title, BODY_FONT, FOOTER_SIZE)
            canv.setFont(BODY_FONT, FOOTER_SIZE)
        label = f"Page {self.page} of "
        label_width = pdfmetrics.stringWidth(label, BODY_FONT, FOOTER_SIZE)
        x = (width - label_width - pdfmetrics.stringWidth("00", BODY_FONT, FOOTER_SIZE)) / 2
        canv.drawString(x, 0.5 * inch, label)
        canv.translate(x + label_width, 0.5 * inch)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()

    def _page_end(self, canv, doc) -> None:
        notes: list[Paragraph] = []
        labels: set[int] = set()  # where in `notes` a "(continued)" line is
        for i, (number, part) in enumerate(self._carried):
            if not i or self._carried[i - 1][0] != number:
                labels.add(len(notes))
                notes.append(self._label(number))
            notes.append(part)
        notes += [self._note_parts[n][0] for n in self.page_notes]
        if not notes:
            return
        y = self.bottomMargin + sum(self._height(p) for p in notes)

        def rule() -> None:
            canv.saveState()
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.5)
            x = self.leftMargin
            canv.line(x, y + NOTE_GAP / 2, x + 1.8 * inch, y + NOTE_GAP / 2)
            canv.restoreState()

        tagged_draw(canv, None, None, rule)
        for i, para in enumerate(notes):
            _, h = para.wrap(self.width, self.height)
            y -= h
            if i in labels:  # pagination, as the running header: not the note's text
                tagged_draw(
                    canv, None, None, lambda p=para, at=y: p.drawOn(canv, self.leftMargin, at)
                )
            else:
                para.drawOn(canv, self.leftMargin, y)
            y -= para.getSpaceAfter()

    def _height(self, para: Paragraph) -> float:
        _, h = para.wrap(self.width, self.height)
        return h + para.getSpaceAfter()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab API)
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


# -- the writer ----------------------------------------------------------------------


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
        tagger = Tagger()
        root = tagger.root
        buffer = io.BytesIO()
        doc = _MemoDoc(buffer, layout, styles, tagger)
        build = Builder(styles, doc.width)
        title = Tagged(layout.heading, styles["title"])
        title.tag = root.add("H1")
        story: list[Flowable] = [title]
        for i, (label, value) in enumerate(layout.header):
            label_para = Paragraph(f"{label}:", styles["label"])
            value_build = Builder(styles, doc.width - LABEL_WIDTH)
            values = value_build.paragraph((Span(value),), styles["value"], None, aligned=False)
            tag = root.add("P", lang=script_lang(value))
            last = i == len(layout.header) - 1
            story.append(HeaderField(label_para, values[0], tag, 0 if last else 3))
            story += [HeaderField(None, v, tag, 0) for v in values[1:]]
        story.append(Rule(width="100%", thickness=0.8, spaceBefore=6, spaceAfter=12))
        yield "Laid out the memo header"

        footnotes = layout.notes_mode == "footnotes"
        by_number = {n.number: n for n in layout.notes}
        for i, section in enumerate(layout.sections):
            if section.title.strip():
                story += self._heading(build, section.title, f"section{i}", root)
            for block in section.blocks:
                kind = "BlockQuote" if block.style == "quote" else "P"
                text = "".join(s.text for s in block.spans)
                tag = root.add(kind, lang=script_lang(text))
                style = styles["quote" if block.style == "quote" else "body"]
                mark = str(block.note) if block.note is not None else ""
                paras = build.paragraph(block.spans, style, tag, mark)
                if block.note is not None and footnotes:
                    note = by_number[block.note]
                    note_tag = root.add("Note", ident=f"note{note.number}")
                    doc.note_paragraph(note.number, self._note(build, note, styles, note_tag))
                    paras[-1]._notes = [block.note]
                story += paras
                yield "Laid out a block"

        if layout.notes and not footnotes:
            story += self._heading(build, layout.notes_title, "notes", root)
            for n in layout.notes:
                note_tag = root.add("Note", ident=f"note{n.number}")
                story += self._note(build, n, {**styles, "note": styles["body"]}, note_tag)
        if layout.sources:
            story.append(Spacer(1, 6))
            story += self._heading(build, layout.sources_title, "sources", root)
            listing = root.add("L")
            for i, entry in enumerate(layout.sources):
                text = "".join(s.text for s in entry)
                tag = listing.add("LI").add("LBody", lang=script_lang(text))
                paras = build.paragraph(entry, styles["entry"], tag)
                if i == len(layout.sources) - 2:
                    # The last entry never stands alone at the top of the last page.
                    paras[-1].keepWithNext = 1
                story += paras
        story.append(DrainNotes(doc.notes_pending))
        try:
            doc.build(story, canvasmaker=_CountingCanvas)
        except LayoutError as exc:
            # Only reachable with content no page can hold; say so instead of crashing.
            raise ExportError(f"the memo cannot be laid out on PDF pages ({exc})") from exc
        self.data = finish(buffer.getvalue(), layout, tagger)
        self.note_pages = dict(doc.note_pages)
        yield "Drew the pages"

    @staticmethod
    def _heading(build: Builder, text: str, key: str, root: Element) -> list[Flowable]:
        tag = root.add("H2", lang=script_lang(text))
        paras = build.paragraph((Span(text),), build.styles["heading"], tag, cls=Heading)
        paras[0].outline_key = key
        paras[0].outline_title = " ".join(text.split()) or "(untitled section)"
        return paras

    @staticmethod
    def _note(build: Builder, note, styles, tag: Element) -> list[Tagged]:
        return build.paragraph((Span(f"{note.number}. "), *note.spans), styles["note"], tag)
