"""The library's corroboration tables: groups, derived sources, conflicts.

`GroupStore` is mixed into `Library` (app/core/store.py); it needs only the
library's `db` connection and `transaction()`. The tables come from schema
migrations 3 and 4. What the `app/core/corroborate` package computes is
written here, and what it reads to compute it is read here (it runs no SQL of
its own); what the UI, the CLI and the export preflight read is read here.

Another process may write the same library at any time. A grouping run
therefore reads and writes inside one `grouping_transaction()` (SQLite's
write lock, so no other writer can slip items in between), and the in-memory
grouping state kept on the library (`grouping_state`) is dropped when
`data_version()` shows another connection has written since.

Independence: a source marked as derived from another (a rewrite or near
copy) does not count as a separate witness, and neither does a second
report of one outlet. Sources are folded to the root of their
`derived_from` chain, roots to their outlet (when they name one), and a
group's independent count is the number of distinct witnesses among its
sources.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager

from app.core import store_grouping
from app.core.model import Cluster
from app.core.store_conflicts import ConflictStore, member_key
from app.core.store_grouping import GroupingReads, chunks

__all__ = ["GroupStore", "member_key"]


class GroupStore(GroupingReads, ConflictStore):
    """Reading and writing groups, derived marks and conflicts (a mixin)."""

    db: sqlite3.Connection
    # The corroboration package's in-memory state for this library (its index
    # and groups), owned by the library object so it lives and dies with it.
    grouping_state: object | None = None

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write: its own transaction, or part of the grouping run's one."""
        if self.db.in_transaction:
            yield self.db
        else:
            with self.transaction() as db:
                yield db

    # -- derived sources --------------------------------------------------------

    def source_roots(self) -> dict[int, int]:
        """Each source's independent origin: itself, or the source it derives from
        (followed to the end of the chain; see `store_grouping.origins`)."""
        return store_grouping.origins(dict(self.db.execute("SELECT id, derived_from FROM sources")))

    def source_witnesses(self) -> dict[int, int | str]:
        """Each source's witness, for independent counts: the outlet of its
        origin (`source_roots`), in any case or spacing, so two reports of
        one outlet count once; an origin with no outlet is its own (its id)."""
        rows = self.db.execute("SELECT id, derived_from, outlet FROM sources").fetchall()
        roots = store_grouping.origins({sid: parent for sid, parent, _ in rows})
        outlets = {sid: " ".join(outlet.casefold().split()) for sid, _, outlet in rows}
        return {sid: outlets.get(root) or root for sid, root in roots.items()}

    def derived_marks(self) -> list[tuple[int, int | None, float, bool]]:
        """(source id, derived from or None, similarity, set by the user?) per mark."""
        return [
            (r[0], r[1], r[2], bool(r[3]))
            for r in self.db.execute(
                "SELECT source_id, derived_from, similarity, by_user FROM derived_marks"
                " ORDER BY source_id"
            )
        ]

    def set_derived(
        self,
        source_id: int,
        derived_from: int | None,
        similarity: float = 0.0,
        *,
        by_user: bool = False,
    ) -> None:
        """Mark a source as derived from another (or, with None, as independent).

        A mark the user made is never overwritten by detection."""
        with self._writing() as db:
            self._write_derived(db, source_id, derived_from, similarity, by_user)
            self._refresh_independent_counts(db)

    def _write_derived(self, db, source_id, derived_from, similarity, by_user) -> bool:
        row = db.execute(
            "SELECT by_user FROM derived_marks WHERE source_id = ?", (source_id,)
        ).fetchone()
        if row and row[0] and not by_user:
            return False
        current = db.execute(
            "SELECT derived_from, similarity FROM derived_marks WHERE source_id = ?", (source_id,)
        ).fetchone()
        if current is not None and current[0] == derived_from and not by_user:
            return False
        if current is None and derived_from is None and not by_user:
            return False  # independent, as every source is until marked
        db.execute(
            "INSERT OR REPLACE INTO derived_marks (source_id, derived_from, similarity, by_user)"
            " VALUES (?, ?, ?, ?)",
            (source_id, derived_from, similarity, int(by_user)),
        )
        db.execute("UPDATE sources SET derived_from = ? WHERE id = ?", (derived_from, source_id))
        return True

    def replace_detected_derivations(self, marks: dict[int, tuple[int, float]]) -> None:
        """Detection's verdict for some sources: {source: (original, similarity)};
        a source listed with original 0 is judged independent. User marks stay."""
        with self._writing() as db:
            changed = [
                self._write_derived(db, sid, origin or None, sim, False)
                for sid, (origin, sim) in marks.items()
            ]
            if any(changed):
                self._refresh_independent_counts(db)

    def _refresh_independent_counts(self, db: sqlite3.Connection, source_id: int | None = None):
        """Count each group's witnesses again (or only the groups holding an
        item of `source_id` or of a source derived from it, whose witness is
        its origin's outlet: `source_id`'s outlet changed)."""
        sources = None
        if source_id is not None:
            roots = self.source_roots()
            sources = [source_id] + [s for s, root in roots.items() if root == source_id != s]
        store_grouping.recount_independent(db, self.source_witnesses(), sources)

    # -- groups -----------------------------------------------------------------

    def grouping_mark(self) -> tuple[int, int] | None:
        """(highest item id, number of items) the stored groups were computed
        over, or None when the library was never grouped."""
        return self.db.execute("SELECT max_item_id, item_count FROM grouping_mark").fetchone()

    def set_grouping_mark(self, max_item_id: int, item_count: int) -> None:
        with self._writing() as db:
            db.execute(
                "INSERT OR REPLACE INTO grouping_mark (id, max_item_id, item_count)"
                " VALUES (1, ?, ?)",
                (max_item_id, item_count),
            )

    def write_group_index(
        self,
        rows: Iterable[tuple[str, int, bytes]],
        max_item_id: int,
        item_count: int,
        *,
        replace_all: bool,
        keep: Iterable[str] = (),
    ) -> None:
        """Store (part, bucket, data) rows of the grouping index and the
        grouping mark together, so a later session never reads an index that
        does not match the mark. With `replace_all`, `rows` are the whole
        index: every other stored bucket goes, but those of the parts `keep`
        (caches kept apart from the mark)."""
        with self._writing() as db:
            if replace_all:
                rows = store_grouping.changed_index_rows(db, rows, keep)
            store_grouping.put_group_rows(db, rows)
            db.execute(
                "INSERT OR REPLACE INTO grouping_mark (id, max_item_id, item_count)"
                " VALUES (1, ?, ?)",
                (max_item_id, item_count),
            )

    def group_index_rows(self, leave_out: Iterable[str]) -> Iterator[tuple[str, int, bytes]]:
        """(part, bucket, data) of each index row not of `leave_out`, by part and bucket."""
        leave_out = list(leave_out)
        marks = ",".join("?" * len(leave_out)) or "NULL"
        yield from self.db.execute(
            f"SELECT part, bucket, data FROM group_index WHERE part NOT IN ({marks})"
            " ORDER BY part, bucket",
            leave_out,
        )

    def write_group_cache(self, rows: Iterable[tuple[str, int, bytes]]) -> None:
        """Store (part, bucket, data) rows of a cache kept with the grouping
        index (the grouping mark is left as it is)."""
        with self._writing() as db:
            store_grouping.put_group_rows(db, rows)

    def replace_group_parts(
        self, parts: Iterable[str], rows: Iterable[tuple[str, int, bytes]]
    ) -> None:
        """Store `rows` as the whole of the index parts `parts` (the grouping
        mark is left as it is): a stored row they no longer have goes, and
        one stored alike is left as it is."""
        with self._writing() as db:
            changed, _read = store_grouping.changed_part_rows(db, rows, parts)
            store_grouping.put_group_rows(db, changed)

    def drop_group_parts(self, parts: Iterable[str]) -> None:
        """Drop every stored row of the index parts `parts`."""
        parts = list(parts)
        marks = ",".join("?" * len(parts))
        with self._writing() as db:
            db.execute(f"DELETE FROM group_index WHERE part IN ({marks})", parts)

    def prune_group_cache(self, part: str, span: int, table: str = "items") -> None:
        """Drop the rows of a cache part (bucket b: ids b * span up to the
        next bucket's) that no row of `table` ("items", or "figure_claims"
        for claims' signatures) is left in."""
        if table not in ("items", "figure_claims"):
            raise ValueError(table)
        with self._writing() as db:
            db.execute(
                f"DELETE FROM group_index WHERE part = ? AND NOT EXISTS (SELECT 1 FROM {table} t"
                " WHERE t.id >= group_index.bucket * ? AND t.id < (group_index.bucket + 1) * ?)",
                (part, span, span),
            )

    def write_clusters(
        self, groups: Iterable[tuple[str, list[int]]], *, replace_items: Iterable[int] = ()
    ) -> None:
        """Store groups of item ids. Groups of one item are not stored.

        With `replace_items`, the groups those items were in are dropped
        first (an incremental update); without, every group is replaced
        (a stored one with the same items and counts is kept, with its id)."""
        groups = [(kind, sorted(set(ids))) for kind, ids in groups]
        witness = self.source_witnesses()
        with self._writing() as db:
            replace = list(replace_items)
            # A regroup finds most of the stored groups again.
            stored = store_grouping.stored_clusters(db) if not replace else {}
            for chunk in chunks(replace):
                marks = ",".join("?" * len(chunk))
                db.execute(
                    "DELETE FROM clusters WHERE id IN (SELECT cluster_id FROM"
                    f" cluster_members WHERE item_id IN ({marks}))",
                    chunk,
                )
            members = [ids for _, ids in groups if len(ids) > 1]
            item_source: dict[int, int] = {}
            for chunk in chunks([i for ids in members for i in ids]):
                marks = ",".join("?" * len(chunk))
                item_source.update(
                    db.execute(f"SELECT id, source_id FROM items WHERE id IN ({marks})", chunk)
                )
            new = []
            for kind, ids in groups:
                if len(ids) < 2:
                    continue
                held = tuple(i for i in ids if i in item_source)
                sources = {item_source[i] for i in held}
                counts = (kind, len(sources), len({witness.get(s, s) for s in sources}))
                if stored.get(held, (None,))[1:] != counts:
                    new.append((counts, held))
                else:
                    del stored[held]  # stored as it is
            db.executemany("DELETE FROM clusters WHERE id = ?", [(c[0],) for c in stored.values()])
            rows = []
            for counts, held in new:
                cid = db.execute(
                    "INSERT INTO clusters (kind, source_count, independent_count) VALUES (?, ?, ?)",
                    counts,
                ).lastrowid
                rows.extend((cid, i) for i in held)
            db.executemany(
                "INSERT OR REPLACE INTO cluster_members (cluster_id, item_id) VALUES (?, ?)", rows
            )

    def cluster_memberships(self) -> list[tuple[int, int]]:
        """Every stored (cluster id, item id)."""
        return self.db.execute("SELECT cluster_id, item_id FROM cluster_members").fetchall()

    def clusters(self, kind: str | None = None, min_sources: int = 2) -> list[Cluster]:
        """Groups carried by at least `min_sources` sources, most carried first."""
        sql = (
            "SELECT c.id, c.kind, c.source_count, c.independent_count,"
            " group_concat(m.item_id) FROM clusters c JOIN cluster_members m"
            " ON m.cluster_id = c.id WHERE c.source_count >= ?"
        )
        params: list = [min_sources]
        if kind:
            sql += " AND c.kind = ?"
            params.append(kind)
        sql += " GROUP BY c.id ORDER BY c.source_count DESC, c.kind DESC, c.id"
        return [
            Cluster(r[0], r[1], sorted(int(x) for x in r[4].split(",")), r[2], r[3])
            for r in self.db.execute(sql, params)
        ]

    def cluster_of(self, item_id: int) -> Cluster | None:
        """The group an item belongs to, or None when no other source carries it."""
        row = self.db.execute(
            "SELECT c.id, c.kind, c.source_count, c.independent_count FROM clusters c"
            " JOIN cluster_members m ON m.cluster_id = c.id WHERE m.item_id = ?",
            (item_id,),
        ).fetchone()
        if row is None:
            return None
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT m.item_id FROM cluster_members m JOIN items i ON i.id = m.item_id"
                " WHERE m.cluster_id = ? ORDER BY i.source_id, i.start",
                (row[0],),
            )
        ]
        return Cluster(row[0], row[1], ids, row[2], row[3])

    def corroboration_counts(self, item_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
        """{item id: (sources, independent sources)} carrying each item's quote or
        claim; an item in no group is carried by (1, 1): its own source."""
        ids = list(item_ids)
        out = dict.fromkeys(ids, (1, 1))
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            for item_id, n, k in self.db.execute(
                "SELECT m.item_id, c.source_count, c.independent_count FROM cluster_members m"
                f" JOIN clusters c ON c.id = m.cluster_id WHERE m.item_id IN ({marks})",
                chunk,
            ):
                out[item_id] = (n, k)
        return out
