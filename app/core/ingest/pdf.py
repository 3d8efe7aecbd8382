"""PDF: the text layer in reading order, paragraphs kept, hyphenation undone.

Built on pypdfium2 (PDFium, the engine of Chrome's PDF viewer): it was the
fastest of the candidates and marks the hyphens a typesetter added at line
ends, so they can be removed without guessing (bench/bench_pdf_readers.py,
BENCHMARKS.md). PDFium gives lines with their boxes; paragraphs are rebuilt
here from line geometry: a wider gap, a first-line indent, a change of type
size, or a short last line in justified text ends a paragraph.
"""

from __future__ import annotations

import re
import statistics
import threading
from dataclasses import dataclass
from pathlib import Path

from app.core.cancel import Stop, check
from app.core.ingest import Document, IngestError
from app.core.ingest.text import superscript_number
from app.core.model import SourceMeta

# PDFium's marks for a hyphen the typesetter added at a line end.
_GENERATED_HYPHENS = ("\x02", "\ufffe", "\u00ad")
_SENTENCE_END = re.compile(r"[.!?:\"'\u201d\u2019)]$")
_FPDF_PERM_EXTRACT_TEXT = 1 << 4
# PDFium is not thread-safe: two imports running at once take turns here.
_PDFIUM_LOCK = threading.Lock()


def join_lines(lines: list[str]) -> str:
    """One paragraph from its lines, with spaces between them. A hyphen at a line
    end before a letter becomes the mark "\x02", for `resolve_hyphens` to decide;
    one between figures stays, with no space ("2025-" + "26" -> "2025-26")."""
    out = ""
    for raw in lines:
        line = raw.strip().replace("\ufffe", "\x02").replace("\u00ad", "")
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith(_GENERATED_HYPHENS) and line[:1].isalpha():
            out = out[:-1] + "\x02" + line
        elif re.search(r"\w-$", out) and line[:1].isalpha():
            out = out[:-1] + "\x02" + line
        elif re.search(r"\d[-\u2013]$", out) and line[:1].isdigit():
            out += line  # a range or season broken after its hyphen: "2025-26"
        else:
            out += " " + line
    return out


_BROKEN_WORD = re.compile(r"(\w+)\x02(\w+)")


