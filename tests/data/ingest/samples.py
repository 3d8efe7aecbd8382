"""Builders for sample files of every importable format, made from the bundled articles.

Binary fixtures are generated rather than committed: tests and bench/bench_import.py
call these functions to write DOCX, PDF and HTML files into a temporary folder.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "resources" / "sources"


def article_paragraphs(index: int = 0) -> list[str]:
    """The paragraphs of bundled article `index` (0-4), as the library stores them."""
    path = sorted(BUNDLED.glob("*.txt"))[index]
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n") if p.strip()]


def make_docx(
    path: Path,
    paragraphs: list[str],
    *,
    title: str = "",
    author: str = "",
    year: int | None = None,
    table_rows: list[list[str]] | None = None,
) -> Path:
    """A DOCX with one Word paragraph per entry and optional core properties."""
    import datetime

    import docx

    document = docx.Document()
    for para in paragraphs:
        document.add_paragraph(para)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = ""
    if year:
        props.created = datetime.datetime(year, 3, 4)
    else:
        # The default template carries its own dates; drop them unless asked for.
        for child in list(props._element):
            if child.tag.endswith(("}created", "}modified")):
                props._element.remove(child)
    document.save(str(path))
    return path


def _soft_hyphenate(text: str) -> str:
    """Put a soft hyphen in the middle of long words, as a typesetter's
    hyphenation would, so reportlab may break lines there ("immi-gration")."""

    def split(m: re.Match) -> str:
        word = m.group(0)
        return word[: len(word) // 2] + "\u00ad" + word[len(word) // 2 :]

    return re.sub(r"[A-Za-z]{9,}", split, text)


def make_pdf(
    path: Path,
    paragraphs: list[str],
    *,
    title: str = "",
    columns: int = 2,
    hyphenate: bool = True,
    encrypt: str | None = None,
) -> Path:
    """An article PDF: a headline across the page, then justified text in columns."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "body",
        parent=styles["BodyText"],
        alignment=TA_JUSTIFY,
        fontSize=9.5,
        leading=12,
        spaceAfter=6,
        embeddedHyphenation=1 if hyphenate else 0,
        uriWasteReduce=0.3,
    )
    doc = BaseDocTemplate(str(path), pagesize=letter, title=title, encrypt=encrypt)
    width, height = letter
    margin = 2 * cm
    gap = 0.8 * cm
    col_w = (width - 2 * margin - (columns - 1) * gap) / columns
    frames = [
        Frame(margin + i * (col_w + gap), margin, col_w, height - 2 * margin, id=f"c{i}")
        for i in range(columns)
    ]
    doc.addPageTemplates([PageTemplate(id="cols", frames=frames)])
    story = []
    if title:
        story.append(Paragraph(escape(title), styles["Heading2"]))
    for para in paragraphs:
        text = _soft_hyphenate(para) if hyphenate else para
        story.append(Paragraph(escape(text), body))
    doc.build(story)
    return path


def make_image_pdf(path: Path) -> Path:
    """A PDF whose page has only drawings, no text layer (like a scan)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(20):
        c.rect(50 + i * 10, 50 + i * 20, 100, 30, fill=1)
    c.showPage()
    c.save()
    return path


def make_html(
    path: Path,
    paragraphs: list[str],
    *,
    title: str,
    author: str = "",
    date: str = "",
    outlet: str = "",
    url: str = "",
) -> Path:
    """A saved news page: navigation, an ad, the article with metadata, a footer."""
    from html import escape

    meta = [f'<meta property="og:title" content="{escape(title)}">']
    if author:
        meta.append(f'<meta name="author" content="{escape(author)}">')
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}">')
    if outlet:
        meta.append(f'<meta property="og:site_name" content="{escape(outlet)}">')
    if url:
        meta.append(f'<link rel="canonical" href="{escape(url)}">')
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(outlet or "News")}</title>
{chr(10).join(meta)}
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<script src="http://127.0.0.1:9/tracker.js"></script>
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local News</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<div class="ad advertisement">Advertisement: BUY CHEAP WIDGETS TODAY</div>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">By {escape(author)}</p>
{body}
</article></main>
<img src="http://127.0.0.1:9/pixel.gif">
<footer><p>Copyright 2024 {escape(outlet)}. All rights reserved. Privacy policy. Terms of use.</p></footer>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


def rewrite_docx_part(src: Path, dst: Path, part: str, new_xml: bytes) -> Path:
    """Copy a DOCX, replacing one of its XML parts (to build hostile documents)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = new_xml if info.filename == part else zin.read(info.filename)
            zout.writestr(info.filename, data)
    return dst


def _zip_entries(path: Path, entries: list[tuple[str, bytes, int, int, int]]) -> Path:
    """Write a zip by hand from (name, deflated bytes, crc, unpacked size, method)."""
    import struct

    out = bytearray()
    central = bytearray()
    for name, data, crc, size, method in entries:
        raw_name = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size,
            len(raw_name), 0,
        )  # fmt: skip
        out += raw_name + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data),
            size, len(raw_name), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += raw_name
    cd_offset = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_offset, 0
    )
    path.write_bytes(bytes(out))
    return path


def make_docx_bomb(path: Path, unpacked: int = 2 << 30) -> Path:
    """A ~2 MB DOCX whose document.xml really unpacks to `unpacked` bytes (2 GB).

    Deflate blocks ended by a full flush do not refer back, so one compressed
    16 MB block of spaces repeated gives a valid stream of any length at no cost.
    """
    import zlib

    chunk = b" " * (16 << 20)
    assert unpacked % len(chunk) == 0
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    count = unpacked // len(chunk)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/content-types"/>'
    )
    return _zip_entries(
        path,
        [
            ("[Content_Types].xml", types, zlib.crc32(types), len(types), 0),
            ("word/document.xml", block * count + end, crc, unpacked, 8),
        ],
    )
