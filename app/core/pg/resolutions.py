"""Several people's decisions on one conflict, on a team library.

On a library file there is one user, and a new decision on a conflict
replaces the earlier one. On a team library each decision is kept with who
made it (`conflict_resolutions.resolved_by`): a new one replaces only its
maker's own earlier decision, the latest is the conflict's resolution, and
the others are shown beside it (`Conflict.others`), so two people who
resolved a conflict differently each see the other's choice and note.
Which decisions belong to a conflict is decided as regrouping decides it:
same kind of value, same values, a claim in common.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.core.errors import LibraryError
from app.core.model import Conflict
from app.core.store_groups import member_key


class TeamResolutions:
    """Decisions by several people (a mixin of `PgLibrary`, before `Library`)."""

    def _me(self) -> str:
        return self.db.raw.info.user  # type: ignore[attr-defined]

    def decider(self) -> str:
        """This user, whose decisions are their own (see `Library.decider`)."""
        return self._me()

    def _claims(self, item_ids: Iterable[int]) -> dict[int, str]:
        ids = sorted(set(item_ids))
        if not ids:
            return {}
        rows = self.db.execute(  # type: ignore[attr-defined]
            'SELECT id, source_id, start, "end" FROM items WHERE id = ANY(?)', (ids,)
        )
        return {iid: member_key(sid, a, b) for iid, sid, a, b in rows}

    def _decisions(self, conflicts: list[Conflict]) -> dict[int, list[tuple]]:
        """{conflict id: [(id, choice, note, by)]} of the decisions that fit
        each conflict, latest first."""
        claims = self._claims(i for c in conflicts for i in c.item_ids)
        rows = self.db.execute(  # type: ignore[attr-defined]
            "SELECT id, value_kind, value_set, members, choice, note, resolved_by"
            " FROM conflict_resolutions ORDER BY id DESC"
        ).fetchall()
        decisions = [
            (rid, kind, json.loads(values), set(json.loads(members)), choice, note, by)
            for rid, kind, values, members, choice, note, by in rows
        ]
        out: dict[int, list[tuple]] = {}
        for c in conflicts:
            values = sorted(set(c.values))
            keys = {claims.get(i) for i in c.item_ids}
            out[c.id] = [
                (rid, choice, note, by)
                for rid, kind, vals, members, choice, note, by in decisions
                if kind == c.kind and vals == values and members & keys
            ]
        return out

    def _conflict(self, conflict_id: int) -> Conflict:
        found = [c for c in super().conflicts() if c.id == conflict_id]  # type: ignore[misc]
        if not found:
            raise KeyError(f"no conflict {conflict_id}")
        return found[0]

    def conflicts(self, *, unresolved_only: bool = False) -> list[Conflict]:
        """Every conflict, with who resolved it and the others' decisions."""
        out = super().conflicts(unresolved_only=unresolved_only)  # type: ignore[misc]
        decisions = self._decisions(out)
        attached = dict(
            self.db.execute(  # type: ignore[attr-defined]
                "SELECT c.id, r.resolved_by FROM conflicts c"
                " JOIN conflict_resolutions r ON r.id = c.resolution_id"
            ).fetchall()
        )
        for c in out:
            c.resolved_by = attached.get(c.id, "")
            current = (c.resolution, c.note, c.resolved_by)
            c.others = [
                (choice, note, by)
                for _, choice, note, by in decisions[c.id]
                if (choice, note, by) != current
            ]
        return out

    def resolve_conflict(self, conflict_id: int, choice: str, note: str = "") -> None:
        """Record this user's decision; their earlier one on the same conflict
        goes, other people's stay beside it."""
        with self.transaction() as db:  # type: ignore[attr-defined]
            conflict = self._conflict(conflict_id)
            me = self._me()
            for rid, _, _, by in self._decisions([conflict])[conflict_id]:
                if by == me:
                    db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (rid,))
            # Detached, another's decision is not deleted by the library's own method.
            db.execute("UPDATE conflicts SET resolution_id = NULL WHERE id = ?", (conflict_id,))
            super().resolve_conflict(conflict_id, choice, note)  # type: ignore[misc]

    def reopen_conflict(self, conflict_id: int) -> None:
        """Withdraw this user's decision; the latest of the others' (if any)
        becomes the conflict's resolution."""
        with self.transaction() as db:  # type: ignore[attr-defined]
            conflict = self._conflict(conflict_id)
            me = self._me()
            left = None
            for rid, _, _, by in self._decisions([conflict])[conflict_id]:
                if by == me:
                    db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (rid,))
                elif left is None:
                    left = rid
            db.execute("UPDATE conflicts SET resolution_id = ? WHERE id = ?", (left, conflict_id))

    # -- undo: each person takes back only their own decision -----------------

    def resolution_of(self, conflict_id: int):
        """This user's own decision on a conflict (None: they made none); an
        undo puts back their earlier one, never another person's."""
        me = self._me()
        for rid, _, _, by in self._decisions([self._conflict(conflict_id)])[conflict_id]:
            if by == me:
                return self._rows(  # type: ignore[attr-defined]
                    "SELECT * FROM conflict_resolutions WHERE id = ?", (rid,)
                )
        return None

    def swap_resolution(self, remove, put) -> None:
        """Take this user's decision out and put their earlier one back; each
        conflict then shows the latest decision that fits it. A decision of
        theirs changed meanwhile (in another window) is refused in words."""
        with self.transaction() as db:  # type: ignore[attr-defined]
            for rows, gone in ((remove, False), (put, True)):
                if rows is None:
                    continue
                row = tuple(rows.rows[0])
                rid = row[rows.columns.index("id")]
                found = self._resolution_at(rid)  # type: ignore[attr-defined]
                if found != row and not (gone and found is None):
                    raise LibraryError(
                        "the decision on this conflict cannot be undone: it was changed"
                        " since (in another window); the newer decision stays"
                    )
                if not gone:
                    db.execute("DELETE FROM conflict_resolutions WHERE id = ?", (rid,))
                elif found is None:
                    self._insert("conflict_resolutions", rows)  # type: ignore[attr-defined]
            conflicts = super().conflicts()  # type: ignore[misc]
            decisions = self._decisions(conflicts)
            now = dict(db.execute("SELECT id, resolution_id FROM conflicts").fetchall())
            for c in conflicts:
                latest = decisions[c.id][0][0] if decisions[c.id] else None
                if now.get(c.id) != latest:
                    db.execute(
                        "UPDATE conflicts SET resolution_id = ? WHERE id = ?", (latest, c.id)
                    )