def resolve_hyphens(paragraphs: list[str]) -> list[str]:
    """Undo hyphenation at line ends ("immi-gration" -> "immigration") but keep the
    hyphen of a compound ("hard-working"), judged by the document's own words: the
    joined word written elsewhere -> join; the hyphenated form written elsewhere, or
    both halves used as words elsewhere -> keep the hyphen; otherwise join."""
    whole = "\n".join(paragraphs)
    plain = _BROKEN_WORD.sub(" ", whole)
    words = {w.lower() for w in re.findall(r"\w+", plain)}

    def decide(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        if (left + right).lower() in words:
            return left + right
        if f"{left}-{right}" in plain or (left.lower() in words and right.lower() in words):
            return f"{left}-{right}"
        return left + right

    return [_BROKEN_WORD.sub(decide, p).replace("\x02", "") for p in paragraphs]


@dataclass
class _Line:
    text: str
    left: float
    right: float
    baseline: float
    size: float  # font size of the line's first character


def _raised(line: _Line, left: float, baseline: float, size: float) -> bool:
    """Whether a piece of text in smaller type just after `line`, a little above
    its baseline, is set above that line (a superscript)."""
    return (
        size < 0.85 * line.size
        and 0 < baseline - line.baseline < 0.8 * line.size
        and line.right - 1 <= left <= line.right + line.size
    )


def _page_lines(textpage) -> list[_Line]:
    """The page's text lines in PDFium's order, segments of one line merged."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()
    lines: list[_Line] = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", "").replace("\n", " ")
        if not text.strip():
            continue
        index = pdfium_c.FPDFText_GetCharIndexAtPos(
            textpage.raw, left + 1, (bottom + top) / 2, 3, 3
        )
        size = top - bottom
        baseline = bottom
        if index >= 0:
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index) or size
            if pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y):
                baseline = y.value
        prev = lines[-1] if lines else None
        if prev and _raised(prev, left, baseline, size):
            # A footnote number or exponent set above the line, part of it:
            # "40" + raised "1" is "40\u00b9", not "40" and a new line "1 percent".
            prev.text += superscript_number(text.strip()) or text
            prev.right = max(prev.right, right)
        elif prev and abs(prev.baseline - baseline) < 0.3 * size and left >= prev.right - 1:
            sep = "" if prev.text.endswith(" ") or text.startswith(" ") else " "
            prev.text += sep + text
            prev.right = max(prev.right, right)
        else:
            lines.append(_Line(text, left, right, baseline, size))
    return lines


def _paragraphs(lines: list[_Line]) -> tuple[list[list[str]], bool]:
    """Group a page's lines into paragraphs by their geometry; also say whether
    the last paragraph runs on (its last line is full or ends mid-sentence)."""
    if not lines:
        return [], False

    def same_column(a: _Line, b: _Line) -> bool:
        return b.baseline < a.baseline and abs(a.left - b.left) < 3 * a.size

    # Line pitch in units of font size, as the body text has it.
    pitches = [
        (a.baseline - b.baseline) / a.size
        for a, b in zip(lines, lines[1:], strict=False)
        if same_column(a, b) and abs(a.size - b.size) < 0.1 * a.size
    ]
    usual_pitch = statistics.median(pitches) if pitches else 1.2

    # Right edge of each column: lines starting near the same x share it.
    def column_right(line: _Line) -> float:
        return max(ln.right for ln in lines if abs(ln.left - line.left) < 2 * line.size)

    rights = [column_right(ln) for ln in lines]
    justified = sum(abs(ln.right - r) < 2 for ln, r in zip(lines, rights, strict=False))
    is_justified = justified > 0.5 * len(lines)

    paras: list[list[str]] = [[lines[0].text]]
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        size_change = abs(a.size - b.size) > 0.1 * max(a.size, b.size)
        column = same_column(a, b)
        wide_gap = column and (a.baseline - b.baseline) / a.size > usual_pitch + 0.3
        col_width = rights[k - 1] - a.left
        indent = column and b.left - a.left > 0.8 * a.size and a.right > rights[k - 1] - 2
        short_last = (
            is_justified
            and a.right < rights[k - 1] - 0.15 * col_width
            and _SENTENCE_END.search(a.text.rstrip())
        )
        if size_change or wide_gap or indent or short_last:
            paras.append([b.text])
        else:
            paras[-1].append(b.text)
    last = lines[-1]
    runs_on = (is_justified and last.right > rights[-1] - 2) or not _SENTENCE_END.search(
        last.text.rstrip()
    )
    return paras, bool(runs_on)


def _open(path: Path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with path.open("rb") as fh:
        head = fh.read(1024)
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 4096))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise IngestError("not a PDF (no %PDF header), though named .pdf")
    if b"%%EOF" not in tail:
        raise IngestError("truncated or damaged PDF (no end-of-file marker)")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError("encrypted PDF: it needs a password to open") from None
        raise IngestError(f"damaged PDF ({exc})") from None
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
        permissions = pdfium_c.FPDF_GetDocPermissions(pdf.raw)
        if not permissions & _FPDF_PERM_EXTRACT_TEXT:
            pdf.close()
            raise IngestError("encrypted PDF: its author does not allow copying its text")
    return pdf


# A line that only numbers its page: "7", "- 7 -", "Page 7", "7 of 12".
_PAGE_NUMBER = re.compile(
    r"(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?",
    re.IGNORECASE,
)
_EDGE_LINES = 3  # lines at the top and at the bottom of a page looked at


def _edges(lines: list[_Line]) -> list[_Line]:
    """The lines nearest the top and the bottom of a page."""
    by_height = sorted(lines, key=lambda ln: ln.baseline)
    return by_height[:_EDGE_LINES] + by_height[-_EDGE_LINES:]


def drop_page_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without their running heads and feet (a line at the top or
    bottom that comes back, its numbers aside, on most pages) and page numbers,
    which no reader takes for the article's words: left in, they ran into the
    sentence that goes on over the page break. The first page's top lines
    in type no smaller than its text's stay, unless they are page numbers: a
    running head starts on page 2, and one that repeats the headline must not
    take it from the first page (the start of the text runs into no
    sentence); a masthead or print header in smaller type goes."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.split())).casefold()

    seen: dict[str, int] = {}
    for lines in pages:
        for k in {key(ln) for ln in _edges(lines)}:
            seen[k] = seen.get(k, 0) + 1
    repeated = {k for k, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    out = []
    for index, lines in enumerate(pages):
        kept = set()
        if index == 0 and lines:
            body = sorted(ln.size for ln in lines)[len(lines) // 2]
            # A PDF's heights grow upward: the top lines are the highest.
            top = sorted(lines, key=lambda ln: ln.baseline)[-_EDGE_LINES:]
            kept = {id(ln) for ln in top if ln.size >= body}
        furniture = {
            id(ln)
            for ln in _edges(lines)
            if (key(ln) in repeated and id(ln) not in kept)
            or _PAGE_NUMBER.fullmatch(ln.text.strip())
        }
        out.append([ln for ln in lines if id(ln) not in furniture])
    return out


def read_pdf_paragraphs(path: Path, stop: Stop | None = None) -> list[str]:
    """The paragraphs of a PDF's text layer, page by page in reading order;
    `stop` is asked before each page (app/core/cancel.py)."""
    pdf = _open(path)
    try:
        pages = []
        for page in pdf:
            check(stop)
            textpage = page.get_textpage()
            pages.append(_page_lines(textpage))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    paragraphs: list[list[str]] = []
    runs_on = False
    for lines in drop_page_furniture(pages):
        page_paras, next_runs_on = _paragraphs(lines)
        if runs_on and page_paras and paragraphs:
            # A paragraph that goes on over the page break.
            paragraphs[-1].extend(page_paras.pop(0))
        paragraphs.extend(page_paras)
        if page_paras:
            runs_on = next_runs_on
    joined = [join_lines(lines) for lines in paragraphs]
    return resolve_hyphens([p for p in joined if p])


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
# What programs write into a PDF's Title and Author when the writer gave none:
# their defaults, or the name of the file it was made from.
_PLACEHOLDERS = {"untitled", "anonymous", "unknown", "author", "title", "none", "user"}
_FILE_NAME_TITLE = re.compile(
    r"^microsoft (word|powerpoint|excel) - |\.(docx?|pdf|odt|rtf|txt|pptx?|xlsx?|indd|html?)$",
    re.IGNORECASE,
)


# A browser's or a print driver's mark in a PDF's Creator or Producer: the
# file is a page printed, and its CreationDate the day it was printed.
_PRINTED = re.compile(
    r"mozilla/|chrome|chromium|firefox|safari|skia/pdf|print to pdf|wkhtmltopdf|headless",
    re.IGNORECASE,
)


def _property(value: str, title: bool = False) -> str:
    """A Title or Author property, or "" for a placeholder ("untitled", "Microsoft Word - a.docx")."""
    value = value.strip()
    if value.lower().strip("()[] ") in _PLACEHOLDERS:
        return ""
    if title and _FILE_NAME_TITLE.search(value):
        return ""
    return value


def _metadata(path: Path) -> SourceMeta:
    pdf = _open(path)
    try:
        info = pdf.get_metadata_dict()
    finally:
        pdf.close()
    date = ""
    match = _PDF_DATE.match(info.get("CreationDate", ""))
    printed = _PRINTED.search(f"{info.get('Creator', '')} {info.get('Producer', '')}")
    if match and not printed:
        date = "-".join(part for part in match.groups() if part)
    return SourceMeta(
        title=_property(info.get("Title", ""), title=True),
        author=_property(info.get("Author", "")),
        date=date,
    )


def read(path: Path, stop: Stop | None = None) -> Document:
    """A PDF's text; refuse one without a text layer, or encrypted against reading."""
    with _PDFIUM_LOCK:
        paragraphs = read_pdf_paragraphs(path, stop)
        meta = _metadata(path)
    text = "\n\n".join(paragraphs)
    if len(re.sub(r"\s", "", text)) < 20:
        raise IngestError("PDF has no text layer (a scan or images only); run OCR on it first")
    return Document(text=text, meta=meta)
