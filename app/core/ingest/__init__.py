"""Readers that turn a file into text and metadata, one module per format.

Readers have no side effects: they never touch the library. Each raises
`IngestError` with a one-line reason a user can act on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.cancel import Stop, check
from app.core.model import SourceMeta

MAX_FILE_BYTES = 100 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot be imported; str() is the reason, for the user."""


class NotTextError(IngestError):
    """A file read as text whose bytes are no text's (NUL or control characters)."""


@dataclass
class Document:
    text: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    # Metadata fields read from the text itself (a headline, a byline ...),
    # as opposed to a file's properties: the user is told, and may correct them.
    detected: list[str] = field(default_factory=list)
    # Metadata fields taken from the file's properties that may not be the
    # article's (a PDF's or DOCX's date: when the file was made): to check.
    to_check: list[str] = field(default_factory=list)
    # The hash of the file's bytes (`read_document`): the same file imported
    # again is recognised even when a newer reader gives a different text.
    file_hash: str = ""


# File name endings each reader takes; anything else is sniffed by content.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
SUFFIXES = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
# Files a folder import picks up (CSL-JSON metadata files included).
IMPORTABLE_SUFFIXES = (*SUFFIXES, ".json")


def sniff_format(path: Path) -> str:
    """The reader for a file: by its name ending, else by its first bytes."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind:
        return kind
    with path.open("rb") as fh:
        head = fh.read(1024)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_document(path: str | Path, stop: Stop | None = None) -> Document:
    """Read any supported file into a Document, or raise IngestError.

    Readers' own failures on malformed input (deep recursion, memory) are
    turned into IngestError here, so a caller sees one kind of refusal.
    `stop` is asked before the reading and after it, and by the readers of
    long files between their pages or blocks (CancelledError, cancel.py).
    """
    from app.core.ingest import docx as docx_reader
    from app.core.ingest import html as html_reader
    from app.core.ingest import pdf as pdf_reader
    from app.core.ingest import text as text_reader

    path = Path(path)
    if not path.exists():
        raise IngestError("file not found")
    if path.is_dir():
        raise IngestError("is a folder, not a file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"file is {size / 1024 / 1024:.0f} MB, over the {MAX_FILE_BYTES // 1024 // 1024} MB limit"
        )
    readers = {"text": text_reader, "docx": docx_reader, "pdf": pdf_reader, "html": html_reader}
    kind = sniff_format(path)
    check(stop)
    try:
        # The readers of page- or block-long files stop between them.
        doc = (
            readers[kind].read(path, stop) if kind in ("pdf", "docx") else readers[kind].read(path)
        )
    except NotTextError:
        if kind == "text" and path.suffix.lower() not in TEXT_SUFFIXES:
            raise IngestError(_not_a_format(path)) from None
        raise
    except RecursionError:
        raise IngestError(f"{kind.upper()} structure nested too deeply to read") from None
    except MemoryError:
        raise IngestError(f"{kind.upper()} needs more memory than is available") from None
    if kind != "text":
        prefer_stated_date(doc)
        if kind in ("pdf", "docx") and "date" not in doc.detected:
            check_property_date(doc)
    doc.file_hash = file_digest(path)
    check(stop)
    return doc


def _not_a_format(path: Path) -> str:
    """Why a file of no kind the readers take, and no text, is refused: its
    kind, not its bytes, is what the user can act on (a photo, a spreadsheet
    picked by mistake; "binary file" left them to guess why)."""
    suffix = path.suffix.lower()
    kind = f"a {suffix} file" if suffix else "a file with no name ending that holds no text"
    return (
        f"{kind} is not one the app reads: sources are plain text or Markdown,"
        " Word (.docx), PDF, or web pages saved as .html"
    )


def prefer_stated_date(doc: Document) -> None:
    """The date the text states in its head (a byline or date line, a dateline)
    over a file's properties: a PDF's CreationDate or a DOCX's `created` is when
    the file was made, often a print or a copy long after the article."""
    from app.core.ingest.text_meta import detect

    stated, found = detect(doc.text)
    if "date" in found:
        doc.meta.date = stated.date
        if "date" not in doc.detected:
            doc.detected.append("date")


def check_property_date(doc: Document) -> None:
    """A date from a file's properties, when the text states none: dropped
    when it cannot be the article's (after today) or most likely is not (the
    import day itself: a page printed or a file made for the import, as many
    sites make a PDF when it is downloaded), else kept with a note to check
    it, for it says when the file was made (the readers drop the dates they
    know for a template's or a print's)."""
    import datetime

    if doc.meta.date >= datetime.date.today().isoformat():
        doc.meta.date = ""
    if doc.meta.date:
        doc.to_check.append("date")


def file_digest(path: Path) -> str:
    """The identity of a file's bytes, whatever a reader makes of them."""
    import hashlib

    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
