"""DOCX (python-docx): body paragraphs and tables in order, metadata from the
document properties.

A DOCX is a zip of XML parts, so two checks run before python-docx opens it:
the zip's declared sizes (a small file that would unpack to gigabytes is
refused before anything is unpacked) and the XML parts' prologues (Office
never writes a DOCTYPE, so a part that declares one, the carrier of external
and recursive entities, is refused). python-docx also parses with
`resolve_entities=False`; the DOCTYPE check makes that a second line of defence.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from app.core.cancel import Stop, check
from app.core.ingest import Document, IngestError
from app.core.ingest.text import superscript_number
from app.core.model import SourceMeta

# Unpacked size of all parts together; real documents with images stay far below.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
# Deflate reaches ~1000:1 only on degenerate data; Office XML compresses ~5-20:1.
MAX_RATIO = 200
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_package(path: Path) -> None:
    """Refuse a file that is not a DOCX zip, is a zip bomb, or declares entities."""
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic != b"PK\x03\x04":
        raise IngestError("not a DOCX (not a zip package), though named .docx")
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise IngestError("not a DOCX: the zip has no word/document.xml")
            total = sum(info.file_size for info in infos)
            if total > MAX_UNPACKED_BYTES:
                raise IngestError(
                    f"DOCX would unpack to {total / 1024 / 1024:.0f} MB, over the "
                    f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB limit (a zip bomb?)"
                )
            for info in infos:
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise IngestError(
                        f"DOCX part {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}:1,"
                        " far beyond any real document (a zip bomb?)"
                    )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    # zipfile stops at the declared size, so this read is bounded.
                    with package.open(info) as part:
                        prologue = part.read(4096)
                    if _DOCTYPE.search(prologue):
                        raise IngestError(
                            f"DOCX part {info.filename} declares a DOCTYPE or entities, "
                            "which Word never writes; refused for safety"
                        )
    except (zipfile.BadZipFile, EOFError) as exc:
        raise IngestError(f"damaged or truncated DOCX ({exc})") from None
    except zipfile.LargeZipFile:
        raise IngestError("DOCX is a zip64 archive too large to read") from None
    except NotImplementedError as exc:
        raise IngestError(f"DOCX uses an unsupported zip feature ({exc})") from None


# `created` of the templates documents are made from, not of any article:
# python-docx's default template's, and the zero dates of unset properties.
_TEMPLATE_CREATED = {"2013-12-23"}
_FIRST_PLAUSIBLE_YEAR = 1980


def _date(value) -> str:
    """A `created` property's day; "" for a template's or an unset one."""
    if value is None or value.year < _FIRST_PLAUSIBLE_YEAR:
        return ""
    day = value.date().isoformat()
    return "" if day in _TEMPLATE_CREATED else day


# Runs Word shows in a paragraph: tracked insertions count (the text as if the
# changes were accepted), deletions and moved-away text do not, nor text boxes
# (drawn apart from the paragraph). Content controls, links and fields (their
# shown result, not their code) hold runs too.
_SHOWN_RUNS = (
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]"
)


def _run_text(run) -> str:
    text = run.text
    if run.rPr is not None and run.rPr.vanish is not None and run.rPr.vanish.val:
        return ""  # hidden text, which Word does not show or print
    if run.rPr is not None and run.rPr.superscript:
        return superscript_number(text) or text
    return text


def _paragraph_text(p) -> str:
    return "".join(_run_text(run) for run in p.xpath(_SHOWN_RUNS)).strip()


def _row_cells(row) -> list[str]:
    """A table row's cell texts; a cell merged across columns counts once (it
    repeats in row.cells), two neighbouring cells with the same words both count."""
    cells: list[str] = []
    seen = None
    for cell in row.cells:
        if cell._tc is seen:
            continue
        seen = cell._tc
        text = "\n".join(filter(None, (_paragraph_text(p._p) for p in cell.paragraphs)))
        if text:
            cells.append(text)
    return cells


def _blocks(document, stop: Stop | None = None) -> list[str]:
    """The text of body paragraphs and table cells, in document order, those in
    block content controls (and tracked insertions of whole blocks) included;
    `stop` is asked before each (app/core/cancel.py)."""
    from docx.table import Table

    out: list[str] = []

    def walk(parent) -> None:
        for child in parent.iterchildren():
            check(stop)
            tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if tag == "p":
                text = _paragraph_text(child)
                if text:
                    out.append(text)
            elif tag == "tbl":
                for row in Table(child, document).rows:
                    cells = _row_cells(row)
                    if cells:
                        out.append("\t".join(cells))
            elif tag in ("sdt", "sdtContent", "ins", "customXml", "moveTo"):
                walk(child)

    walk(document.element.body)
    return out


def read(path: Path, stop: Stop | None = None) -> Document:
    """A DOCX's text (paragraphs separated by blank lines) and core properties."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_package(path)
    try:
        document = docx.Document(str(path))
        paragraphs = _blocks(document, stop)
        props = document.core_properties
        meta = SourceMeta(
            title=(props.title or "").strip(),
            author=(props.author or "").strip(),
            date=_date(props.created),
        )
    except PackageNotFoundError:
        raise IngestError("not a DOCX package (no Word document inside)") from None
    except (zipfile.BadZipFile, EOFError, KeyError) as exc:
        raise IngestError(f"damaged DOCX ({exc})") from None
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"damaged DOCX: broken XML ({exc})") from None
    except ValueError as exc:
        raise IngestError(f"damaged DOCX ({exc})") from None
    text = "\n\n".join(paragraphs).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError("DOCX has no text")
    return Document(text=text, meta=meta)
