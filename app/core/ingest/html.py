"""Saved web pages: the article text without navigation, ads and footers, and
title, author, date and outlet from the page's metadata.

trafilatura does the boilerplate removal and metadata reading offline: given a
string it parses it with lxml and never fetches anything (no script runs, no
image or stylesheet is loaded; tests/core/test_ingest_html.py checks that no
socket is opened). When trafilatura finds no article (pages too small or too
deeply nested for lxml's tree), a streaming fallback on the standard library's
`html.parser` keeps the visible text, so nesting depth cannot exhaust memory or
recursion.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from app.core.ingest import Document, IngestError
from app.core.ingest.text import check_text, decode, normalize_newlines, superscript_number
from app.core.model import SourceMeta

# Elements whose content is never article text.
_SKIP = {"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "svg"}
_BLOCK = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
    "section", "article", "pre", "dd", "dt", "figcaption", "table", "ul", "ol", "main",
}  # fmt: skip
# A number set above the line (a footnote mark, an exponent): its text alone
# would run into the figure before it ("40<sup>1</sup> percent" read "401").
_SUP = re.compile(r"<sup\b[^>]*>(.{0,200}?)</sup\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _superscript_numbers(html: str) -> str:
    """Numbers in <sup> as superscript digits, as a reader sees them ("40\u00b9")."""

    def number(m: re.Match) -> str:
        raised = superscript_number(_TAG.sub("", m.group(1)))
        return m.group(0) if raised is None else raised

    return _SUP.sub(number, html) if "<sup" in html.lower() else html


_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"}


class _VisibleText(HTMLParser):
    """Visible text of a page, one line per block; depth-independent (streaming)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self.title = ""
        self._in_title = False

    def _flush(self) -> None:
        line = " ".join("".join(self._current).split())
        if line:
            self.lines.append(line)
        self._current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP and tag not in _VOID:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self._flush()
        elif tag in ("td", "th"):
            self._current.append(" ")  # cells of a row stay apart: "Tarn Yes", not "TarnYes"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._current.append(data)


def visible_text(html: str) -> tuple[str, str]:
    """(title, text) of a page by a plain streaming parse; blocks become paragraphs."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    parser._flush()
    return " ".join(parser.title.split()), "\n\n".join(parser.lines)


def _trafilatura(html: str):
    """trafilatura's extraction result, or None when it finds no article."""
    import trafilatura

    # trafilatura logs a warning for every page it finds empty; our caller reports.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
            prune_xpath="//*[@hidden]",  # not shown by a browser (style="display:none" goes too)
            # The page's stated date (metadata, a <time>, a "Published" line, the
            # URL), never one guessed from the article's own words ("met on 3 March").
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": date.today().isoformat(),
            },
        )
    except RecursionError:
        return None  # a tree too deep for its recursive walks: fall back


_TABLE_RULE = re.compile(r":?-{3,}:?")


def _table_row(line: str) -> str:
    """A table row as its cells apart by tabs (as a DOCX table's), for the
    "| a | b |" trafilatura writes; its "|---|" rule line goes."""
    if len(line) < 2 or line[0] != "|" or line[-1] != "|":
        return line
    cells = [cell.strip() for cell in line[1:-1].split("|")]
    if all(_TABLE_RULE.fullmatch(cell) for cell in cells):
        return ""
    return "\t".join(cell for cell in cells if cell)


def read_html(html: str) -> Document:
    """The article of a page given as a string: text (paragraphs separated by
    blank lines) and metadata. Raises IngestError when it holds no text."""
    html = _superscript_numbers(html)
    result = _trafilatura(html)
    text = ""
    meta = SourceMeta()
    if result is not None:
        lines = [_table_row(ln.strip()) for ln in (result.text or "").split("\n")]
        text = "\n\n".join(ln for ln in lines if ln)
        meta = SourceMeta(
            title=(result.title or "").strip(),
            outlet=(result.sitename or "").strip(),
            author=(result.author or "").strip(),
            date=(result.date or "").strip(),
            url=(result.url or "").strip(),
        )
    if not text.strip():
        title, text = visible_text(html)
        meta.title = meta.title or title
    if not text.strip():
        raise IngestError("web page has no visible text")
    return Document(text=check_text(normalize_newlines(text)), meta=meta)


def read(path: Path) -> Document:
    """A saved web page file (UTF-8, UTF-16 with BOM, or Windows-1252)."""
    raw = path.read_bytes()
    html = decode(raw)
    if "<" not in html:
        raise IngestError("not a web page (no HTML tags), though named .html")
    return read_html(html)
