"""Speakers, their aliases, and the user's tags: mixed into `Library`.

`SpeakerStore` needs only the library's `db` connection and `transaction()`.
A speaker is found by name or alias; a bare surname (or acronym) joins the one
speaker it fits, never one of several.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager

from app.core.errors import LibraryError
from app.core.model import Speaker


class SpeakerStore:
    db: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _speaker_id(self, name: str, role: str = "") -> int:
        """The id of the speaker with this name or alias, created if new."""
        row = self.db.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT speaker_id FROM speaker_aliases WHERE alias = ?", (name,)
            ).fetchone()
        if row is None and " " not in name:
            row = self._speaker_by_part(name)
            if row is not None:
                self.db.execute(
                    "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                    (row[0], name),
                )
        if row is not None:
            if role:
                self.db.execute(
                    "UPDATE speakers SET role = ? WHERE id = ? AND role = ''", (role, row[0])
                )
            return row[0]
        return self.db.execute(
            "INSERT INTO speakers (name, role) VALUES (?, ?)", (name, role)
        ).lastrowid

    def _speaker_by_part(self, word: str) -> tuple[int] | None:
        """The one speaker a lone surname ("Blumenfield") or acronym ("HBF")
        can stand for across sources; None when no speaker or several fit, so
        two people sharing a surname are never merged."""
        if not word.replace("-", "").replace("'", "").isalpha():
            return None
        low = word.lower()
        found = {
            sid
            for sid, full in self.db.execute(
                "SELECT id, name FROM speakers WHERE name LIKE ? AND name != ?",
                ("% " + low, word),
            )
            if full.split()[-1].lower() == low
        }
        if word.isupper() and 2 <= len(word) <= 8:
            for sid, full in self.db.execute(
                "SELECT id, name FROM speakers WHERE name LIKE ? AND name LIKE '% %'",
                (word[0] + "%",),
            ):
                initials = "".join(w[0] for w in full.split() if w[0].isupper())
                if initials == word:
                    found.add(sid)
        return (found.pop(),) if len(found) == 1 else None

    def speakers(self) -> list[tuple[Speaker, int]]:
        """Every speaker with the number of their quotes, most quoted first."""
        rows = self.db.execute(
            "SELECT sp.id, sp.name, sp.role, count(i.id) FROM speakers sp"
            " LEFT JOIN items i ON i.speaker_id = sp.id GROUP BY sp.id"
            " ORDER BY count(i.id) DESC, sp.name"
        ).fetchall()
        aliases: dict[int, list[str]] = {}
        for sid, alias in self.db.execute("SELECT speaker_id, alias FROM speaker_aliases"):
            aliases.setdefault(sid, []).append(alias)
        return [(Speaker(r[0], r[1], r[2], sorted(aliases.get(r[0], []))), r[3]) for r in rows]

    def rename_speaker(self, speaker_id: int, new_name: str) -> None:
        """Give a speaker a new name; the old one stays as an alias."""
        with self.transaction() as db:
            (old,) = db.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
            clash = db.execute(
                "SELECT id FROM speakers WHERE name = ? AND id != ?", (new_name, speaker_id)
            ).fetchone()
            if clash:
                raise LibraryError(f"a speaker named {new_name!r} exists already: merge instead")
            db.execute("UPDATE speakers SET name = ? WHERE id = ?", (new_name, speaker_id))
            db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                (speaker_id, old),
            )

    def merge_speakers(self, keep_id: int, merge_id: int) -> None:
        """Fold speaker `merge_id` into `keep_id`: quotes, aliases and name."""
        if keep_id == merge_id:
            return
        with self.transaction() as db:
            (name,) = db.execute("SELECT name FROM speakers WHERE id = ?", (merge_id,)).fetchone()
            db.execute("UPDATE items SET speaker_id = ? WHERE speaker_id = ?", (keep_id, merge_id))
            db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias)"
                " SELECT ?, alias FROM speaker_aliases WHERE speaker_id = ?",
                (keep_id, merge_id),
            )
            db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                (keep_id, name),
            )
            db.execute("DELETE FROM speakers WHERE id = ?", (merge_id,))

    def set_item_speaker(self, item_id: int, speaker_name: str | None) -> None:
        """The user's decision on who said a quote; re-extraction keeps it."""
        with self.transaction() as db:
            speaker_id = self._speaker_id(speaker_name) if speaker_name else None
            db.execute(
                "UPDATE items SET speaker_id = ?, speaker_locked = 1 WHERE id = ?",
                (speaker_id, item_id),
            )

    # -- tags -----------------------------------------------------------------
    def item_tags(self, item_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT tag FROM tags WHERE item_id = ? ORDER BY tag", (item_id,)
            )
        ]

    def tags_of(self, item_ids: Iterable[int]) -> dict[int, list[str]]:
        """The tags of many items at once (items without tags are left out)."""
        ids = list(item_ids)
        out: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):  # SQLite limits bound parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for item_id, tag in self.db.execute(
                f"SELECT item_id, tag FROM tags WHERE item_id IN ({marks}) ORDER BY tag", chunk
            ):
                out.setdefault(item_id, []).append(tag)
        return out

    def set_item_tags(self, item_id: int, tags: Iterable[str]) -> None:
        clean = sorted({t.strip() for t in tags if t.strip()})
        with self.transaction() as db:
            db.execute("DELETE FROM tags WHERE item_id = ?", (item_id,))
            db.executemany(
                "INSERT INTO tags (item_id, tag) VALUES (?, ?)", [(item_id, t) for t in clean]
            )

    def all_tags(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]
