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
from datetime import UTC, datetime

from app.core import store_grouping
from app.core.model import Cluster, Conflict
from app.core.store_grouping import GroupingReads, chunks


def member_key(source_id: int, start: int, end: int) -> str:
    """How a resolved conflict remembers a claim across regrouping: item ids
    change when a source is re-extracted, its id and span do not."""
    return f"{source_id}:{start}:{end}"


class GroupStore(GroupingReads):
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
        keep: str = "",
    ) -> None:
        """Store (part, bucket, data) rows of the grouping index and the
        grouping mark together, so a later session never reads an index that
        does not match the mark. With `replace_all`, `rows` are the whole
        index: every other stored bucket goes, but those of the part `keep`
        (a cache kept apart from the mark)."""
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

    def prune_group_cache(self, part: str, span: int) -> None:
        """Drop the rows of a cache part (bucket b: items b * span up to the
        next bucket's) that no item is left in."""
        with self._writing() as db:
            db.execute(
                "DELETE FROM group_index WHERE part = ? AND NOT EXISTS (SELECT 1 FROM items"
                " WHERE items.id >= group_index.bucket * ? AND items.id < (group_index.bucket + 1) * ?)",
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

    # -- conflicts --------------------------------------------------------------

    def write_conflicts(
        self, conflicts: list[dict], *, replace: Iterable[int] | None = None
    ) -> None:
        """Store detected conflicts: replacing every stored one, or with
        `replace`, only the conflicts of those ids (an incremental update;
        the others keep their ids and resolutions).

        Each conflict is {"kind", "subject", "members": [(item id, value,
        direct)]}. A stored resolution is attached again when it was made for
        the same kind and values and shares a claim with the new conflict, so a
        user's decision survives regrouping."""
        with self._writing() as db:
            import json  # loaded when first used: not by the first frame

            resolutions = [
                (rid, kind, tuple(json.loads(values)), set(json.loads(members)))
                for rid, kind, values, members in db.execute(
                    # The latest decision first: on a team library several
                    # people's decisions on one conflict are kept.
                    "SELECT id, value_kind, value_set, members FROM conflict_resolutions"
                    " ORDER BY id DESC"
                )
            ]
            if replace is None:
                db.execute("DELETE FROM conflicts")
            else:
                for chunk in chunks(sorted(set(replace))):
                    marks = ",".join("?" * len(chunk))
                    db.execute(f"DELETE FROM conflicts WHERE id IN ({marks})", chunk)
            spans = {}
            for c in conflicts:
                ids = [m[0] for m in c["members"]]
                for chunk in chunks(ids):
                    marks = ",".join("?" * len(chunk))
                    for iid, sid, a, b in db.execute(
                        f'SELECT id, source_id, start, "end" FROM items WHERE id IN ({marks})',
                        chunk,
                    ):
                        spans[iid] = member_key(sid, a, b)
            for c in conflicts:
                values = tuple(sorted({m[1] for m in c["members"]}))
                keys = {spans.get(m[0]) for m in c["members"]}
                resolution = next(
                    (
                        rid
                        for rid, kind, vals, members in resolutions
                        if kind == c["kind"] and vals == values and members & keys
                    ),
                    None,
                )
                cid = db.execute(
                    "INSERT INTO conflicts (value_kind, subject, resolution_id) VALUES (?, ?, ?)",
                    (c["kind"], c["subject"], resolution),
                ).lastrowid
                db.executemany(
                    "INSERT OR IGNORE INTO conflict_members (conflict_id, item_id, value, direct)"
                    " VALUES (?, ?, ?, ?)",
                    [(cid, iid, value, int(direct)) for iid, value, direct in c["members"]],
                )

    def count_conflicts(self) -> int:
        """How many conflicts are stored."""
        return self.db.execute("SELECT count(*) FROM conflicts").fetchone()[0]

    def conflicts_with_direct_claims(self, nodes: Iterable[tuple[int, str]]) -> set[int]:
        """Ids of the stored conflicts holding any of these (item id, value
        kind) claims as a direct member."""
        wanted = set(nodes)
        out: set[int] = set()
        for chunk in chunks(sorted({iid for iid, _ in wanted})):
            marks = ",".join("?" * len(chunk))
            for cid, iid, kind in self.db.execute(
                "SELECT m.conflict_id, m.item_id, c.value_kind FROM conflict_members m"
                " JOIN conflicts c ON c.id = m.conflict_id"
                f" WHERE m.direct AND m.item_id IN ({marks})",
                chunk,
            ):
                if (iid, kind) in wanted:
                    out.add(cid)
        return out

    def conflict_memberships(self) -> list[tuple[int, int, str, str, bool]]:
        """Every stored (conflict id, item id, value kind, value, direct)."""
        return [
            (r[0], r[1], r[2], r[3], bool(r[4]))
            for r in self.db.execute(
                "SELECT m.conflict_id, m.item_id, c.value_kind, m.value, m.direct"
                " FROM conflict_members m JOIN conflicts c ON c.id = m.conflict_id"
            )
        ]

    def conflicts(self, *, unresolved_only: bool = False) -> list[Conflict]:
        """Every conflict, its claims (item ids, by source) and each claim's value."""
        sql = (
            "SELECT c.id, c.value_kind, c.subject, coalesce(r.choice, ''), coalesce(r.note, '')"
            " FROM conflicts c LEFT JOIN conflict_resolutions r ON r.id = c.resolution_id"
        )
        if unresolved_only:
            sql += " WHERE c.resolution_id IS NULL"
        out = []
        for cid, kind, subject, choice, note in self.db.execute(sql + " ORDER BY c.id").fetchall():
            rows = self.db.execute(
                "SELECT m.item_id, m.value FROM conflict_members m JOIN items i ON i.id = m.item_id"
                " WHERE m.conflict_id = ? ORDER BY m.value, i.source_id, i.start",
                (cid,),
            ).fetchall()
            out.append(
                Conflict(
                    id=cid,
                    item_ids=[r[0] for r in rows],
                    values=[r[1] for r in rows],
                    resolution=choice,
                    note=note,
                    kind=kind,
                    subject=subject,
                )
            )
        return out

    def conflicts_of_items(self, item_ids: Iterable[int]) -> dict[int, list[int]]:
        """{item id: ids of the conflicts it is part of}, for items in any."""
        out: dict[int, list[int]] = {}
        for chunk in chunks(list(item_ids)):
            marks = ",".join("?" * len(chunk))
            for iid, cid in self.db.execute(
                "SELECT item_id, conflict_id FROM conflict_members"
                f" WHERE item_id IN ({marks}) ORDER BY conflict_id",
                chunk,
            ):
                out.setdefault(iid, []).append(cid)
        return out

    def resolve_conflict(self, conflict_id: int, choice: str, note: str = "") -> None:
        """The user's decision on a conflict: which value holds, and why."""
        if not choice.strip():
            raise ValueError("a resolution needs a choice")
        with self._writing() as db:
            row = db.execute(
                "SELECT value_kind, resolution_id FROM conflicts WHERE id = ?", (conflict_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no conflict {conflict_id}")
            if row[1] is not None:
                # A changed decision replaces the earlier one; kept, the earlier
                # would match first when the conflict is rebuilt and come back.
                db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (row[1],))
            members = db.execute(
                'SELECT m.value, i.source_id, i.start, i."end" FROM conflict_members m'
                " JOIN items i ON i.id = m.item_id WHERE m.conflict_id = ?",
                (conflict_id,),
            ).fetchall()
            values = sorted({m[0] for m in members})
            keys = sorted({member_key(*m[1:]) for m in members})
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            import json  # loaded when first used: not by the first frame

            rid = db.execute(
                "INSERT INTO conflict_resolutions"
                " (value_kind, value_set, members, choice, note, resolved_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (row[0], json.dumps(values), json.dumps(keys), choice.strip(), note, stamp),
            ).lastrowid
            db.execute("UPDATE conflicts SET resolution_id = ? WHERE id = ?", (rid, conflict_id))

    def reopen_conflict(self, conflict_id: int) -> None:
        """Forget the user's decision on a conflict."""
        with self._writing() as db:
            (rid,) = db.execute(
                "SELECT resolution_id FROM conflicts WHERE id = ?", (conflict_id,)
            ).fetchone() or (None,)
            if rid is not None:
                db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (rid,))

    def unresolved_conflict_item_ids(self) -> set[int]:
        """Items that take part in a conflict the user has not resolved yet
        (for the pre-export warning)."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT m.item_id FROM conflict_members m JOIN conflicts c"
                " ON c.id = m.conflict_id WHERE c.resolution_id IS NULL"
            )
        }
