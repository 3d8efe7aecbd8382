"""What a grouping run reads from the library, and the lock it runs under.

`GroupingReads` is mixed into `GroupStore` (store_groups.py), and so into
`Library`; the corroboration package asks these methods instead of running
SQL of its own. Another process may write the same library at any time, so a
grouping run holds `grouping_transaction()` (SQLite's write lock) from its
first read to its last write, and `data_version()` tells the package when
another connection has written since its last run. A regroup's results are
compared with what is stored before they are written (`changed_index_rows`,
`stored_clusters`): most of them are what was stored.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager

_CHUNK = 500  # SQLite limits bound parameters per statement


def report_row(
    item_id: int,
    kind: str,
    source_id: int,
    source: str,
    title: str | None,
    outlet: str | None,
    date: str | None,
    derived_from: int | None,
    start: int,
    end: int,
    text: str,
    speaker: str | None,
    how: str | None = None,
) -> dict:
    """The row `report_rows` gives an item, and `claim_report_rows` a figure
    claim (`how` it was read): one set of keys for both."""
    row: dict = {"item_id": item_id, "kind": kind}
    if how is not None:
        row["how"] = how
    return row | {
        "source_id": source_id,
        "source": source,
        "title": title,
        "outlet": outlet,
        "date": date,
        "derived_from": derived_from,
        "start": start,
        "end": end,
        "text": text,
        "speaker": speaker,
    }


def chunks(ids: list[int]) -> Iterator[list[int]]:
    """`ids` in pieces small enough for one statement's parameters."""
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


