"""Adding files to the library: read, extract, store — all or nothing per file.

`import_paths` walks files and folders and yields one outcome per file, so a
caller can show progress and stop between files; a bad file never stops the
others and never changes the library.

A file is stored and grouped with the library's other items in one
transaction: another process importing into the same library waits for it,
and a failure leaves neither the source nor half its grouping behind. A
problem with the library itself (damaged, read-only, a full disk) is no
fault of the file being imported: it is raised as the LibraryError it is,
and the import stops there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core import corroborate
from app.core.cancel import CancelledError, Stop, check
from app.core.cite_fields import parse_authors
from app.core.extract import extract_items
from app.core.fact_refresh import regroup_redated_or_later, store_source_meta
from app.core.ingest import IMPORTABLE_SUFFIXES, Document, IngestError, read_document
from app.core.ingest.csl import fill_missing, match_report, match_source, read_csl
from app.core.model import SourceMeta
from app.core.paths import BUNDLED_SOURCES
from app.core.pg.address import is_team_location
from app.core.short_text import plural
from app.core.store import DuplicateSourceError, Library, LibraryError, open_store
from app.core.store_db import not_there

NOTHING_FOUND = "no quotes or facts found"


@dataclass
class ImportOutcome:
    """What happened to one file: imported (source_id set) or refused (reason set)."""

    file: str
    source_id: int | None = None
    quotes: int = 0
    facts: int = 0
    reason: str = ""
    # Set when the file's text is already stored: the id of that source.
    duplicate_of: int | None = None
    # Cancelled while it was read: nothing of it was stored.
    cancelled: bool = False
    # For a CSL-JSON file: what it did to the library's metadata.
    note: str = ""
    # Metadata fields read from the text itself (headline, byline, date line).
    detected: list[str] = field(default_factory=list)
    # Fields taken from the file's properties, to check (`Document.to_check`).
    to_check: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.source_id is not None or (bool(self.note) and not self.reason)

    @property
    def skipped(self) -> bool:
        """Already in the library: nothing added, and nothing went wrong (a
        folder imported again for its new files)."""
        return self.duplicate_of is not None

    @property
    def found_nothing(self) -> bool:
        """Stored, but not one quote or fact was found in it (a table of
        figures, a notice): said, naming the file, not counted silently."""
        return self.source_id is not None and not (self.quotes or self.facts)

    def check_note(self) -> str:
        """ "date from the file's properties, to check", or "" when none is."""
        if not self.to_check:
            return ""
        return f"{' and '.join(self.to_check)} from the file's properties, to check"

    def counts(self) -> str:
        """ "1 quote, 3 facts": what the file gave, in words a person reads
        ("no quotes or facts found" for none)."""
        if not (self.quotes or self.facts):
            return NOTHING_FOUND
        return f"{plural(self.quotes, 'quote')}, {plural(self.facts, 'fact')}"

    def line(self) -> str:
        if self.ok and self.note:
            return f"ok {self.file} 0 quotes 0 facts ({self.note})"
        if self.ok:
            check = f" ({note})" if (note := self.check_note()) else ""
            return f"ok {self.file} {self.quotes} quotes {self.facts} facts{check}"
        if self.skipped:
            return f"skipped {self.file}: {self.reason}"
        if self.cancelled:
            return f"cancelled {self.file}: {self.reason}"
        return f"error {self.file}: {self.reason}"


def add_document(
    library: Library, doc: Document, file_name: str, stop: Stop | None = None
) -> ImportOutcome:
    """Extract a document's items, then store it with them and group them with
    the library's, all in one transaction. `stop` is asked during the
    extraction and once more before the transaction (CancelledError: nothing
    stored); once storing starts, the file is stored whole."""
    # The slow part, before taking the write lock. A single byline author is
    # the "I" of an opinion piece; with several, "I" is left unresolved.
    authors = parse_authors(doc.meta.author)
    author = authors[0].full if len(authors) == 1 else None
    verdicts: list = []  # the fact finder's, read again for the figure claims
    items = extract_items(doc.text, author, doc.meta.date, stop, verdicts)
    from app.core.corroborate.figure_claims import verdict_claims

    claims = [(c.start, c.end, c.cited, c.how) for c in verdict_claims(doc.text, verdicts)]
    check(stop)
    with library.transaction():
        source_id = library.add_source(
            doc.text, doc.meta, file_name=file_name, items=items, file_hash=doc.file_hash
        )
        library.write_figure_claims({source_id: claims})  # compared by the update (wide.py)
        corroborate.update(library, source_id)
        # The quotes its speaker joins gave another entry: their groups follow.
        corroborate.respeaking.update_moved(library)
    return ImportOutcome(
        file=file_name,
        source_id=source_id,
        quotes=sum(i.kind == "quote" for i in items),
        facts=sum(i.kind == "fact" for i in items),
        detected=list(doc.detected),
        to_check=list(doc.to_check),
    )


CANCELLED = "cancelled while it was read; nothing of it is in the library"


def import_file(library: Library, path: str | Path, stop: Stop | None = None) -> ImportOutcome:
    """Import one file; never raises for a bad file, the outcome says why.

    A CSL-JSON file adds no source: it fills the metadata of the sources it
    describes (see `import_csl`). `stop` (app/core/cancel.py) is asked
    between steps of reading and extracting the file: a file stopped is
    not stored at all, and its outcome says it was cancelled.
    """
    path = Path(path)
    try:
        if path.suffix.lower() == ".json" and path.is_file():
            return import_csl(library, path)
        doc = read_document(path, stop)
        return add_document(library, doc, path.name, stop)
    except CancelledError:
        return ImportOutcome(file=str(path), reason=CANCELLED, cancelled=True)
    except DuplicateSourceError as exc:
        return ImportOutcome(file=str(path), reason=str(exc), duplicate_of=exc.existing_id)
    except LibraryError:
        raise  # the library's fault, not the file's: the caller says so and stops
    except IngestError as exc:
        return ImportOutcome(file=str(path), reason=str(exc))
    except OSError as exc:
        return ImportOutcome(file=str(path), reason=exc.strerror or str(exc))
    except Exception as exc:  # noqa: BLE001 - one file's surprise must not stop the rest
        # Third-party parsers (PDFium, lxml, zip) can fail in ways we cannot list;
        # the user gets the file and the error, the library is unchanged
        # (the file is one transaction), and the next file goes on.
        return ImportOutcome(
            file=str(path), reason=f"could not read it ({type(exc).__name__}: {exc})"
        )


def import_csl(library: Library, path: Path) -> ImportOutcome:
    """Fill empty metadata fields of the sources a CSL-JSON file describes.

    Entries are matched to sources by URL, else by title; fields the user has
    already filled are kept. Entries that match no source are counted, not
    created: a source needs its text.
    """
    entries = read_csl(path)
    updated, unmatched, redated = set(), 0, []
    # One transaction, the details read in it: what is empty is what is
    # empty under the write lock, not before another program's edit.
    with library.transaction():
        sources = [(sid, meta) for sid, _name, meta, _n in library.sources()]
        by_id = dict(sources)
        for entry in entries:
            source_id = match_source(entry, sources)
            if source_id is None:
                unmatched += 1
                continue
            merged, filled = fill_missing(by_id[source_id], entry)
            if filled:
                was = store_source_meta(library, source_id, merged)[1]
                redated += [was] if was is not None else []
                by_id[source_id] = merged
                sources = list(by_id.items())
                updated.add(source_id)
    # A date filled in: facts were found again with their days. The details
    # are stored by now: a regroup that fails is said, not a failed import.
    later = regroup_redated_or_later(library, redated)
    note = match_report(len(entries), len(entries) - unmatched, len(updated))
    if later:  # one clause of the note: "; the agreement ... (why)"
        note += f"; {later[0].lower()}{later[1:].rstrip('.')}"
    return ImportOutcome(file=str(path), note=note)


EMPTY_FOLDER = "folder holds no importable files (.txt .md .docx .pdf .html .json)"


MEMO_SUFFIX = ".brief.json"  # a memo beside its articles is no source


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: each file as given, and the importable files in each folder
    (recursively, hidden ones and memos skipped, in name order)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in IMPORTABLE_SUFFIXES
                and not p.name.lower().endswith(MEMO_SUFFIX)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            out.extend(sorted(found))
        else:
            out.append(path)
    return out


@dataclass
class ImportPlan:
    """The files an import will read, in order, and the paths it refuses at once."""

    files: list[Path]
    refused: list[ImportOutcome]


def plan_import(paths: Iterable[str | Path]) -> ImportPlan:
    """Expand folders; metadata files (CSL-JSON) go last, so they can describe
    sources imported with them; an empty folder is refused with a reason."""
    files: list[Path] = []
    refused: list[ImportOutcome] = []
    for raw in paths:
        found = expand_paths([raw])
        if not found:
            refused.append(ImportOutcome(file=str(raw), reason=EMPTY_FOLDER))
        files.extend(found)
    files.sort(key=lambda p: p.suffix.lower() == ".json")
    return ImportPlan(files, refused)


def import_paths(
    library: Library,
    paths: Iterable[str | Path] | ImportPlan,
    on_file: Callable[[int, int, Path], None] | None = None,
    stop: Stop | None = None,
) -> Iterator[ImportOutcome]:
    """Import files and folders one file at a time, yielding each file's outcome
    (refused paths first). `on_file(index, total, path)` is called as each file
    starts, for a progress line.

    Stopping the iteration between files (a cancelled import) keeps what was
    imported so far and leaves the rest untouched; `stop` also stops inside
    a file, which is then not stored at all (its outcome says cancelled) and
    ends the import. A LibraryError (the library cannot be written, or is
    damaged) ends the import: no later file could be stored either."""
    plan = paths if isinstance(paths, ImportPlan) else plan_import(paths)
    yield from plan.refused
    total = len(plan.refused) + len(plan.files)
    for index, path in enumerate(plan.files, start=len(plan.refused)):
        if on_file is not None:
            on_file(index, total, path)
        outcome = import_file(library, path, stop)
        yield outcome
        if outcome.cancelled:
            return


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


def open_library(
    path: str | Path, *, seed_if_new: bool = False, new_if_empty: bool = False
) -> Library:
    """Open a library file, or a team library (a postgresql:// address); a new
    default library file gets the bundled sources. An empty file is refused
    (LibraryEmptyError) unless `new_if_empty`: then it is a new library."""
    if is_team_location(path):
        return open_store(path)
    path = Path(path)
    is_new = not_there(path) or (new_if_empty and path.is_file() and not path.stat().st_size)
    library = Library(path, new_if_empty=new_if_empty)
    if is_new and seed_if_new:
        add_bundled_sources(library)
    return library
