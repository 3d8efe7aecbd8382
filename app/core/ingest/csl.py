"""CSL-JSON, the bibliography format Zotero and most reference managers export.

`read_csl` turns a CSL-JSON file into source metadata; `to_csl` writes sources'
metadata as CSL-JSON items; `match_source` finds the library source an entry
describes, by URL first and then by title; `match_report` says what an
import of the file did (and refuses one that matched nothing).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from app.core.ingest import IngestError
from app.core.ingest.text import decode
from app.core.model import SourceMeta

# A CSL-JSON file holds references, not texts: a few kilobytes each, so
# 20 MB is tens of thousands of them. A bigger file is refused before it is
# read (parsed whole, it would take several times its size in memory).
MAX_CSL_BYTES = 20 * 1024 * 1024


def _date_parts(value: object) -> str:
    """ISO-like date text from a CSL date: {"date-parts": [[2024, 11, 19]]} or {"raw": ...}."""
    if not isinstance(value, dict):
        return ""
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            numbers = [int(p) for p in parts[0][:3]]
        except (TypeError, ValueError):
            numbers = []
        if numbers:
            return "-".join(f"{n:04d}" if i == 0 else f"{n:02d}" for i, n in enumerate(numbers))
    for key in ("raw", "literal"):
        if isinstance(value.get(key), str):
            return value[key].strip()
    return ""


def _names(value: object) -> str:
    """Authors as "Given Family; Given Family" (literal names kept as given)."""
    if not isinstance(value, list):
        return ""
    names = []
    for person in value:
        if not isinstance(person, dict):
            continue
        if isinstance(person.get("literal"), str):
            names.append(person["literal"].strip())
            continue
        # A null part (some tools write one) is no part, not the word "None".
        given = str(person.get("given") or "").strip()
        family = str(person.get("family") or "").strip()
        name = " ".join(p for p in (given, family) if p)
        if name:
            names.append(name)
    return "; ".join(names)


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def meta_from_csl(entry: dict) -> SourceMeta:
    """The SourceMeta a CSL item describes (missing fields stay empty)."""
    return SourceMeta(
        title=_text(entry.get("title")),
        outlet=_text(entry.get("container-title")) or _text(entry.get("publisher")),
        author=_names(entry.get("author")),
        date=_date_parts(entry.get("issued")),
        url=_text(entry.get("URL")),
        accessed=_date_parts(entry.get("accessed")),
    )


def read_csl(path: Path) -> list[SourceMeta]:
    """The entries of a CSL-JSON file; IngestError if it is not CSL-JSON."""
    size = path.stat().st_size
    if size > MAX_CSL_BYTES:
        raise IngestError(
            f"file is {size / 1024 / 1024:.0f} MB, over the"
            f" {MAX_CSL_BYTES // 1024 // 1024} MB limit for a CSL-JSON file"
        )
    try:
        data = json.loads(decode(path.read_bytes()))
    except json.JSONDecodeError as exc:
        raise IngestError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply") from None
    except MemoryError:
        raise IngestError("JSON needs more memory than is available") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise IngestError("not CSL-JSON: expected a list of reference objects")
    entries = [meta_from_csl(e) for e in data]
    if not any(e.title or e.url for e in entries):
        raise IngestError("not CSL-JSON: no entry has a title or URL")
    return entries


def _date_to_csl(date: str) -> dict:
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", date.strip())
    if match:
        return {"date-parts": [[int(p) for p in match.groups() if p]]}
    return {"raw": date}


def _name_to_csl(name: str) -> dict:
    parts = name.split()
    if len(parts) < 2:
        return {"literal": name}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def to_csl(sources: Iterable[tuple[int, SourceMeta]]) -> list[dict]:
    """CSL-JSON items (type article-newspaper) for (source id, metadata) pairs."""
    items = []
    for source_id, meta in sources:
        item: dict = {"id": f"source-{source_id}", "type": "article-newspaper"}
        if meta.title:
            item["title"] = meta.title
        if meta.outlet:
            item["container-title"] = meta.outlet
        authors = [a.strip() for a in re.split(r";| and ", meta.author) if a.strip()]
        if authors:
            item["author"] = [_name_to_csl(a) for a in authors]
        if meta.date:
            item["issued"] = _date_to_csl(meta.date)
        if meta.url:
            item["URL"] = meta.url
        if meta.accessed:
            item["accessed"] = _date_to_csl(meta.accessed)
        items.append(item)
    return items


def normal_url(url: str) -> str:
    """A URL reduced for comparison: no scheme, "www.", query, fragment or end slash."""
    url = url.strip().lower()
    url = re.sub(r"^[a-z]+://", "", url)
    url = re.sub(r"^www\.", "", url)
    url = re.split(r"[?#]", url)[0]
    return url.rstrip("/")


def normal_title(title: str) -> str:
    """A title reduced for comparison: case, punctuation and spacing ignored."""
    return " ".join(re.findall(r"\w+", title.casefold()))


def match_source(entry: SourceMeta, sources: list[tuple[int, SourceMeta]]) -> int | None:
    """The id of the source an entry describes: same URL, else same title. A
    title decides only for one source, and not against a different URL (the
    same headline from another page is another article): else None."""
    if entry.url:
        for source_id, meta in sources:
            if meta.url and normal_url(meta.url) == normal_url(entry.url):
                return source_id
    if entry.title:
        wanted = normal_title(entry.title)
        found = [
            source_id
            for source_id, meta in sources
            if meta.title
            and normal_title(meta.title) == wanted
            and not (entry.url and meta.url)  # the URLs differ: seen above
        ]
        if len(found) == 1:
            return found[0]
    return None


def match_report(entries: int, matched: int, filled: int) -> str:
    """The note on what a CSL-JSON import did: how many sources it filled and
    how many of its `entries` described a source of the library.

    Raises IngestError when none did, so that the import reports an error, not
    "ok": the file most likely describes articles not imported yet."""
    if entries and not matched:
        raise IngestError(
            f"matches no source in the library: none of its {entries} "
            f"entr{'y' if entries == 1 else 'ies'} has the URL or title of an imported "
            "source (import the articles first, then their CSL-JSON)"
        )
    unmatched = entries - matched
    note = f"metadata: {filled} source{'' if filled == 1 else 's'} filled, "
    note += f"{matched} of {entries} entries matched"
    if unmatched:
        note += f"; {unmatched} match{'es' if unmatched == 1 else ''} no source"
    return note


def fill_missing(current: SourceMeta, entry: SourceMeta) -> tuple[SourceMeta, list[str]]:
    """`current` with its empty fields filled from `entry`; also the names filled."""
    filled = []
    merged = SourceMeta(**vars(current))
    for name, value in vars(entry).items():
        if value and not getattr(merged, name).strip():
            setattr(merged, name, value)
            filled.append(name)
    return merged, filled