class GroupingReads:
    """Reads for grouping runs and reports (a mixin over `db` and `transaction`)."""

    db: sqlite3.Connection
    # True while a regroup is built beside this library's writer
    # (corroborate/beside.py): the writer's own grouping runs leave the
    # groups stale for it.
    regroup_beside: bool = False
    # Meanwhile, each Delete Source of this writer: (the count of writes to
    # what grouping reads before it, after it, the sources), for the build
    # to leave them out rather than start again (beside.deleted).
    deleted_beside: tuple[tuple[int, int, frozenset[int]], ...] = ()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    @contextmanager
    def grouping_transaction(self) -> Iterator[sqlite3.Connection]:
        """One grouping run, read and written under the write lock: other
        processes' imports wait (busy timeout) rather than interleave, and a
        run that fails leaves nothing half written."""
        # Another process may hold the lock for a whole grouping run:
        # `transaction()` waits for it (telling the library's busy notice),
        # and inside an import's transaction this is a savepoint of it.
        with self.transaction() as db:
            yield db

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """Every read inside sees the library as it was at the first one (a
        connection that only reads: a regroup built beside the writer), the
        other connections' commits meanwhile not: SQLite's read transaction
        (in WAL mode, writers go on)."""
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                self.db.raw.execute("ROLLBACK")

    def data_version(self) -> int:
        """A number that changes whenever another connection (another
        thread's library object, another process) commits to this file."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def grouping_generation(self) -> int:
        """A number that moves with each commit, by any connection (this
        one, another thread's, another program's), that changed what a
        grouping run reads: items added or deleted, or given another id,
        source, kind, text, speaker or span; sources deleted, or given
        another date or text (the file's triggers, schema 14). A tag, a memo
        mark, a lock, an outlet or a derived mark does not move it; a write
        rolled back is taken back with it."""
        return self.db.execute("SELECT version FROM grouping_inputs").fetchone()[0]

    # -- what grouping reads --------------------------------------------------

    def grouping_rows(self, after: int = 0) -> Iterator[tuple[int, int, str, str, str]]:
        """(item id, source id, kind, text, source date) of every item with an
        id above `after`, in id order."""
        yield from self.db.execute(
            "SELECT i.id, i.source_id, i.kind, i.text, s.date FROM items i"
            " JOIN sources s ON s.id = i.source_id WHERE i.id > ? ORDER BY i.id",
            (after,),
        )

    def grouping_item(self, item_id: int, kind: str) -> tuple[int, str, str] | None:
        """(source id, text, source date) of one item of `kind`, or None."""
        return self.db.execute(
            "SELECT i.source_id, i.text, s.date FROM items i JOIN sources s"
            " ON s.id = i.source_id WHERE i.id = ? AND i.kind = ?",
            (item_id, kind),
        ).fetchone()

    def item_places(self, up_to: int | None = None) -> list[tuple[int, int, str]]:
        """(item id, source id, kind) of every item (with an id up to `up_to`)."""
        if up_to is None:
            return self.db.execute("SELECT id, source_id, kind FROM items").fetchall()
        return self.db.execute(
            "SELECT id, source_id, kind FROM items WHERE id <= ?", (up_to,)
        ).fetchall()

    def quote_speakers(self, after: int = 0, up_to: int | None = None) -> dict[int, int]:
        """{item id: speaker id} of every quote that names a speaker, with an
        id above `after` (and up to `up_to`): the speaker entries a quote
        group's short wordings are matched by (corroborate/matching.py)."""
        sql = "SELECT id, speaker_id FROM items WHERE kind = 'quote' AND speaker_id IS NOT NULL"
        if up_to is None:
            return dict(self.db.execute(sql + " AND id > ?", (after,)))
        return dict(self.db.execute(sql + " AND id > ? AND id <= ?", (after, up_to)))

    def item_extent(self) -> tuple[int, int]:
        """(highest item id, number of items)."""
        return tuple(self.db.execute("SELECT coalesce(max(id), 0), count(*) FROM items").fetchone())

    def groups_in_step(self) -> bool:
        """Whether the stored groups were made over the items there are now:
        False for a library never grouped, one a grouping run or an edit
        marked stale, or one another version added to. (Two cheap reads: the
        window asks it of every library it opens, without loading the
        grouping code for one in step.)"""
        mark = self.grouping_mark()  # type: ignore[attr-defined]  # GroupStore's
        return mark is not None and tuple(mark) == self.item_extent()

    def count_items_up_to(self, item_id: int) -> int:
        """How many items have an id up to `item_id`."""
        return self.db.execute("SELECT count(*) FROM items WHERE id <= ?", (item_id,)).fetchone()[0]

    def source_text(self, source_id: int) -> str:
        """A source's whole text ("" when there is no such source)."""
        row = self.db.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row[0] if row else ""

    def text_outside_quotes(self, source_id: int) -> str:
        """A source's text without its quotes, the parts joined by " | "."""
        (text,) = self.db.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        parts, last = [], 0
        for start, end in self.db.execute(
            "SELECT start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote' ORDER BY start",
            (source_id,),
        ):
            if start >= last:
                parts.append(text[last:start])
                last = end
        parts.append(text[last:])
        return " | ".join(parts)

    def source_dates(self, source_ids: Iterable[int]) -> dict[int, str]:
        """{source id: its date as stored} for these sources."""
        return self._source_column("date", source_ids)

    def source_hashes(self, source_ids: Iterable[int]) -> dict[int, str]:
        """{source id: the digest of its text} for these sources."""
        return self._source_column("content_hash", source_ids)

    def _source_column(self, column: str, source_ids: Iterable[int]) -> dict[int, str]:
        # `column`: a name written in this module, never user input.
        out: dict[int, str] = {}
        for chunk in chunks(sorted(set(source_ids))):
            marks = ",".join("?" * len(chunk))
            out.update(
                self.db.execute(f"SELECT id, {column} FROM sources WHERE id IN ({marks})", chunk)
            )
        return out

    def group_index_part(self, part: str, buckets: Iterable[int]) -> dict[int, bytes]:
        """Stored buckets of one part of the grouping index: {bucket: data}."""
        out: dict[int, bytes] = {}
        for chunk in chunks(sorted(set(buckets))):
            marks = ",".join("?" * len(chunk))
            out.update(
                self.db.execute(
                    f"SELECT bucket, data FROM group_index WHERE part = ? AND bucket IN ({marks})",
                    [part, *chunk],
                )
            )
        return out

    def group_speakers(self, item_ids: list[int]) -> dict[int, list[dict]]:
        """{item id: each member of its quote group as {"source_id",
        "speaker" (a name, or None)}} for those of `item_ids` in a quote group."""
        out: dict[int, list[dict]] = {}
        for chunk in chunks(item_ids):
            marks = ",".join("?" * len(chunk))
            for iid, sid, who in self.db.execute(
                "SELECT m.item_id, i.source_id, sp.name FROM cluster_members m"
                " JOIN cluster_members o ON o.cluster_id = m.cluster_id"
                " JOIN items i ON i.id = o.item_id LEFT JOIN speakers sp ON sp.id = i.speaker_id"
                f" WHERE m.item_id IN ({marks}) AND i.kind = 'quote'",
                chunk,
            ):
                out.setdefault(iid, []).append({"source_id": sid, "speaker": who})
        return out

    def report_rows(self, item_ids: list[int]) -> dict[int, dict]:
        """{item id: its kind, source, span, text and speaker} for reports (CLI,
        views); a figure claim's id negated gives its row (`claim_rows`)."""
        rows = self.claim_rows(-i for i in item_ids if i < 0)  # type: ignore[attr-defined]
        for chunk in chunks([i for i in item_ids if i > 0]):
            marks = ",".join("?" * len(chunk))
            for (
                iid,
                kind,
                sid,
                start,
                end,
                text,
                fname,
                title,
                outlet,
                derived,
                date,
                who,
            ) in self.db.execute(
                'SELECT i.id, i.kind, i.source_id, i.start, i."end", i.text, s.file_name, s.title,'
                " s.outlet, s.derived_from, s.date, sp.name FROM items i"
                " JOIN sources s ON s.id = i.source_id"
                f" LEFT JOIN speakers sp ON sp.id = i.speaker_id WHERE i.id IN ({marks})",
                chunk,
            ):
                rows[iid] = report_row(
                    iid, kind, sid, fname, title, outlet, date, derived, start, end, text, who
                )
        return rows

    def conflict_subjects(self) -> dict[int, str]:
        """{conflict id: subject} of every stored conflict."""
        return dict(self.db.execute("SELECT id, subject FROM conflicts"))


def changed_index_rows(
    db: sqlite3.Connection, rows: Iterable[tuple[str, int, bytes]], keep: Iterable[str]
) -> list[tuple[str, int, bytes]]:
    """The rows of a whole new index that differ from the stored ones; the
    stored rows it no longer has (but those of the parts `keep`) are deleted.
    A regroup mostly writes back what was stored (tens of megabytes at
    200,000 items, a tenth of the run when all written again): reading and
    comparing it costs a fraction of writing it."""
    changed, read = changed_part_rows(db, rows)
    left = (*keep, *read)
    marks = ",".join("?" * len(left)) or "NULL"
    db.execute(f"DELETE FROM group_index WHERE part NOT IN ({marks})", left)
    return changed


def changed_part_rows(
    db: sqlite3.Connection, rows: Iterable[tuple[str, int, bytes]], parts: Iterable[str] = ()
) -> tuple[list[tuple[str, int, bytes]], list[str]]:
    """The rows that differ from the stored ones, taken as the whole of
    their parts and of `parts`: the stored rows of those parts they no
    longer have are deleted. Returns them and the parts read."""
    stored: dict[str, dict[int, bytes]] = {}
    select = "SELECT bucket, data FROM group_index WHERE part = ?"
    for part in parts:
        stored[part] = dict(db.execute(select, (part,)))
    changed = []
    for part, bucket, data in rows:
        if part not in stored:
            stored[part] = dict(db.execute(select, (part,)))
        if stored[part].pop(bucket, None) != data:
            changed.append((part, bucket, data))
    gone = [(part, bucket) for part, left in stored.items() for bucket in left]
    db.executemany("DELETE FROM group_index WHERE part = ? AND bucket = ?", gone)
    return changed, list(stored)


def stored_clusters(db: sqlite3.Connection) -> dict[tuple[int, ...], tuple[int, str, int, int]]:
    """{the item ids of a stored group, in order: (its id, kind, source
    count, independent count)}; a group left without items is deleted."""
    db.execute("DELETE FROM clusters WHERE id NOT IN (SELECT cluster_id FROM cluster_members)")
    items: dict[int, list[int]] = {}
    for cid, iid in db.execute("SELECT cluster_id, item_id FROM cluster_members"):
        items.setdefault(cid, []).append(iid)
    return {
        tuple(sorted(items[cid])): (cid, kind, n_sources, n_independent)
        for cid, kind, n_sources, n_independent in db.execute(
            "SELECT id, kind, source_count, independent_count FROM clusters"
        )
    }


def put_group_rows(db: sqlite3.Connection, rows: Iterable[tuple[str, int, bytes]]) -> None:
    """Store (part, bucket, data) rows of the grouping index, each replacing its old one."""
    db.executemany("INSERT OR REPLACE INTO group_index (part, bucket, data) VALUES (?, ?, ?)", rows)


def origins(parent: dict[int, int | None]) -> dict[int, int]:
    """{source: its origin}, from {source: the source it is marked derived
    from, or None}: the end of its chain of marks. Copies marked derived
    round in a ring (which copied which is read from dates, else from import
    order, so three copies with one undated can close one) are one origin:
    the ring's lowest id, whichever of them the chain starts from."""
    roots = {}
    for sid in parent:
        path, cur = [sid], sid
        while parent.get(cur) is not None and parent[cur] not in path:
            cur = parent[cur]
            path.append(cur)
        ring = parent.get(cur)
        roots[sid] = cur if ring is None else min(path[path.index(ring) :])
    return roots


def recount_independent(db, witness: dict[int, int | str], sources: list[int] | None) -> None:
    """Store each group's number of distinct witnesses (`witness`: each
    source's, see `GroupStore.source_witnesses`), or only of the groups
    holding an item of one of `sources`."""
    sql = "SELECT m.cluster_id, i.source_id FROM cluster_members m JOIN items i ON i.id = m.item_id"
    if sources is None:
        rows = db.execute(sql)
    else:
        marks = ",".join("?" * len(sources))
        rows = db.execute(
            f"{sql} WHERE m.cluster_id IN (SELECT o.cluster_id FROM cluster_members o"
            f" JOIN items s ON s.id = o.item_id WHERE s.source_id IN ({marks}))",
            sources,
        )
    per: dict[int, set[int | str]] = {}
    for cid, sid in rows:
        per.setdefault(cid, set()).add(witness.get(sid, sid))
    db.executemany(
        "UPDATE clusters SET independent_count = ? WHERE id = ? AND independent_count != ?",
        [(len(r), cid, len(r)) for cid, r in per.items()],
    )
