"""Speakers, their aliases, and the user's tags: mixed into `Library`.

`SpeakerStore` needs only the library's `db` connection, `transaction()` and
`_fresh_ids()` (a new speaker's id: one no speaker ever had).
A speaker is found by name or alias; a bare surname (or acronym) joins the one
speaker it fits, never one of several.

Every edit returns what it changed, and a matching method takes it back
(`undo_rename`, `unmerge_speakers`, `undo_item_speaker`): a merge, too, can be
reversed exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from app.core.errors import LibraryError
from app.core.model import Speaker
from app.core.speaker_joins import SpeakerJoins
from app.core.speaker_names import is_name, without_middle
from app.core.store_db import Connection

if TYPE_CHECKING:  # loaded with the first edit (app/core/undo_records.py)
    from app.core.undo_records import SpeakerChoice, SpeakerMerge, SpeakerRename


def same_speaker(db: Connection, speaker_id: int, name: str) -> bool:
    """Whether speaker `speaker_id` is still the one an undo knew as `name`
    (its name, or an alias: a rename keeps the old name as one). A library
    file gives the id of a speaker merged away to the next new speaker, so
    an id alone may now name someone else."""
    return (
        db.execute(
            "SELECT 1 FROM speakers WHERE id = ? AND name = ?"
            " UNION SELECT 1 FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
            (speaker_id, name, speaker_id, name),
        ).fetchone()
        is not None
    )


def _other_than(db: Connection, speaker_id: int | None, seen: str) -> bool:
    """Whether a quote's speaker is not the one the user was shown (`seen`,
    "" for none): someone gave it another meanwhile."""
    if not seen:
        return speaker_id is not None
    return speaker_id is None or not same_speaker(db, speaker_id, seen)


class SpeakerStore(SpeakerJoins):
    db: Connection

    def transaction(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _speaker_id(self, name: str, role: str = "") -> int:
        """The id of the speaker with this name or alias, created if new."""
        row = self.db.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT speaker_id FROM speaker_aliases WHERE alias = ?", (name,)
            ).fetchone()
        if row is None:
            row = self._speaker_found(name)
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
            "INSERT INTO speakers (id, name, role) VALUES (?, ?, ?)",
            (self._fresh_ids()[2], name, role),
        ).lastrowid

    def _speaker_by_part(self, word: str) -> tuple[int] | None:
        """The one speaker a lone surname ("Quillon") or acronym ("VWB")
        can stand for across sources; None when no speaker or several fit, so
        two people sharing a surname are never merged. A lower-case word is a
        description ("woman", "group"), never the surname of a longer one
        ("X's right-hand woman", "rights group")."""
        if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
            return None
        low = word.lower()
        found = {
            sid: full
            for sid, full in self.db.execute(
                "SELECT id, name FROM speakers WHERE name LIKE ? AND name != ?",
                ("% " + low, word),
            )
            if full.split()[-1].lower() == low and is_name(full)
        }
        found = self._one_person(found, word)
        if word.isupper() and 2 <= len(word) <= 8:
            for sid, full in self.db.execute(
                "SELECT id, name FROM speakers WHERE name LIKE ? AND name LIKE '% %'",
                (word[0] + "%",),
            ):
                initials = "".join(w[0] for w in full.split() if w[0].isupper())
                if initials == word:
                    found.add(sid)
        return (found.pop(),) if len(found) == 1 else None

    def _speaker_by_middle(self, name: str) -> tuple[int] | None:
        """The one speaker `name` names with or without middle names or
        initials ("Ana K. Ruiz", "Ana Maria Ruiz" and "Ana Ruiz"); None when
        none or several fit, or when the two give different middles ("Ana K.
        Ruiz", "Ana M. Ruiz")."""
        words = name.split()
        bare = without_middle(name)
        found = set()
        for sid, full in self.db.execute(
            "SELECT id, name FROM speakers WHERE name LIKE ? AND name LIKE ?",
            (words[0] + " %", "% " + words[-1]),
        ):
            if without_middle(full) != bare or bare not in (name, full):
                continue
            forms = {n for n in (name, full, *self._aliases(sid)) if without_middle(n) == bare}
            if len(forms - {bare}) <= 1:  # one middle at most: one person
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

    def speaker_names(self) -> list[tuple[int, str]]:
        """Every speaker's (id, name), for a dialog's choices: no quotes
        counted, as `speakers` counts them (0.24 s at 300,000 items)."""
        return [tuple(row) for row in self.db.execute("SELECT id, name FROM speakers ORDER BY id")]

    def speaker_rows(self) -> list[tuple[Speaker, int, int | None]]:
        """The Speakers list: (speaker, number of quotes, source id), most
        quoted first. A named speaker is one row across sources (source None);
        a speaker whose name describes someone ("spokeswoman", "officials",
        "the report") is a row per source it is quoted in, with that source:
        the same words in two sources are seldom one speaker. A speaker with
        no quote left (their sources deleted, an import or a paste undone)
        is no row: the library keeps them, so that the undo of that puts
        the quotes back under the same speaker, role and aliases."""
        quoted = [(speaker, count) for speaker, count in self.speakers() if count]
        described = {speaker.id for speaker, _ in quoted if not is_name(speaker.name)}
        per_source = self._quotes_per_source(
            described,
            2 * sum(n for s, n in quoted if s.id in described) > sum(n for _, n in quoted),
        )
        rows: list[tuple[Speaker, int, int | None]] = []
        for speaker, count in quoted:
            if speaker.id in described:
                rows += [(speaker, n, source_id) for source_id, n in per_source[speaker.id].items()]
            else:
                rows.append((speaker, count, None))
        rows.sort(key=lambda row: (-row[1], row[0].name, row[2] or 0))
        return rows

    def _quotes_per_source(self, speaker_ids: set[int], most: bool) -> dict[int, dict[int, int]]:
        """speaker id -> source id -> their quotes there, for `speaker_ids`.
        Read through the speakers' index, or, when they say `most` quotes, in
        one pass over every quote (a big library's tens of thousands of named
        people need no count per source: reading theirs took most of the time)."""
        per_source: dict[int, dict[int, int]] = {sid: {} for sid in speaker_ids}
        if most:
            found = self.db.execute(
                "SELECT speaker_id, source_id, count(*) FROM items"
                " WHERE speaker_id IS NOT NULL GROUP BY source_id, speaker_id"
            ).fetchall()
        else:
            ids, found = sorted(speaker_ids), []
            for at in range(0, len(ids), 500):  # well under any backend's parameter limit
                chunk = ids[at : at + 500]
                found += self.db.execute(
                    "SELECT speaker_id, source_id, count(*) FROM items"
                    f" WHERE speaker_id IN ({', '.join('?' * len(chunk))})"
                    " GROUP BY speaker_id, source_id",
                    chunk,
                ).fetchall()
        for speaker_id, source_id, count in found:
            if speaker_id in per_source:
                per_source[speaker_id][source_id] = count
        return per_source

    def speakers_named(self, typed: str) -> tuple[list[Speaker], list[Speaker]]:
        """(the speakers `typed` is the name or an alias of, those whose name
        or alias contains it), read as the Speakers tab reads a search: case,
        accents and apostrophe forms do not matter ("Brask" finds "Ilsa
        Brásk" too; a renamed speaker's old name finds them)."""
        from app.core.search_query import fold  # the search rules load with the first search

        wanted = fold(typed.strip())
        known = [(s, [fold(n) for n in (s.name, *s.aliases)]) for s, _ in self.speakers()]
        exact = [s for s, names in known if wanted in names]
        return exact, [s for s, names in known if any(wanted in n for n in names)]

    def _aliases(self, speaker_id: int) -> set[str]:
        return {
            r[0]
            for r in self.db.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (speaker_id,)
            )
        }

    def hand_aliases(self, speaker_id: int) -> set[str]:
        """The speaker's aliases the user joined to it (a name merged into it,
        its name before a rename), not an import: never taken apart by a rule."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND by_hand = 1",
                (speaker_id,),
            )
        }

    def rename_speaker(
        self, speaker_id: int, new_name: str, seen: str | None = None
    ) -> SpeakerRename:
        """Give a speaker a new name; the old one stays as an alias. With
        `seen` (the name the user was shown), a speaker whose id now names
        someone else (merged away meanwhile, the id given again) is refused."""
        from app.core.undo_records import SpeakerRename

        with self.transaction() as db:
            row = db.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
            if row is None or (seen is not None and row[0] != seen):
                raise LibraryError(f"no speaker {seen or speaker_id} (merged or renamed meanwhile)")
            (old,) = row
            # In any case: "tor brask" beside Tor Brask is the same person, two speakers.
            wanted = new_name.casefold()
            clash = next(
                (
                    name
                    for other, name in db.execute("SELECT id, name FROM speakers")
                    if other != speaker_id and name.casefold() == wanted
                ),
                None,
            )
            if clash is not None:
                raise LibraryError(f"a speaker named {clash!r} exists already: merge instead")
            had_alias = old in self._aliases(speaker_id)
            db.execute("UPDATE speakers SET name = ? WHERE id = ?", (new_name, speaker_id))
            db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand) VALUES (?, ?, 1)",
                (speaker_id, old),
            )
        return SpeakerRename(speaker_id, old, new_name, not had_alias)

    def undo_rename(self, rename: SpeakerRename) -> None:
        with self.transaction() as db:
            if not same_speaker(db, rename.speaker_id, rename.new_name):
                raise LibraryError(
                    f"the rename of {rename.new_name!r} cannot be undone: that speaker"
                    " was merged into another since"
                )
            (now,) = db.execute(
                "SELECT name FROM speakers WHERE id = ?", (rename.speaker_id,)
            ).fetchone()
            if now != rename.new_name:  # renamed again by another window or user
                raise LibraryError(
                    f"the rename of {rename.old_name!r} cannot be undone: the speaker"
                    f" was renamed {now!r} since"
                )
            db.execute(
                "UPDATE speakers SET name = ? WHERE id = ?", (rename.old_name, rename.speaker_id)
            )
            if rename.alias_added:
                db.execute(
                    "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                    (rename.speaker_id, rename.old_name),
                )

    def merge_speakers(
        self, keep_id: int, merge_id: int, seen: tuple[str, str] | None = None
    ) -> SpeakerMerge | None:
        """Fold speaker `merge_id` into `keep_id`: quotes, aliases and name.
        Returns what `unmerge_speakers` needs (None when they are the same).
        With `seen` (the names the user was shown, kept and merged), a
        speaker whose id now names someone else is refused."""
        from app.core.undo_records import SpeakerMerge

        if keep_id == merge_id:
            return None
        with self.transaction() as db:
            row = db.execute("SELECT id, name, role FROM speakers WHERE id = ?", (merge_id,))
            merged = row.fetchone()
            kept = db.execute("SELECT id, name FROM speakers WHERE id = ?", (keep_id,)).fetchone()
            names = seen or (None, None)
            for speaker_id, found, name in (
                (merge_id, merged, names[1]),
                (keep_id, kept, names[0]),
            ):
                if found is None or (name is not None and found[1] != name):
                    raise LibraryError(
                        f"no speaker {name or speaker_id} (merged or renamed meanwhile)"
                    )
            moved = tuple(
                r[0] for r in db.execute("SELECT id FROM items WHERE speaker_id = ?", (merge_id,))
            )
            their_aliases = self._aliases(merge_id)
            their_hand = self.hand_aliases(merge_id)
            before = self._aliases(keep_id)
            db.execute("UPDATE items SET speaker_id = ? WHERE speaker_id = ?", (keep_id, merge_id))
            db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand)"
                " SELECT ?, alias, by_hand FROM speaker_aliases WHERE speaker_id = ?",
                (keep_id, merge_id),
            )
            # The merged name is the user's join; its own aliases keep their mark.
            db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand) VALUES (?, ?, 1)",
                (keep_id, merged[1]),
            )
            db.execute("DELETE FROM speakers WHERE id = ?", (merge_id,))
            added = self._aliases(keep_id) - before
            (mark,) = db.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()
        return SpeakerMerge(
            keep_id,
            tuple(merged),
            tuple(sorted(their_aliases)),
            moved,
            tuple(sorted(added)),
            mark,
            tuple(sorted(their_hand)),
        )

    def quotes_given_since(
        self, speaker_id: int, item_mark: int
    ) -> list[tuple[int, int, int, int]]:
        """(id, source id, start, end) of the quotes added after `item_mark`
        that extraction (not the user) gave to `speaker_id`."""
        return self.db.execute(
            'SELECT id, source_id, start, "end" FROM items WHERE speaker_id = ? AND id > ?'
            " AND kind = 'quote' AND speaker_locked = 0 ORDER BY id",
            (speaker_id, item_mark),
        ).fetchall()

    def unmerge_speakers(self, merge: SpeakerMerge, since: Iterable[int] = ()) -> None:
        """Take a merge back: the merged speaker returns with its id, name,
        role, aliases and quotes; the kept one loses what it gained. `since`:
        quotes added after the merge under the merged one's name, which go
        back with it too."""
        with self.transaction() as db:
            taken = db.execute("SELECT 1 FROM speakers WHERE id = ?", (merge.merged[0],))
            if taken.fetchone() is not None:
                raise LibraryError(
                    f"the merge of {merge.merged[1]!r} cannot be undone: a speaker added"
                    " since holds its place in the library"
                )
            db.execute("INSERT INTO speakers (id, name, role) VALUES (?, ?, ?)", merge.merged)
            db.executemany(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand) VALUES (?, ?, ?)",
                [(merge.merged[0], a, int(a in merge.hand_aliases)) for a in merge.merged_aliases],
            )
            db.executemany(
                "UPDATE items SET speaker_id = ? WHERE id = ? AND speaker_id = ?",
                [(merge.merged[0], i, merge.keep_id) for i in (*merge.moved_items, *since)],
            )
            db.executemany(
                "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                [(merge.keep_id, a) for a in merge.aliases_added],
            )

    def set_item_speaker(
        self, item_id: int, speaker_name: str | None, seen: str | None = None
    ) -> SpeakerChoice:
        """The user's decision on who said a quote; re-extraction keeps it.
        With `seen` (the speaker the user was shown, "" for none), a quote
        someone else gave another speaker meanwhile is refused in words:
        their choice is not overwritten unseen (a rename since is no change)."""
        from app.core.undo_records import SpeakerChoice

        with self.transaction() as db:
            row = db.execute(
                "SELECT i.speaker_id, i.speaker_locked, sp.name FROM items i"
                " LEFT JOIN speakers sp ON sp.id = i.speaker_id WHERE i.id = ?",
                (item_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"no item {item_id} (deleted meanwhile)")
            if (
                seen is not None
                and _other_than(db, row[0], seen)
                and (row[2] or None) != speaker_name
            ):
                raise LibraryError(
                    f"the quote was given to {row[2] or 'no speaker'} meanwhile (by another"
                    f" window or user), not {seen or 'no speaker'} as shown: nothing was changed"
                )
            aliases = "SELECT speaker_id, alias FROM speaker_aliases WHERE alias = ?"
            before_aliases = set(db.execute(aliases, (speaker_name,))) if speaker_name else set()
            known = {r[0] for r in db.execute("SELECT id FROM speakers")}
            speaker_id = self._speaker_id(speaker_name) if speaker_name else None
            added = (
                set(db.execute(aliases, (speaker_name,))) - before_aliases
                if speaker_name
                else set()
            )
            db.execute(
                "UPDATE items SET speaker_id = ?, speaker_locked = 1 WHERE id = ?",
                (speaker_id, item_id),
            )
        created = speaker_id if speaker_id is not None and speaker_id not in known else None
        return SpeakerChoice(
            item_id, row[0], bool(row[1]), created, tuple(sorted(added)), row[2], speaker_id
        )

    def undo_item_speaker(self, choice: SpeakerChoice) -> None:
        """Take a speaker choice back; refused in words when someone else
        (another window, a colleague on a team library) has changed who said
        the quote since: their choice stays."""
        with self.transaction() as db:
            now = db.execute(
                "SELECT i.speaker_id, sp.name FROM items i"
                " LEFT JOIN speakers sp ON sp.id = i.speaker_id WHERE i.id = ?",
                (choice.item_id,),
            ).fetchone()
            if now is None:
                raise LibraryError(f"no item {choice.item_id} (deleted meanwhile)")
            if now[0] != choice.new_speaker_id:
                raise LibraryError(
                    "the speaker choice cannot be undone: the quote was given to"
                    f" {now[1] or 'no speaker'} since (by another window or user)"
                )
            old = choice.old_speaker_id
            if old is not None and not same_speaker(db, old, choice.old_speaker_name or ""):
                old = None  # merged away since: unattributed, never someone else's
            db.execute(
                "UPDATE items SET speaker_id = ?, speaker_locked = ? WHERE id = ?",
                (old, int(choice.old_locked), choice.item_id),
            )
            db.executemany(
                "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                choice.aliases_added,
            )
            if choice.created_speaker is not None:
                db.execute(
                    "DELETE FROM speakers WHERE id = ? AND NOT EXISTS"
                    " (SELECT 1 FROM items WHERE speaker_id = ?)",
                    (choice.created_speaker, choice.created_speaker),
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

    def set_item_tags(
        self, item_id: int, tags: Iterable[str], seen: Iterable[str] | None = None
    ) -> list[str]:
        """Replace an item's tags; returns the tags it had (for an undo).

        With `seen` (the tags the user was shown), only the user's change is
        made: tags they added are added and tags they removed are removed,
        and a tag someone else gave the item meanwhile stays."""
        clean = sorted({t.strip() for t in tags if t.strip()})
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
                raise LibraryError(f"no item {item_id} (deleted meanwhile)")
            old = self.item_tags(item_id)
            if seen is not None:
                shown = {t.strip() for t in seen if t.strip()}
                clean = sorted((set(old) - (shown - set(clean))) | (set(clean) - shown))
            db.execute("DELETE FROM tags WHERE item_id = ?", (item_id,))
            db.executemany(
                "INSERT INTO tags (item_id, tag) VALUES (?, ?)", [(item_id, t) for t in clean]
            )
        return old

    def all_tags(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]
