"""The library's conflicts and the user's decisions on them, and the figure
claims some conflicts hold.

`ConflictStore` is mixed into `GroupStore` (store_groups.py), and so into
`Library`. A conflict's sides are items (facts, as `conflict_members`) or
figure claims (`conflict_claims`, schema 15): a source's sentences that
state a figure and are not offered as facts (corroborate/figure_claims.py),
which take part in conflicts only. Wherever a conflict's sides are given as
ids (`Conflict.item_ids`, `report_rows`, `member_spans`), a figure claim is
given as minus its id: no item has a negative id, and every reader of a
conflict's sides tells them apart by the sign alone (`is_claim`).

A conflict holding a figure claim is marked `wide` and is rebuilt whole
after each grouping run (corroborate/wide.py, `write_conflicts(..., wide=True)`); the
runs that rebuild the others read and replace only those not `wide`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from app.core.model import Conflict
from app.core.store_grouping import chunks, report_row


def member_key(source_id: int, start: int, end: int) -> str:
    """How a resolved conflict remembers a claim across regrouping: item ids
    change when a source is re-extracted, its id and span do not."""
    return f"{source_id}:{start}:{end}"


def is_claim(member_id: int) -> bool:
    """Whether a conflict's side given by `member_id` is a figure claim (its
    id negated), not an item."""
    return member_id < 0


def _decision_rows(db, *, detached: bool = False) -> list[tuple]:
    """The stored decisions on conflicts, the latest first (on a team
    library several people's decisions on one conflict are kept): (id, value
    kind, the values decided among, as a sorted tuple, the keys of the
    claims it was made on (`member_key`), choice, note). `detached`: only
    those no conflict holds now."""
    sql = "SELECT id, value_kind, value_set, members, choice, note FROM conflict_resolutions"
    if detached:
        sql += (
            " WHERE id NOT IN (SELECT resolution_id FROM conflicts WHERE resolution_id IS NOT NULL)"
        )
    rows = db.execute(sql + " ORDER BY id DESC").fetchall()
    if not rows:
        return []
    import json  # loaded when first used: not by the first frame

    return [
        (rid, kind, tuple(json.loads(values)), set(json.loads(members)), choice, note)
        for rid, kind, values, members, choice, note in rows
    ]


class ConflictStore:
    """Reading and writing conflicts, decisions and figure claims (a mixin)."""

    db: sqlite3.Connection
    # The index of figure claims kept between grouping runs (corroborate/wide.py).
    wide_state: object | None = None

    def _writing(self):  # pragma: no cover - GroupStore's
        raise NotImplementedError

    # -- figure claims -----------------------------------------------------------

    def unscanned_sources(self) -> list[tuple[int, str, str]]:
        """(id, date, text) of each source whose figure claims are not found
        yet (new, upgraded from before schema 15, or given a new date or text)."""
        return self.db.execute(
            "SELECT id, date, text FROM sources WHERE id NOT IN (SELECT source_id FROM claim_scans)"
            " ORDER BY id"
        ).fetchall()

    def claims_in_step(self) -> bool:
        """Whether every source's figure claims are found."""
        row = self.db.execute(
            "SELECT 1 FROM sources WHERE id NOT IN (SELECT source_id FROM claim_scans) LIMIT 1"
        ).fetchone()
        return row is None

    def item_spans(self, source_id: int, kind: str) -> list[tuple[int, int]]:
        """The spans of a source's items of `kind` ("quote", "fact"), in order."""
        return self.db.execute(
            'SELECT start, "end" FROM items WHERE source_id = ? AND kind = ? ORDER BY start',
            (source_id, kind),
        ).fetchall()

    def write_figure_claims(self, found: dict[int, list[tuple[int, int, str, str]]]) -> None:
        """Store each source's figure claims, (start, end, cited, how), in
        place of those it had, and mark the source scanned."""
        with self._writing() as db:
            for source_id, claims in found.items():
                db.execute("DELETE FROM figure_claims WHERE source_id = ?", (source_id,))
                db.executemany(
                    'INSERT INTO figure_claims (source_id, start, "end", cited, how)'
                    " VALUES (?, ?, ?, ?, ?)",
                    [(source_id, a, b, cited, how) for a, b, cited, how in claims],
                )
                db.execute("INSERT OR IGNORE INTO claim_scans (source_id) VALUES (?)", (source_id,))

    def offered_claims(self) -> list[tuple[int, int]]:
        """(id, source id) of each figure claim a fact item now covers (a
        sentence clipped as a fact by hand: offered now)."""
        covered = (
            " WHERE EXISTS (SELECT 1 FROM items i WHERE i.source_id = f.source_id"
            ' AND i.kind = \'fact\' AND i.start < f."end" AND f.start < i."end")'
        )
        return self.db.execute(f"SELECT f.id, f.source_id FROM figure_claims f{covered}").fetchall()

    def figure_claim_sources(self) -> dict[int, int]:
        """{claim id: its source's id} of every figure claim."""
        return dict(self.db.execute("SELECT id, source_id FROM figure_claims"))

    def drop_offered_claims(self) -> int:
        """Drop the figure claims a fact item now covers (`offered_claims`),
        and their sources' scans, so the claims are found again once the
        fact goes (its clip undone); return how many."""
        rows = self.offered_claims()
        if not rows:
            return 0
        with self._writing() as db:
            for chunk in chunks(sorted({r[0] for r in rows})):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM figure_claims WHERE id IN ({marks})", chunk)
            for chunk in chunks(sorted({r[1] for r in rows})):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM claim_scans WHERE source_id IN ({marks})", chunk)
        return len(rows)

    def figure_claim_rows(self, after: int = 0) -> list[tuple[int, int, int, int, str, str]]:
        """Every figure claim (of the sources with an id above `after`): (id,
        source id, start, end, cited, source date), by source and place."""
        return self.db.execute(
            'SELECT f.id, f.source_id, f.start, f."end", f.cited, s.date FROM figure_claims f'
            " JOIN sources s ON s.id = f.source_id WHERE f.source_id > ?"
            " ORDER BY f.source_id, f.start",
            (after,),
        ).fetchall()

    def figure_claim(self, claim_id: int) -> tuple[int, str, str] | None:
        """(source id, cited form, source date) of one figure claim, or None."""
        return self.db.execute(
            "SELECT f.source_id, f.cited, s.date FROM figure_claims f"
            " JOIN sources s ON s.id = f.source_id WHERE f.id = ?",
            (claim_id,),
        ).fetchone()

    def wide_extent(self, items_up_to: int, sources_up_to: int) -> tuple:
        """(how many, the sum of the ids) of the fact items up to
        `items_up_to`, and of the figure claims of the sources up to
        `sources_up_to`: what the claims' comparison index stored with
        them was built over (corroborate/wide_store.py); then how many
        conflicts hold a figure claim, and their highest id (what it found:
        a run that stored them without it, another version's, moves them)."""
        facts = self.db.execute(
            "SELECT count(*), coalesce(sum(id), 0) FROM items WHERE kind = 'fact' AND id <= ?",
            (items_up_to,),
        ).fetchone()
        claims = self.db.execute(
            "SELECT count(*), coalesce(sum(id), 0) FROM figure_claims WHERE source_id <= ?",
            (sources_up_to,),
        ).fetchone()
        found = self.db.execute(
            "SELECT count(*), coalesce(max(id), 0) FROM conflicts WHERE wide = 1"
        ).fetchone()
        return (*facts, *claims, *found)

    def count_figure_claims(self) -> int:
        return self.db.execute("SELECT count(*) FROM figure_claims").fetchone()[0]

    def claim_rows(self, claim_ids: Iterable[int]) -> dict[int, dict]:
        """{minus the claim's id: the row `report_rows` gives an item} of
        figure claims, `kind` "claim" (its text the cited form, its `how`)."""
        rows: dict[int, dict] = {}
        for chunk in chunks(sorted(set(claim_ids))):
            marks = ",".join("?" * len(chunk))
            for (
                cid,
                sid,
                start,
                end,
                cited,
                how,
                fname,
                title,
                outlet,
                derived,
                date,
            ) in self.db.execute(
                'SELECT f.id, f.source_id, f.start, f."end", f.cited, f.how, s.file_name, s.title,'
                " s.outlet, s.derived_from, s.date FROM figure_claims f"
                f" JOIN sources s ON s.id = f.source_id WHERE f.id IN ({marks})",
                chunk,
            ):
                rows[-cid] = report_row(
                    -cid,
                    "claim",
                    sid,
                    fname,
                    title,
                    outlet,
                    date,
                    derived,
                    start,
                    end,
                    cited,
                    None,
                    how=how,
                )
        return rows

    def claim_item(self, member_id: int):
        """A figure claim (`member_id`: its id negated) as an `Item` of kind
        "claim", for the views that show a conflict's sides: its id negative,
        its text the source's words, `cited` its cited form."""
        from app.core.model import Item

        row = self.db.execute(
            'SELECT f.source_id, f.start, f."end", f.cited, s.text FROM figure_claims f'
            " JOIN sources s ON s.id = f.source_id WHERE f.id = ?",
            (-member_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no figure claim {-member_id}")
        sid, start, end, cited, text = row
        words = text[start:end]
        return Item(
            member_id, sid, "claim", start, end, words, cited=None if cited == words else cited
        )  # type: ignore[arg-type]

    def member_spans(self, member_ids: Iterable[int]) -> dict[int, str]:
        """{id: member_key} of a conflict's sides, items and figure claims."""
        ids = sorted(set(member_ids))
        out: dict[int, str] = {}
        for table, wanted, sign in (
            ("items", [i for i in ids if i > 0], 1),
            ("figure_claims", [-i for i in ids if i < 0], -1),
        ):
            for chunk in chunks(wanted):
                marks = ",".join("?" * len(chunk))
                for iid, sid, a, b in self.db.execute(
                    f'SELECT id, source_id, start, "end" FROM {table} WHERE id IN ({marks})', chunk
                ):
                    out[sign * iid] = member_key(sid, a, b)
        return out

    # -- conflicts --------------------------------------------------------------

    def write_conflicts(
        self, conflicts: list[dict], *, replace: Iterable[int] | None = None, wide: bool = False
    ) -> None:
        """Store detected conflicts: replacing every stored one, or with
        `replace`, only the conflicts of those ids (an incremental update;
        the others keep their ids and resolutions).

        Each conflict is {"kind", "subject", "members": [(item id, value,
        direct)]}, a figure claim's id negated. `wide`: the conflicts hold
        figure claims; without `replace` they replace every stored one that
        does, and the others those that do not. A stored resolution is attached again when it was made for
        the same kind and values and shares a claim with the new conflict, so a
        user's decision survives regrouping."""
        with self._writing() as db:
            resolutions = _decision_rows(db)
            if replace is None:
                db.execute(f"DELETE FROM conflicts WHERE wide = {int(wide)}")
            else:
                for chunk in chunks(sorted(set(replace))):
                    marks = ",".join("?" * len(chunk))
                    db.execute(f"DELETE FROM conflicts WHERE id IN ({marks})", chunk)
            spans = self.member_spans(m[0] for c in conflicts for m in c["members"])
            for c in conflicts:
                values = tuple(sorted({m[1] for m in c["members"]}))
                keys = {spans.get(m[0]) for m in c["members"]}
                resolution = next(
                    (
                        rid
                        for rid, kind, vals, members, _choice, _note in resolutions
                        if kind == c["kind"] and vals == values and members & keys
                    ),
                    None,
                )
                cid = db.execute(
                    "INSERT INTO conflicts (value_kind, subject, resolution_id, wide)"
                    " VALUES (?, ?, ?, ?)",
                    (c["kind"], c["subject"], resolution, int(wide)),
                ).lastrowid
                members = c["members"]
                db.executemany(
                    "INSERT OR IGNORE INTO conflict_members (conflict_id, item_id, value, direct)"
                    " VALUES (?, ?, ?, ?)",
                    [(cid, iid, value, int(direct)) for iid, value, direct in members if iid > 0],
                )
                db.executemany(
                    "INSERT OR IGNORE INTO conflict_claims (conflict_id, claim_id, value)"
                    " VALUES (?, ?, ?)",
                    [(cid, -iid, value) for iid, value, _ in members if iid < 0],
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
                f" WHERE m.direct AND c.wide = 0 AND m.item_id IN ({marks})",
                chunk,
            ):
                if (iid, kind) in wanted:
                    out.add(cid)
        return out

    def wide_conflicts_holding(
        self, sides: Iterable[int]
    ) -> list[tuple[int, str, str, tuple[tuple[int, str], ...]]]:
        """(id, value kind, subject, sides) of each stored conflict holding a
        figure claim that has any of `sides` (an item's id, a claim's
        negated) on a side, each side as (its id so given, its value)."""
        wanted = set(sides)
        found: set[int] = set()
        for table, column, ids in (
            ("conflict_members", "item_id", sorted(s for s in wanted if s > 0)),
            ("conflict_claims", "claim_id", sorted(-s for s in wanted if s < 0)),
        ):
            for chunk in chunks(ids):
                marks = ",".join("?" * len(chunk))
                found.update(
                    cid
                    for (cid,) in self.db.execute(
                        f"SELECT m.conflict_id FROM {table} m JOIN conflicts c ON c.id = m.conflict_id"
                        f" WHERE c.wide = 1 AND m.{column} IN ({marks})",
                        chunk,
                    )
                )
        out = []
        for cid in sorted(found):
            kind, subject = self.db.execute(
                "SELECT value_kind, subject FROM conflicts WHERE id = ?", (cid,)
            ).fetchone()
            sides_of = self.db.execute(
                "SELECT item_id, value FROM conflict_members WHERE conflict_id = ?"
                " UNION ALL SELECT -claim_id, value FROM conflict_claims WHERE conflict_id = ?",
                (cid, cid),
            ).fetchall()
            out.append((cid, kind, subject, tuple(sorted((s, v) for s, v in sides_of))))
        return out

    def conflict_memberships(self) -> list[tuple[int, int, str, str, bool]]:
        """Every stored (conflict id, item id, value kind, value, direct)."""
        return [
            (r[0], r[1], r[2], r[3], bool(r[4]))
            for r in self.db.execute(
                "SELECT m.conflict_id, m.item_id, c.value_kind, m.value, m.direct"
                " FROM conflict_members m JOIN conflicts c ON c.id = m.conflict_id"
                " WHERE c.wide = 0"
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
            rows = [
                (iid, value)
                for value, _sid, _start, iid in sorted(
                    self.db.execute(
                        "SELECT m.value, i.source_id, i.start, m.item_id FROM conflict_members m"
                        " JOIN items i ON i.id = m.item_id WHERE m.conflict_id = ?"
                        " UNION ALL SELECT m.value, f.source_id, f.start, -m.claim_id"
                        " FROM conflict_claims m JOIN figure_claims f ON f.id = m.claim_id"
                        " WHERE m.conflict_id = ?",
                        (cid, cid),
                    ).fetchall()
                )
            ]
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
        self._earlier_decisions([c for c in out if not c.resolution])
        return out

    def _earlier_decisions(self, unresolved: list[Conflict]) -> None:
        """Give each of the `unresolved` conflicts the decisions made on it
        when it gave other values: of its kind, sharing a claim, made for
        another set of values (`Conflict.earlier`), latest first."""
        if not unresolved:
            return
        decisions = _decision_rows(self.db, detached=True)  # not another conflict's own
        if not decisions:
            return
        keys = self.member_spans(i for c in unresolved for i in c.item_ids)
        for c in unresolved:
            mine = {keys.get(i) for i in c.item_ids}
            values = tuple(sorted(set(c.values)))
            for _rid, kind, vals, members, choice, note in decisions:
                seen = (choice, note, list(vals))
                if kind == c.kind and vals != values and members & mine and seen not in c.earlier:
                    c.earlier.append(seen)

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
                " JOIN items i ON i.id = m.item_id WHERE m.conflict_id = ?"
                ' UNION ALL SELECT m.value, f.source_id, f.start, f."end" FROM conflict_claims m'
                " JOIN figure_claims f ON f.id = m.claim_id WHERE m.conflict_id = ?",
                (conflict_id, conflict_id),
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
