"""Plain text (and Markdown) in UTF-8, UTF-16 (with a byte-order mark, or of
mostly ASCII letters without one), or Windows-1252."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from app.core.ingest import Document, IngestError, NotTextError

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A number set above the line (a footnote mark, an exponent) as a reader sees
# it: its plain digits would run into the figure before it ("40" "1" -> "401").
_SUP_NUMBER = re.compile(r"[0-9\s,\u2013-]*[0-9][0-9\s,\u2013-]*")
_SUPERSCRIPT = str.maketrans(
    "0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)


def superscript_number(text: str) -> str | None:
    """Superscript digits for a raised number ("1,2" -> "\u00b9,\u00b2"), else None."""
    if not _SUP_NUMBER.fullmatch(text):
        return None
    return "".join(text.split()).translate(_SUPERSCRIPT)


def decode(data: bytes) -> str:
    """Decode bytes of a text file; raise IngestError if they are not text."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        # UTF-16 saved without its byte-order mark: text of mostly ASCII
        # letters has a 0 for every other byte, on one side only.
        order = _utf16_order(data)
        if order is None:
            raise NotTextError("binary file (contains NUL bytes), not text")
        return _strict(data, order)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise IngestError(_unreadable(data, utf8_error, exc.start)) from None


def _utf16_order(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 without a byte-order mark (a 0
    in most of one side's bytes, in next to none of the other's), else None."""
    pairs = len(data) // 2
    if len(data) % 2 or not pairs:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= pairs * 0.6 and even <= pairs * 0.01:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd <= pairs * 0.01:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    """`data` in `encoding`, or IngestError naming the first byte it cannot
    read and the line that byte is on."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode(encoding, errors="replace")
        line = len(_TEXT_LINE_BREAK.findall(before)) + 1
        name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
        raise IngestError(
            f"broken {name} text: byte 0x{data[exc.start]:02x} on line {line} cannot be read"
        ) from None


def _unreadable(data: bytes, utf8_error: int, cp1252_error: int) -> str:
    """Why bytes are neither UTF-8 nor Windows-1252: the first byte neither
    reads, with its line; when each fails on a byte the other reads, both."""
    for match in _NOT_CP1252.finditer(data):
        if not _in_utf8_sequence(data, match.start()):
            at = match.start()
            return f"byte 0x{data[at]:02x} on line {_line(data, at)} is not valid UTF-8 or Windows-1252"
    return (
        f"byte 0x{data[utf8_error]:02x} on line {_line(data, utf8_error)} is not valid UTF-8"
        f" and byte 0x{data[cp1252_error]:02x} on line {_line(data, cp1252_error)} is not"
        " Windows-1252"
    )


# The five bytes Windows-1252 leaves undefined.
_NOT_CP1252 = re.compile(b"[\x81\x8d\x8f\x90\x9d]")
_LINE_BREAK = re.compile(b"\r\n|\r|\n")
_TEXT_LINE_BREAK = re.compile("\r\n|\r|\n")


def _in_utf8_sequence(data: bytes, at: int) -> bool:
    """Whether the continuation byte at `at` belongs to a valid UTF-8 sequence."""
    for lead in range(max(0, at - 3), at):
        length = 2 if 0xC2 <= data[lead] <= 0xDF else 3 if 0xE0 <= data[lead] <= 0xEF else 4
        if data[lead] >= 0xC2 and lead + length > at:
            try:
                data[lead : lead + length].decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


def _line(data: bytes, at: int) -> int:
    """The line (from 1) the byte at `at` is on, as the text would count it."""
    return len(_LINE_BREAK.findall(data, 0, at)) + 1


def check_text(text: str) -> str:
    """Refuse text a user would not call a document: empty, or mostly control bytes."""
    if not text.strip():
        raise IngestError("empty file (no text)")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise NotTextError("binary file (control characters), not text")
    # A few stray control characters stay: removing them would shift every offset.
    return text


def normalize_newlines(text: str) -> str:
    """Line endings as Python's text mode reads them, so offsets agree with it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> str:
    """The text of a plain-text file, as offsets into it are counted."""
    return check_text(normalize_newlines(decode(path.read_bytes())))


def read(path: Path) -> Document:
    """A plain-text or Markdown file; its text is stored exactly as read, and
    the headline, byline and date lines it opens with become its metadata."""
    # Loaded here: `main.py quotes` reads files with `read_text`, without it.
    from app.core.ingest.text_meta import detect

    text = read_text(path)
    meta, found = detect(text)
    return Document(text=text, meta=meta, detected=found)


def from_pasted(text: str) -> Document:
    """Pasted text as a document, with newlines normalised like a file's."""
    return Document(text=check_text(normalize_newlines(text)))
