"""Adding files to the library: read, extract, store — all or nothing per file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.core.extract import extract_items
from app.core.ingest import Document, IngestError, read_document
from app.core.model import SourceMeta
from app.core.paths import BUNDLED_SOURCES
from app.core.store import DuplicateSourceError, Library


@dataclass
class ImportOutcome:
    """What happened to one file: imported (source_id set) or refused (reason set)."""

    file: str
    source_id: int | None = None
    quotes: int = 0
    facts: int = 0
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.source_id is not None

    def line(self) -> str:
        if self.ok:
            return f"ok {self.file} {self.quotes} quotes {self.facts} facts"
        return f"error {self.file}: {self.reason}"


def add_document(library: Library, doc: Document, file_name: str) -> ImportOutcome:
    """Extract a document's items and store it with them in one transaction."""
    items = extract_items(doc.text)
    source_id = library.add_source(doc.text, doc.meta, file_name=file_name, items=items)
    return ImportOutcome(
        file=file_name,
        source_id=source_id,
        quotes=sum(i.kind == "quote" for i in items),
        facts=sum(i.kind == "fact" for i in items),
    )


def import_file(library: Library, path: str | Path) -> ImportOutcome:
    """Import one file; never raises for a bad file, the outcome says why."""
    path = Path(path)
    try:
        doc = read_document(path)
        return add_document(library, doc, path.name)
    except (IngestError, DuplicateSourceError) as exc:
        return ImportOutcome(file=str(path), reason=str(exc))
    except OSError as exc:
        return ImportOutcome(file=str(path), reason=exc.strerror or str(exc))


def read_bundled_meta(text_path: Path) -> SourceMeta:
    meta_path = text_path.with_suffix(".meta.json")
    if not meta_path.exists():
        return SourceMeta()
    data = json.loads(meta_path.read_text(encoding="utf-8"))
    return SourceMeta(**{k: v for k, v in data.items() if not k.startswith("_")})


def add_bundled_sources(library: Library, folder: Path = BUNDLED_SOURCES) -> list[ImportOutcome]:
    """Fill a new library with the bundled articles and their metadata."""
    outcomes = []
    for path in sorted(folder.glob("*.txt")):
        doc = read_document(path)
        doc.meta = read_bundled_meta(path)
        try:
            outcomes.append(add_document(library, doc, path.name))
        except DuplicateSourceError as exc:
            outcomes.append(ImportOutcome(file=path.name, reason=str(exc)))
    return outcomes


def open_library(path: str | Path, *, seed_if_new: bool = False) -> Library:
    """Open a library file; a new default library gets the bundled sources."""
    path = Path(path)
    is_new = not path.exists()
    library = Library(path)
    if is_new and seed_if_new:
        add_bundled_sources(library)
    return library
