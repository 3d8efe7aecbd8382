"""Export a brief to DOCX or PDF: preflight, one layout, one writer per format.

    for step in iter_export(brief, "memo.pdf", ExportOptions(style="apa")):
        progress.setValue(step.done)   # step.total is known from the start

`iter_export` checks the brief (see `preflight`), renders it once
(`app.core.render`), lets the format's writer draw it in memory, then writes
the file atomically: a failed export never leaves a half-written file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from app.core.brief import Brief
from app.core.cite import Style
from app.core.export.preflight import (
    NOTICES,
    ExportWarning,
    changed_citations,
    changed_speakers,
    cited_source_hashes,
    conflicted_blocks,
    deleted_sources,
    preflight,
    unchecked_sources,
)
from app.core.fileio import FolderNotSyncedError, atomic_write_bytes
from app.core.render import Layout, NotesMode, render

Format = Literal["docx", "pdf"]
FORMATS: tuple[Format, ...] = ("docx", "pdf")

__all__ = [
    "NOTICES",
    "ExportError",
    "ExportNotSyncedError",
    "ExportOptions",
    "ExportWarning",
    "Progress",
    "StrictExportError",
    "export_brief",
    "folder_missing",
    "format_of",
    "free_name",
    "iter_export",
    "preflight",
    "changed_citations",
    "changed_speakers",
    "cited_source_hashes",
    "conflicted_blocks",
    "deleted_sources",
    "unchecked_sources",
]


class ExportError(Exception):
    """An export that could not be written; str() names the file and the problem."""


class ExportNotSyncedError(ExportError):
    """The file is written and in place, but its folder's entry could not be
    flushed to disk: a crash soon after may bring the previous file back."""


class StrictExportError(ExportError):
    """`strict` was asked for and the brief has warnings."""

    def __init__(self, path: Path, warnings: list[ExportWarning]):
        lines = "\n".join(f"  - {w.message}" for w in warnings)
        super().__init__(
            f"{path.name}: not exported, {len(warnings)} warning(s) in strict mode:\n{lines}"
        )
        self.warnings = warnings


@dataclass(frozen=True)
class ExportOptions:
    style: Style = "chicago"
    notes: NotesMode = "footnotes"
    strict: bool = False
    conflicted_item_ids: frozenset[int] = field(default_factory=frozenset)
    # Items carrying a value the user resolved against: item id -> what to say.
    rejected_item_ids: Mapping[int, str] = field(default_factory=dict)
    # The library's digest of each cited source's text: source id -> digest.
    source_hashes: Mapping[int, str] = field(default_factory=dict)
    # The speaker the library gives a quote block now, where it differs: block id -> name.
    speakers_now: Mapping[str, str] = field(default_factory=dict)
    # The form the library cites a fact block in now, where its brackets differ.
    facts_now: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Progress:
    """`done` of `total` steps finished; `message` says what is being done."""

    done: int
    total: int
    message: str


def format_of(path: str | Path) -> Format:
    """The export format a file name asks for (by its extension)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(f"{Path(path).name}: unknown export format (use .docx or .pdf)")
    return suffix  # type: ignore[return-value]


def _writer(fmt: Format, layout: Layout):
    # Imported on demand: each writer pulls in its own heavy library.
    if fmt == "docx":
        from app.core.export.docx import DocxWriter

        return DocxWriter(layout)
    from app.core.export.pdf import PdfWriter

    return PdfWriter(layout)


def folder_missing(path: Path) -> str:
    """Why `path` cannot be written when its folder is not there ("" when it
    is): made anew, the folder (a typo, a share or a stick gone, the last
    export's folder renamed) would hold the file where nobody looks."""
    if path.parent.exists():
        return ""
    return (
        f"{path.name}: cannot be written (the folder {path.parent} is not there:"
        " renamed, moved, or on a drive or network share that is not connected)"
    )


def free_name(path: Path) -> Path:
    """A name beside `path` that no file has: "Memo (2).docx", "Memo (3).docx"
    and on (`path` itself when it is free), so an export need not replace
    the file there."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def iter_export(
    brief: Brief, path: str | Path, options: ExportOptions = ExportOptions()
) -> Iterator[Progress]:
    """Export `brief` to `path` (.docx or .pdf), yielding progress as it goes.

    Raises StrictExportError before writing anything when `options.strict` is
    set and `preflight` finds problems (not mere `NOTICES`); ExportError when the file cannot be
    written (the destination is then left as it was) or its folder is not
    there (`folder_missing`); ExportNotSyncedError when the file is written
    but its folder could not be flushed (the destination is the new file)."""
    path = Path(path)
    fmt = format_of(path)
    if missing := folder_missing(path):
        raise ExportError(missing)
    warnings = _preflight(brief, options, fmt)
    if options.strict and (refused := [w for w in warnings if w.kind not in NOTICES]):
        raise StrictExportError(path, refused)
    layout = render(brief, options.style, options.notes)
    writer = _writer(fmt, layout)
    total = writer.steps + 2
    yield Progress(1, total, "Laid out the memo")
    for i, message in enumerate(writer.iter_build(), 2):
        yield Progress(min(i, total - 1), total, message)
    try:
        atomic_write_bytes(path, writer.data)
    except FolderNotSyncedError as exc:
        raise ExportNotSyncedError(
            f"{path.name}: written, but its folder's entry may not be on disk yet"
            f" ({exc.strerror or exc}): a crash now could bring back the previous"
            " file or none; export again"
        ) from exc
    except OSError as exc:
        raise ExportError(f"{path.name}: cannot be written ({exc.strerror or exc})") from exc
    yield Progress(total, total, f"Saved {path.name}")


def export_brief(
    brief: Brief, path: str | Path, options: ExportOptions = ExportOptions()
) -> list[ExportWarning]:
    """Export in one call; returns the preflight warnings (exported anyway unless strict)."""
    for _ in iter_export(brief, path, options):
        pass
    return _preflight(brief, options, format_of(path))


def _preflight(brief: Brief, options: ExportOptions, fmt: Format) -> list[ExportWarning]:
    return preflight(
        brief,
        options.conflicted_item_ids,
        options.style,
        options.rejected_item_ids,
        options.source_hashes,
        options.speakers_now,
        fmt,
        options.facts_now,
    )
