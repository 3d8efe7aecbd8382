"""Text of a PDF memo as reportlab paragraphs: markup (escaped, right-to-left
runs in visual order, fallback fonts, links and italics) and `Builder`, which
makes the paragraph flowables of a block, a note or an entry: right-to-left
paragraphs line by line, long ones in pieces (pdf_flow.pieces)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.core.cite import Span, Styled
from app.core.export.pdf_flow import PIECE, SPLIT_AT, Tagged, pieces
from app.core.export.pdf_tags import Element
from app.core.export.scripts import BODY_FONT, fonts_markup, rtl_lines, text_width, visual_order
from app.core.render import mostly_rtl

URL_COLOR = "#0563c1"
RTL_LINES_PER_PIECE = 40


def markup(text: str, line_width: float = 0.0) -> str:
    """Plain text as reportlab paragraph markup: right-to-left runs in visual
    order and shaped, `<`, `>` and `&` escaped, runs the body font lacks in
    a fallback font, line breaks kept, tabs as spaces."""
    text = "\n".join(
        visual_order(line, _body_width, line_width)
        for line in text.replace("\t", "    ").split("\n")
    )
    return "<br/>".join(fonts_markup(line) for line in text.split("\n"))


def _body_width(text: str) -> float:
    return text_width(text, BODY_FONT, 10)


def _styled(span: Span, text: str) -> str:
    if span.url:
        href = escape(span.url, {'"': "&quot;"})
        return f'<a href="{href}" color="{URL_COLOR}">{text}</a>'
    return f"<i>{text}</i>" if span.italic else text


def spans_markup(spans: Styled, line_width: float = 0.0) -> str:
    return "".join(_styled(s, markup(s.text, line_width)) for s in spans)


def _chunks(spans: Styled, limit: int = PIECE) -> list[list[Span]]:
    """`spans` cut into chunks of about `limit` characters, at spaces where
    there are any (a chunk ends with its space)."""
    chunks: list[list[Span]] = [[]]
    size = 0
    for span in spans:
        text = span.text
        while text:
            room = limit - size
            if len(text) <= room:
                chunks[-1].append(Span(text, span.italic, span.url))
                size += len(text)
                break
            cut = text.rfind(" ", 0, room + 1)
            cut = cut + 1 if cut > 0 else max(room, 1)
            chunks[-1].append(Span(text[:cut], span.italic, span.url))
            text = text[cut:]
            chunks.append([])
            size = 0
    return [c for c in chunks if c]


class Builder:
    """Paragraph flowables for the layout's text, laid out for `width` points."""

    def __init__(self, styles: dict[str, ParagraphStyle], width: float):
        self.styles = styles
        self.width = width

    def widths(self, style: ParagraphStyle) -> tuple[float, float]:
        first = self.width - style.leftIndent - style.firstLineIndent - style.rightIndent
        return first - 1, self.width - style.leftIndent - style.rightIndent - 1

    def paragraph(
        self,
        spans: Styled,
        style: ParagraphStyle,
        tag: Element | None,
        mark: str = "",
        cls: type[Tagged] = Tagged,
        aligned: bool = True,
    ) -> list[Tagged]:
        """One paragraph (in pieces when long); `mark` is a note number to
        set as a superscript at its end; right-to-left when mostly so (and
        then aligned right, unless `aligned` is False: a header field)."""
        text = "".join(s.text for s in spans)
        if mostly_rtl(text) and aligned:
            return self._rtl(spans, style, tag, mark, cls)
        first, later = self.widths(style)
        chunks = _chunks(spans) if len(text) > SPLIT_AT else [list(spans)]
        body = [spans_markup(tuple(c), later) or "&nbsp;" for c in chunks]
        # pieces() needs to know which chunks were cut after a space.
        body = [
            m + (" " if c[-1].text.endswith(" ") else "") for m, c in zip(body, chunks, strict=True)
        ]
        if mark:
            body[-1] += f"<super>{mark}</super>"
        return pieces(body, style, self.width, tag, cls)

    def _rtl(self, spans: Styled, style, tag, mark: str, cls: type[Tagged]) -> list[Tagged]:
        style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        first, later = self.widths(style)
        size = style.fontSize

        def measure(text: str, key: object) -> float:
            font = f"{BODY_FONT}-Oblique" if spans[key].italic else BODY_FONT
            return text_width(text, font, size)

        lines = rtl_lines([(s.text, i) for i, s in enumerate(spans)], measure, first, later)
        marked = [
            "".join(_styled(spans[key], fonts_markup(text)) for text, key in line) for line in lines
        ]
        if mark:
            marked[-1] = f"<super>{mark}</super>" + marked[-1]
        groups = [
            "<br/>".join(marked[i : i + RTL_LINES_PER_PIECE])
            for i in range(0, len(marked), RTL_LINES_PER_PIECE)
        ]
        return pieces(groups, style, self.width, tag, cls)
