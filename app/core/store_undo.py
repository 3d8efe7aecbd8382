"""Deleting sources, and putting back what an undo needs: mixed into `Library`.

A deleted source leaves a tombstone (`deleted_sources`, schema 5): its id and
its items' ids are never given out again, so a memo block that cites it can
say "source deleted" and never comes to point at another source, and an undo
can put the source back under the same ids.

`UndoStore` needs only the library's `db` and `transaction()`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core.errors import LibraryError
from app.core.store_db import Connection
from app.core.store_groups import member_key
from app.core.store_speakers import same_speaker

if TYPE_CHECKING:  # loaded with the first edit (app/core/undo_records.py)
    from app.core.undo_records import Rows, SourceSnapshot


class UndoStore:
    """Source deletion with tombstones, and the snapshots undo restores (a mixin)."""

    db: Connection

    def transaction(self) -> AbstractContextManager[Connection]:  # pragma: no cover
        raise NotImplementedError

    def find_source_by_hash(self, digest: str, file_hash: str = "") -> tuple[int, str] | None:
        raise NotImplementedError  # pragma: no cover

    def _rows(self, sql: str, params: tuple) -> Rows:
        from app.core.undo_records import Rows

        cur = self.db.execute(sql, params)
        rows = cur.fetchall()
        return Rows(tuple(d[0] for d in cur.description), rows)

    def _insert(self, table: str, rows: Rows) -> None:
        if not rows.rows:
            return
        columns = ", ".join(f'"{c}"' for c in rows.columns)
        marks = ", ".join("?" * len(rows.columns))
        self.db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows.rows)

    # -- sources ----------------------------------------------------------------

    def delete_source(self, source_id: int) -> SourceSnapshot:
        """Delete a source with its items (their tags, group and conflict
        memberships go with them); returns what `restore_source` needs.
        KeyError when there is no such source."""
        from app.core.undo_records import SourceSnapshot

        with self.transaction() as db:
            source = self._rows("SELECT * FROM sources WHERE id = ?", (source_id,))
            if not source.rows:
                raise KeyError(f"no source {source_id}")
            columns = dict(zip(source.columns, source.rows[0], strict=True))
            snapshot = SourceSnapshot(
                source_id=source_id,
                title=columns["title"],
                source=source,
                items=self._rows(
                    "SELECT * FROM items WHERE source_id = ? ORDER BY id", (source_id,)
                ),
                tags=self._rows(
                    "SELECT t.* FROM tags t JOIN items i ON i.id = t.item_id WHERE i.source_id = ?",
                    (source_id,),
                ),
                derived_marks=self._rows(
                    "SELECT * FROM derived_marks WHERE source_id = ? OR derived_from = ?",
                    (source_id, source_id),
                ),
                derived_children=[
                    r[0]
                    for r in db.execute(
                        "SELECT id FROM sources WHERE derived_from = ?", (source_id,)
                    )
                ],
                speakers=dict(
                    db.execute(
                        "SELECT DISTINCT sp.id, sp.name FROM items i"
                        " JOIN speakers sp ON sp.id = i.speaker_id WHERE i.source_id = ?",
                        (source_id,),
                    ).fetchall()
                ),
            )
            max_item = max((r[0] for r in snapshot.items.rows), default=0)
            db.execute(
                "INSERT OR REPLACE INTO deleted_sources (id, title, file_name, max_item_id,"
                " deleted_at) VALUES (?, ?, ?, ?, ?)",
                (
                    source_id,
                    columns["title"],
                    columns["file_name"],
                    max_item,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        return snapshot

    def restore_source(self, snapshot: SourceSnapshot) -> None:
        """Put a deleted source back under its own ids, with its items, tags
        and derived marks (groups and conflicts are the caller's to rebuild)."""
        from app.core.undo_records import Rows

        with self.transaction() as db:
            row = dict(zip(snapshot.source.columns, snapshot.source.rows[0], strict=True))
            # The same text, or a text read from the same file (schema 9).
            again = self.find_source_by_hash(row["content_hash"], row.get("file_hash", ""))
            if again is not None:
                raise LibraryError(
                    f"the deletion of \u201c{snapshot.title}\u201d cannot be undone: the same"
                    f" article was imported again since (source {again[0]})"
                )
            self._insert("sources", snapshot.source)
            items = snapshot.items
            if "speaker_id" in items.columns:
                # A speaker merged away since keeps its quotes unattributed
                # (its id may name a speaker added since: checked by name).
                at = items.columns.index("speaker_id")
                names = snapshot.speakers
                known = {sid for sid, name in names.items() if same_speaker(db, sid, name)}
                rows = [
                    r if r[at] is None or r[at] in known else (*r[:at], None, *r[at + 1 :])
                    for r in items.rows
                ]
                items = Rows(items.columns, rows)
            self._insert("items", items)
            self._insert("tags", snapshot.tags)
            existing = {r[0] for r in db.execute("SELECT id FROM sources")}
            marks = snapshot.derived_marks
            keep = [r for r in marks.rows if all(v is None or v in existing for v in r[:2])]
            self._insert("derived_marks", Rows(marks.columns, keep))
            for child in snapshot.derived_children:
                db.execute(
                    "UPDATE sources SET derived_from = ? WHERE id = ?", (snapshot.source_id, child)
                )
            db.execute("DELETE FROM deleted_sources WHERE id = ?", (snapshot.source_id,))

    def deleted_source_ids(self) -> set[int]:
        """Ids of the sources deleted from this library (and not put back)."""
        return {r[0] for r in self.db.execute("SELECT id FROM deleted_sources")}

    def deleted_source_titles(self) -> dict[int, str]:
        """The title each source deleted from this library (and not put back)
        had when it was deleted, by id."""
        return dict(self.db.execute("SELECT id, title FROM deleted_sources").fetchall())

    # -- conflict resolutions ---------------------------------------------------

    def resolution_of(self, conflict_id: int) -> Rows | None:
        """The resolution row a conflict has now (None: unresolved)."""
        rows = self._rows(
            "SELECT r.* FROM conflict_resolutions r JOIN conflicts c ON c.resolution_id = r.id"
            " WHERE c.id = ?",
            (conflict_id,),
        )
        return rows if rows.rows else None

    def _resolution_at(self, resolution_id: int) -> tuple | None:
        row = self.db.execute(
            "SELECT * FROM conflict_resolutions WHERE id = ?", (resolution_id,)
        ).fetchone()
        return tuple(row) if row is not None else None

    def swap_resolution(self, remove: Rows | None, put: Rows | None) -> None:
        """Take a resolution row out and put another back (an undo or redo of a
        decision). Conflict ids change when the library is regrouped, so the
        row is attached to the conflicts it fits, as regrouping attaches it:
        same value kind and values, a claim in common.

        Refused in words when someone else (another window, a colleague)
        decided the conflict since: their decision stays."""
        changed = LibraryError(
            "the decision on this conflict cannot be undone: it was changed since"
            " (by another window or user); the newer decision stays"
        )
        with self.transaction() as db:
            if remove is not None:
                rid = remove.rows[0][remove.columns.index("id")]
                # Known by its whole row: a library file gives a deleted
                # decision's id to the next one, which may be someone else's.
                if self._resolution_at(rid) != tuple(remove.rows[0]):
                    raise changed
                db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (rid,))
            if put is None:
                return
            row = dict(zip(put.columns, put.rows[0], strict=True))
            if self._resolution_at(row["id"]) not in (None, tuple(put.rows[0])):
                raise changed
            db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (row["id"],))
            self._insert("conflict_resolutions", put)
            import json  # loaded when first used: not by the first frame

            values, members = json.loads(row["value_set"]), set(json.loads(row["members"]))
            claims: dict[int, list[tuple]] = {}
            for cid, value, sid, start, end in db.execute(
                'SELECT c.id, m.value, i.source_id, i.start, i."end" FROM conflicts c'
                " JOIN conflict_members m ON m.conflict_id = c.id"
                " JOIN items i ON i.id = m.item_id WHERE c.value_kind = ?",
                (row["value_kind"],),
            ):
                claims.setdefault(cid, []).append((value, member_key(sid, start, end)))
            fits = [
                cid
                for cid, found in claims.items()
                if sorted({v for v, _ in found}) == values and members & {k for _, k in found}
            ]
            for cid in fits:
                (now,) = db.execute(
                    "SELECT resolution_id FROM conflicts WHERE id = ?", (cid,)
                ).fetchone()
                if now not in (None, row["id"]):
                    raise changed
                db.execute("UPDATE conflicts SET resolution_id = ? WHERE id = ?", (row["id"], cid))

    # -- facts a new date took away ---------------------------------------------

    def fact_rows(self, source_id: int) -> Rows:
        """A source's facts as stored, whole rows: what `put_back_items` needs
        of those a new date then takes away (an undo brings them back)."""
        return self._rows(
            "SELECT * FROM items WHERE source_id = ? AND kind = 'fact' ORDER BY id", (source_id,)
        )

    def put_back_items(self, source_id: int, rows: Rows) -> None:
        """Insert `rows` of `source_id`'s items (from `fact_rows`) under their
        own ids: each whose id is free and whose span holds no item of its
        kind (another program may have stored one there since); a speaker
        gone since is left out (its id may name another later)."""
        from app.core.undo_records import Rows

        with self.transaction() as db:
            col = {c: n for n, c in enumerate(rows.columns)}
            taken = {
                (kind, start, end)
                for kind, start, end in db.execute(
                    'SELECT kind, start, "end" FROM items WHERE source_id = ?', (source_id,)
                )
            }
            put = []
            for row in rows.rows:
                place = (row[col["kind"]], row[col["start"]], row[col["end"]])
                if place in taken or row[col["source_id"]] != source_id:
                    continue
                if db.execute("SELECT 1 FROM items WHERE id = ?", (row[col["id"]],)).fetchone():
                    continue
                speaker = row[col["speaker_id"]] if "speaker_id" in col else None
                if (
                    speaker is not None
                    and not db.execute("SELECT 1 FROM speakers WHERE id = ?", (speaker,)).fetchone()
                ):
                    row = (*row[: col["speaker_id"]], None, *row[col["speaker_id"] + 1 :])
                put.append(row)
                taken.add(place)
            self._insert("items", Rows(rows.columns, put))

    # -- a passage clipped by hand ----------------------------------------------

    def take_out_item(self, item_id: int) -> tuple[Rows, Rows]:
        """Delete one item (the undo of a clip) with its tags; returns the rows
        `put_back_item` needs. LibraryError when it is gone already."""
        with self.transaction() as db:
            item = self._rows("SELECT * FROM items WHERE id = ?", (item_id,))
            if not item.rows:
                raise LibraryError(
                    "the clip cannot be undone: its source was deleted since (by another"
                    " window or user)"
                )
            tags = self._rows("SELECT * FROM tags WHERE item_id = ?", (item_id,))
            db.execute("DELETE FROM items WHERE id = ?", (item_id,))
        return item, tags

    def put_back_item(self, item: Rows, tags: Rows) -> None:
        """Put an item `take_out_item` took out back under its own id, with its
        tags. LibraryError when its source is gone, or its passage was clipped
        again since (an item of its kind there)."""
        col = {c: n for n, c in enumerate(item.columns)}
        row = item.rows[0]
        with self.transaction() as db:
            source_id = row[col["source_id"]]
            if not db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone():
                raise LibraryError("the clip cannot be redone: its source was deleted since")
            self.put_back_items(source_id, item)
            if not db.execute("SELECT 1 FROM items WHERE id = ?", (row[col["id"]],)).fetchone():
                raise LibraryError(
                    "the clip cannot be redone: the same passage was clipped again since"
                )
            self._insert("tags", tags)
