"""The source library: one SQLite file holding sources, items and speakers.

The file is opened in WAL mode with foreign keys on. Its schema carries a
version (`PRAGMA user_version`); opening an older file upgrades it in place,
one migration step at a time, each step in its own transaction.

Every write that adds a source and its items is a single transaction, so an
import that fails midway leaves the library exactly as it was.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DuplicateSourceError, LibraryError
from app.core.model import Item, NewItem, Source, SourceMeta
from app.core.schema import MIGRATIONS, SCHEMA_VERSION
from app.core.store_groups import GroupStore
from app.core.store_speakers import SpeakerStore


def content_hash(text: str) -> str:
    """The identity of a source's text, insensitive to line-ending style."""
    normal = text.replace("\r\n", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must occur,
    the last one as a prefix (so results follow typing)."""
    words = _TOKEN.findall(user_text)
    if not words:
        return ""
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


@dataclass
class SearchFilter:
    """What the library list shows: a text query and optional filters."""

    query: str = ""
    kind: str | None = None
    speaker_id: int | None = None
    source_id: int | None = None
    tag: str | None = None
    corroboration: str | None = None  # "corroborated" (2+ independent sources) or "single"

    def where(self, fts_join: bool = False) -> tuple[str, list]:
        """The WHERE clause over `items i`; with `fts_join`, the text match is
        written for a query that joins `items_fts` first (see Library._source)."""
        clauses, params = [], []
        match = fts_query(self.query)
        if match:
            if fts_join:
                clauses.append("items_fts MATCH ?")
            else:
                clauses.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
        if self.kind:
            # "+" keeps SQLite off the kind index, so lists in reading order walk
            # items_source in order and stop at LIMIT instead of sorting them all.
            clauses.append("+i.kind = ?")
            params.append(self.kind)
        if self.speaker_id is not None:
            clauses.append("i.speaker_id = ?")
            params.append(self.speaker_id)
        if self.source_id is not None:
            clauses.append("i.source_id = ?")
            params.append(self.source_id)
        if self.tag:
            clauses.append("i.id IN (SELECT item_id FROM tags WHERE tag = ?)")
            params.append(self.tag)
        if self.corroboration in ("corroborated", "single"):
            negate = "NOT " if self.corroboration == "single" else ""
            clauses.append(
                f"i.id {negate}IN (SELECT m.item_id FROM cluster_members m"
                " JOIN clusters c ON c.id = m.cluster_id WHERE c.independent_count >= 2)"
            )
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


_ITEM_COLUMNS = (
    'i.id, i.source_id, i.kind, i.start, i."end", i.text, i.speaker_id, sp.name, i.speaker_locked,'
    " i.cited"
)


def _item_from_row(row: tuple) -> Item:
    return Item(
        id=row[0],
        source_id=row[1],
        kind=row[2],
        start=row[3],
        end=row[4],
        text=row[5],
        speaker_id=row[6],
        speaker_name=row[7],
        speaker_locked=bool(row[8]),
        cited=row[9],
    )


class Library(GroupStore, SpeakerStore):
    """An open library file. Use one `Library` per thread."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        try:
            if not readonly:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
            self.db = sqlite3.connect(uri, uri=readonly, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._upgrade()
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{self.path}: not a usable library file ({exc})") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _check_version(self) -> None:
        if self.version > SCHEMA_VERSION:
            raise LibraryError(
                f"{self.path}: made by a newer Briefing Builder "
                f"(schema {self.version}, this version reads up to {SCHEMA_VERSION})"
            )

    def _upgrade(self) -> None:
        self._check_version()
        for step in range(self.version, SCHEMA_VERSION):
            # executescript cannot run inside a Python-opened transaction, so
            # the script carries its own; a failure rolls the step back whole.
            try:
                self.db.executescript(
                    f"BEGIN IMMEDIATE;\n{MIGRATIONS[step]}\nPRAGMA user_version = {step + 1};\nCOMMIT;"
                )
            except sqlite3.Error:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed on success, rolled back on error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- sources --------------------------------------------------------------

    def find_source_by_hash(self, digest: str) -> tuple[int, str] | None:
        return self.db.execute(
            "SELECT id, title FROM sources WHERE content_hash = ?", (digest,)
        ).fetchone()

    def add_source(
        self,
        text: str,
        meta: SourceMeta,
        file_name: str = "",
        items: Iterable[NewItem] = (),
    ) -> int:
        """Store a source and its items in one transaction; return its id.

        Raises DuplicateSourceError when the same text is already stored, and
        ValueError for an item whose span lies outside the text. Either way
        nothing is written.
        """
        digest = content_hash(text)
        existing = self.find_source_by_hash(digest)
        if existing:
            raise DuplicateSourceError(*existing)
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO sources (file_name, title, outlet, author, date, url, accessed,"
                " text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    file_name,
                    meta.title,
                    meta.outlet,
                    meta.author,
                    meta.date,
                    meta.url,
                    meta.accessed,
                    text,
                    digest,
                ),
            )
            source_id = cur.lastrowid
            for item in items:
                self._insert_item(source_id, text, item)
        return source_id

    def _insert_item(self, source_id: int, text: str, item: NewItem) -> int:
        if not (0 <= item.start < item.end <= len(text)):
            raise ValueError(f"item span {item.start}-{item.end} is outside the source text")
        speaker_id = self._speaker_id(item.speaker, item.speaker_role) if item.speaker else None
        cur = self.db.execute(
            'INSERT INTO items (source_id, kind, start, "end", text, speaker_id, speaker_locked,'
            " cited) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source_id,
                item.kind,
                item.start,
                item.end,
                text[item.start : item.end],
                speaker_id,
                int(item.speaker_locked),
                item.cited,
            ),
        )
        return cur.lastrowid

    def add_item(self, source_id: int, item: NewItem) -> int:
        """Add one item (a clip made by hand) to a stored source."""
        text = self.source(source_id).text
        with self.transaction():
            return self._insert_item(source_id, text, item)

    def replace_items(self, source_id: int, items: Iterable[NewItem]) -> None:
        """Re-extraction: replace a source's automatic items, keeping the ones
        whose speaker the user decided (same span and kind)."""
        text = self.source(source_id).text
        with self.transaction() as db:
            kept = {
                (kind, start, end)
                for kind, start, end in db.execute(
                    'SELECT kind, start, "end" FROM items WHERE source_id = ? AND speaker_locked',
                    (source_id,),
                )
            }
            db.execute("DELETE FROM items WHERE source_id = ? AND NOT speaker_locked", (source_id,))
            for item in items:
                if (item.kind, item.start, item.end) not in kept:
                    self._insert_item(source_id, text, item)

    def source(self, source_id: int) -> Source:
        row = self.db.execute(
            "SELECT id, file_name, text, title, outlet, author, date, url, accessed,"
            " content_hash, derived_from FROM sources WHERE id = ?",
            (source_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no source {source_id}")
        return Source(
            id=row[0],
            file_name=row[1],
            text=row[2],
            meta=SourceMeta(*row[3:9]),
            content_hash=row[9],
            derived_from=row[10],
        )

    def sources(self) -> list[tuple[int, str, SourceMeta, int]]:
        """Every source as (id, file name, metadata, number of items), in added order."""
        rows = self.db.execute(
            "SELECT s.id, s.file_name, s.title, s.outlet, s.author, s.date, s.url, s.accessed,"
            " (SELECT count(*) FROM items WHERE source_id = s.id) FROM sources s ORDER BY s.id"
        ).fetchall()
        return [(r[0], r[1], SourceMeta(*r[2:8]), r[8]) for r in rows]

    def source_titles(self) -> dict[int, str]:
        """Every source's title (or file name when untitled), quickly: no counting."""
        rows = self.db.execute("SELECT id, title, file_name FROM sources")
        return {sid: title or name for sid, title, name in rows}

    def update_source_meta(self, source_id: int, meta: SourceMeta) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE sources SET title=?, outlet=?, author=?, date=?, url=?, accessed=?"
                " WHERE id=?",
                (
                    meta.title,
                    meta.outlet,
                    meta.author,
                    meta.date,
                    meta.url,
                    meta.accessed,
                    source_id,
                ),
            )

    def delete_source(self, source_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def count_sources(self) -> int:
        return self.db.execute("SELECT count(*) FROM sources").fetchone()[0]

    # -- items ----------------------------------------------------------------

    def item(self, item_id: int) -> Item:
        row = self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.id = ?",
            (item_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no item {item_id}")
        item = _item_from_row(row)
        item.tags = self.item_tags(item_id)
        return item

    def items_of_source(self, source_id: int, kind: str | None = None) -> list[Item]:
        return self.search(SearchFilter(source_id=source_id, kind=kind), order="position")

    @staticmethod
    def _source(flt: SearchFilter) -> tuple[str, str, list]:
        """FROM and WHERE for a filter. A text search walks the full-text index
        first, in rowid order (CROSS JOIN fixes that order), so a LIMIT stops
        it early instead of collecting every match of a common word."""
        if fts_query(flt.query):
            where, params = flt.where(fts_join=True)
            return "items_fts CROSS JOIN items i ON i.id = items_fts.rowid", where, params
        where, params = flt.where()
        return "items i", where, params

    def max_item_id(self) -> int:
        """The highest item id: a size estimate that costs no counting."""
        return self.db.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0]

    def count(self, flt: SearchFilter, cap: int | None = None) -> int:
        """How many items match; with `cap`, counting stops there (a quick
        "at least" for huge results)."""
        source, where, params = self._source(flt)
        if cap is None:
            return self.db.execute(f"SELECT count(*) FROM {source}{where}", params).fetchone()[0]
        return self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {source}{where} LIMIT ?)", [*params, cap]
        ).fetchone()[0]

    def search(
        self,
        flt: SearchFilter,
        limit: int = -1,
        offset: int = 0,
        order: str = "id",
    ) -> list[Item]:
        """Items matching the filter; `order` is "id" or "position" (source, start).

        With a text query, "id" order is the quick one: it follows the index."""
        source, where, params = self._source(flt)
        order_by = "i.source_id, i.start" if order == "position" else "i.id"
        if order == "id" and source.startswith("items_fts"):
            order_by = "items_fts.rowid"  # the same order, but the index already has it
        rows = self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM {source} LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            f"{where} ORDER BY {order_by} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [_item_from_row(r) for r in rows]
