"""Searching the library's items: the filter the library list shows, and the
queries behind it (mixed into `Library`, needing only its `db`).

A text search walks the full-text index in rowid order and stops at the
page; lists without a query walk the items in reading order; counts can be
capped, so a huge library answers the first keystroke at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.model import Item
from app.core.store_db import Connection

STOP_CHECK_STEPS = 10_000  # SQLite steps between two looks at `stop_when`'s flag (about 0.1 ms)


def fts_query(user_text: str) -> str:
    """What a user typed as a safe FTS5 query (syntax: app/core/search_query.py);
    empty when it asks for no words to match."""
    if not user_text:  # the search rules load with the first search
        return ""
    from app.core.search_query import fts5, parse

    query = parse(user_text)
    return fts5(query.match) if query.match is not None else ""


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
        match = ""
        if self.query:  # an empty search matches every item, so the search rules are not loaded
            from app.core.search_query import fts5, parse

            query = parse(self.query)
            match = fts5(query.match) if query.match is not None else ""
            if query.exclude is not None:
                clauses.append("i.id NOT IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
                params.append(fts5(query.exclude))
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


ITEM_COLUMNS = (
    'i.id, i.source_id, i.kind, i.start, i."end", i.text, i.speaker_id, sp.name, i.speaker_locked,'
    " i.cited"
)


def item_from_row(row: tuple) -> Item:
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


class SearchStore:
    """Item search and counts (a mixin of `Library`)."""

    db: Connection

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

    def items_by_id(self, item_ids: list[int]) -> dict[int, Item]:
        """Many items at once (without their tags), by id; missing ids are left out."""
        out: dict[int, Item] = {}
        ids = sorted(set(item_ids))
        for start in range(0, len(ids), 500):  # SQLite limits bound parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT {ITEM_COLUMNS} FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
                f" WHERE i.id IN ({marks})",
                chunk,
            ):
                out[row[0]] = item_from_row(row)
        return out

    def search_page(
        self, flt: SearchFilter, limit: int, order: str
    ) -> tuple[list[Item], dict[int, list[str]], dict[int, tuple[int, int]]]:
        """What the library list shows for a search at once: the first `limit`
        matches in `order` (as `search`), their tags (`tags_of`) and carried-by
        counts (`corroboration_counts`). How many match is asked apart
        (`count`): the list shows the rows without waiting for it."""
        rows = self.search(flt, limit=limit, order=order)
        ids = [i.id for i in rows]
        return rows, self.tags_of(ids), self.corroboration_counts(ids)  # type: ignore[attr-defined]

    def ready_for_workers(self) -> None:
        """Make a worker thread's first use of this library quick (the list's
        searches open it there anew). A file opens in a moment: nothing to do
        here; a team library keeps a connection ready (app/core/pg/library.py)."""

    def stop_when(self, stopped: Callable[[], bool] | None) -> None:
        """Let another thread stop what this connection reads (the list's
        count of a common word, when the user types on): once `stopped()` is
        true, the statement under way ends within a few thousand of its steps
        with sqlite3's "interrupted" error, and so does any started after it
        (None: never stopped). Nothing is left half done: the next statement
        runs as usual. (A progress handler rather than `interrupt()`: it also
        stops a statement that starts just after the stop was asked.)"""
        self.db.raw.set_progress_handler(stopped, STOP_CHECK_STEPS)

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
            f"SELECT count(*) FROM (SELECT 1 FROM {source}{where} LIMIT ?) AS capped",
            [*params, cap],
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
            f"SELECT {ITEM_COLUMNS} FROM {source} LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            f"{where} ORDER BY {order_by} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [item_from_row(r) for r in rows]

    # -- items ----------------------------------------------------------------

    def item(self, item_id: int) -> Item:
        """The item of `item_id`; a negative id is a figure claim's, a
        conflict's side (`ConflictStore.claim_item`), as an `Item` of kind "claim"."""
        if item_id < 0:
            return self.claim_item(item_id)  # type: ignore[attr-defined]
        row = self.db.execute(
            f"SELECT {ITEM_COLUMNS} FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.id = ?",
            (item_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no item {item_id}")
        item = item_from_row(row)
        item.tags = self.item_tags(item_id)  # type: ignore[attr-defined]
        return item

    def items_of_source(self, source_id: int, kind: str | None = None) -> list[Item]:
        return self.search(SearchFilter(source_id=source_id, kind=kind), order="position")
