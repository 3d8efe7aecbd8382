"""A source's facts found again, and the mark that a memo cites an item:
mixed into `Library`.

A new date finds a source's facts again (app/core/fact_refresh.py), and a
fact no longer offered goes, unless it is the user's. An item a memo cites
is the user's wherever the memo is: every memo opened, saved or added to
with the library, exported against it (`main.py export`) or named in
`team sync --memo` marks the items it cites (`items.in_memo`, schema 11;
app/core/brief_sources.py `mark_cited` decides which), so a memo saved and
closed, or another memo file, keeps what it cites whichever path brings
the date (Source Properties, Sync, a CSL-JSON import). The mark is never
cleared: a once-cited fact stays, cited in the source's own words.

`FactStore` needs the library's `db`, `transaction()`, `source()` and
`_insert_items()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager

from app.core.model import NewItem, Source
from app.core.store_db import Connection

# Where a memo's block cites: (source id, kind, start, end).
Place = tuple[int, str, int, int]


class FactStore:
    """Facts found again for a new date, and the marks of cited items (a mixin)."""

    db: Connection

    def transaction(self) -> AbstractContextManager[Connection]:  # pragma: no cover
        raise NotImplementedError

    def source(self, source_id: int) -> Source:  # pragma: no cover
        raise NotImplementedError

    def _insert_items(
        self, source_id: int, text: str, items: Iterable[NewItem]
    ) -> bool:  # pragma: no cover
        raise NotImplementedError

    def mark_in_memo(self, places: Iterable[Place]) -> int:
        """Mark the items at `places` as cited by a memo; returns how many were
        not marked yet. Only those are written, so a memo opened again (or a
        library a user may not change) writes nothing when all are marked."""
        by_source: dict[int, set[tuple[str, int, int]]] = {}
        for source_id, kind, start, end in places:
            by_source.setdefault(source_id, set()).add((kind, start, end))
        ids: list[int] = []
        for source_id, wanted in sorted(by_source.items()):
            ids += [
                item_id
                for item_id, kind, start, end in self.db.execute(
                    'SELECT id, kind, start, "end" FROM items WHERE source_id = ? AND in_memo = 0',
                    (source_id,),
                )
                if (kind, start, end) in wanted
            ]
        if ids:
            with self.transaction() as db:
                db.executemany("UPDATE items SET in_memo = 1 WHERE id = ?", [(i,) for i in ids])
        return len(ids)

    def cited_in_memos(self, source_id: int) -> int:
        """How many of a source's items a memo cites (`in_memo`): any memo,
        saved or open, here or, on a team library, a colleague's."""
        return self.db.execute(
            "SELECT count(*) FROM items WHERE source_id = ? AND in_memo = 1", (source_id,)
        ).fetchone()[0]

    def refresh_facts(
        self, source_id: int, facts: Iterable[NewItem], keep: Iterable[int] = ()
    ) -> bool:
        """Put a source's facts as found again (for a new date): a fact at the
        same span keeps its id, tags and groups and takes the new cited form;
        new ones are added; one no longer found goes, unless it is the user's
        (clipped by hand, tagged, marked as cited by a memo (`in_memo`), or in
        `keep`: the ids the open memo cites): then it stays, cited in the
        source's own words. A deleted fact's id is never
        given out again (`_fresh_ids`). True when anything changed."""
        text = self.source(source_id).text
        with self.transaction() as db:
            old = {
                (start, end): (item_id, cited)
                for item_id, start, end, cited in db.execute(
                    'SELECT id, start, "end", cited FROM items'
                    " WHERE source_id = ? AND kind = 'fact'",
                    (source_id,),
                )
            }
            users = {
                r[0]
                for r in db.execute(
                    "SELECT t.item_id FROM tags t JOIN items i ON i.id = t.item_id"
                    " WHERE i.source_id = ?"
                    " UNION SELECT id FROM items WHERE source_id = ?"
                    " AND (speaker_locked = 1 OR in_memo = 1)",
                    (source_id, source_id),
                )
            }
            users.update(keep)
            changed, new, found = False, [], set()
            for fact in facts:
                span = (fact.start, fact.end)
                found.add(span)
                if span not in old:
                    new.append(fact)
                elif old[span][1] != fact.cited:
                    db.execute(
                        "UPDATE items SET cited = ? WHERE id = ?", (fact.cited, old[span][0])
                    )
                    changed = True
            changed |= self._insert_items(source_id, text, new)
            for span, (old_id, cited) in old.items():
                if span in found:
                    continue
                if old_id in users:
                    if cited is not None:
                        db.execute("UPDATE items SET cited = NULL WHERE id = ?", (old_id,))
                        changed = True
                else:
                    db.execute("DELETE FROM items WHERE id = ?", (old_id,))
                    changed = True
        return changed
