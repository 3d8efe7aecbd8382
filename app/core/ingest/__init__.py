"""Readers that turn a file into text and metadata, one module per format.

Readers have no side effects: they never touch the library. Each raises
`IngestError` with a one-line reason a user can act on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.model import SourceMeta

MAX_FILE_BYTES = 100 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot be imported; str() is the reason, for the user."""


@dataclass
class Document:
    text: str
    meta: SourceMeta = field(default_factory=SourceMeta)


def read_document(path: str | Path) -> Document:
    """Read any supported file into a Document, or raise IngestError."""
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
    return text_reader.read(path)
