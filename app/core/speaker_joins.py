"""How a new source's speakers join those stored: mixed into `SpeakerStore`.

The library keeps no record of the name each quote was said by, only its
speaker (and the speaker's aliases: every other name joined to it), so where
a join must be taken back, the quotes' sources are read again
(`names_said`) to learn which quotes came under the name being taken back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from app.core.errors import LibraryError
from app.core.speaker_names import is_name
from app.core.store_db import Connection

if TYPE_CHECKING:
    from app.core.model import Source
    from app.core.undo_records import RepairRecord


def names_said(
    source_of: Callable[[int], Source], quotes: Iterable[tuple[int, int, int, int]]
) -> dict[int, str | None]:
    """{item id: the name its quote is said by when its source is read again}
    for `quotes` given as (item id, source id, start, end); a quote no longer
    found at its span has None. Read with the source's one author, as the
    import read it."""
    # Loaded at first use: the quote finder is not loaded before the first frame.
    from app.core.cite_fields import parse_authors
    from app.core.extract.quotes import find_quotes

    by_source: dict[int, list[tuple[int, int, int]]] = {}
    for item_id, source_id, start, end in quotes:
        by_source.setdefault(source_id, []).append((item_id, start, end))
    found: dict[int, str | None] = {}
    for source_id, places in by_source.items():
        source = source_of(source_id)
        authors = parse_authors(source.meta.author)
        author = authors[0].full if len(authors) == 1 else None
        said = {(q.start, q.end): q.speaker for q in find_quotes(source.text, author)}
        found.update({item_id: said.get((start, end)) for item_id, start, end in places})
    return found


def said_as(name: str, alias: str) -> bool:
    """Whether a quote read again as said by `name` came under `alias`: the
    same name, or the same person's after words describing them that an
    older reading kept in the name ("Pres. Ruiz", read now as "Ruiz")."""
    if name == alias:
        return True
    from app.core.speaker_forms import person_part

    return person_part(alias) == name != alias


class SpeakerJoins:
    db: Connection

    def _speaker_id(self, name: str, role: str = "") -> int:
        raise NotImplementedError

    def _speaker_by_part(self, word: str) -> tuple[int] | None:
        raise NotImplementedError

    def _speaker_by_middle(self, name: str) -> tuple[int] | None:
        raise NotImplementedError

    def _speaker_found(self, name: str) -> tuple[int] | None:
        """The one stored speaker a name not stored joins, or None: a lone
        surname or acronym its one full name, a name with or without middle
        names, and (`_speaker_by_form`) a surname of two words or a name with
        a title or description in front."""
        if " " not in name:
            return self._speaker_by_part(name)
        return self._speaker_by_middle(name) or self._speaker_by_form(name)

    def _speaker_by_form(self, name: str) -> tuple[int] | None:
        """The one speaker of the person `name` gives by a surname of two
        words ("Quillam Vesterby": "Dana Quillam Vesterby", never "Kay Ruiz"
        for "Ana Kay Ruiz") or after words describing them ("Pres. Vesk",
        "Pollster Ana Ruiz": the entry of "Vesk" or "Ana Ruiz", or the one
        a name stored so would join)."""
        from app.core.speaker_forms import may_be, person_part, surname_alone

        person = person_part(name)
        if person != name:
            row = self.db.execute("SELECT id FROM speakers WHERE name = ?", (person,)).fetchone()
            if row is None:
                row = self.db.execute(
                    "SELECT speaker_id FROM speaker_aliases WHERE alias = ?", (person,)
                ).fetchone()
            found = tuple(row) if row is not None else self._speaker_found(person)
            if found is None:
                return None
            (full,) = self.db.execute("SELECT name FROM speakers WHERE id = ?", found).fetchone()
            return found if may_be(name, full) else None  # "Mrs. Vesk" is not "Tobin Vesk"
        if surname_alone(name) is None:
            return None
        return self._speaker_by_surname(name)

    def _speaker_by_surname(self, surname: str) -> tuple[int] | None:
        """The one speaker a surname of two or three words stands for: its
        one full name ("Dana Quillam Vesterby"), else the one other entry of
        that surname alone ("Sen. Quillam Vesterby"); None when several fit."""
        from app.core.speaker_forms import full_name_with, surname_of

        found = {
            sid: name
            for sid, name in self.db.execute(
                "SELECT id, name FROM speakers WHERE name LIKE ? AND name != ?",
                ("% " + surname, surname),
            )
            if full_name_with(name, surname) or surname_of(name) == surname
        }
        found = self._one_person(found, surname)
        return (found.pop(),) if len(found) == 1 else None

    @staticmethod
    def _one_person(found: dict[int, str], surname: str) -> set[int]:
        """The speakers of `found` ({id: name}, each ending with `surname`)
        that may be the person a lone `surname` is: a title or description
        with the surname alone ("Pres. Vesk") is that surname too, and counts
        only when no fuller name is stored."""
        if len(found) < 2:
            return set(found)
        from app.core.speaker_forms import surname_of

        fuller = {sid for sid, name in found.items() if surname_of(name) != surname}
        return fuller or set(found)

    def _aliases(self, speaker_id: int) -> set[str]:
        raise NotImplementedError

    def hand_aliases(self, speaker_id: int) -> set[str]:
        raise NotImplementedError

    def source(self, source_id: int) -> Source:
        raise NotImplementedError

    # Quotes an import's joins gave another speaker entry, each with the
    # entry it had, until the grouping run after the import takes them
    # (corroborate/respeaking.py: a short wording's group follows its speaker).
    moved_quotes: dict[int, int] | None = None

    def _note_moved(self, rows: Iterable[tuple[int, int]]) -> None:
        if self.moved_quotes is None:
            self.moved_quotes = {}
        for item_id, speaker_id in rows:
            self.moved_quotes.setdefault(item_id, speaker_id)

    def take_moved_quotes(self) -> dict[int, int]:
        """The quotes an import's joins moved since the last call ({item id:
        the speaker entry it had}), forgotten here."""
        moved, self.moved_quotes = self.moved_quotes or {}, None
        return moved

    def _join_lone_surnames(self, speaker_ids: Iterable[int]) -> None:
        """A lone surname stored before ("Ruiz", "Quillam Vesterby", "Pres.
        Ruiz": from a source that gave no more) joins the full name a later
        source gives ("Ana Ruiz") when that is the one speaker of the
        surname, as it would have joined had the sources come in the other
        order (`_speaker_found`); so does the name with words describing
        the person in front that an older import kept ("Pollster Ana Ruiz")."""
        for full_id in set(speaker_ids):
            row = self.db.execute("SELECT name FROM speakers WHERE id = ?", (full_id,)).fetchone()
            if row is None or " " not in row[0] or not is_name(row[0]):
                continue
            for lone_id in self._lone_forms(full_id, row[0]):
                self._join_into(full_id, lone_id)

    def _lone_forms(self, full_id: int, full: str) -> list[int]:
        """The other speakers whose name is a lone surname, or a title or
        description before a surname or before `full`, that the current
        rules give to speaker `full_id` (named `full`)."""
        from app.core.speaker_forms import may_be, person_part, surname_of

        found = []
        for sid, name in self.db.execute(
            "SELECT id, name FROM speakers WHERE (name LIKE ? OR name = ?) AND id <> ?",
            ("% " + full.split()[-1], full.split()[-1], full_id),
        ):
            surname = surname_of(name)
            if not all(may_be(n, full) for n in (name, *self._aliases(sid))):
                continue
            if surname is None and person_part(name) == full:
                found.append(sid)
            elif surname not in (None, surname_of(full)) and full.endswith(" " + surname):
                if " " in surname:
                    fits = self._speaker_by_surname(surname)
                else:
                    fits = self._speaker_by_part(surname)
                if fits == (full_id,):
                    found.append(sid)
        return found

    def _join_into(self, full_id: int, lone_id: int) -> None:
        """Speaker `lone_id`'s quotes, aliases, name and role go to `full_id`."""
        surname, role = self.db.execute(
            "SELECT name, role FROM speakers WHERE id = ?", (lone_id,)
        ).fetchone()
        self._note_moved(
            self.db.execute(
                "SELECT id, speaker_id FROM items WHERE speaker_id = ? AND kind = 'quote'",
                (lone_id,),
            ).fetchall()
        )
        self.db.execute("UPDATE items SET speaker_id = ? WHERE speaker_id = ?", (full_id, lone_id))
        self.db.execute(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand)"
            " SELECT ?, alias, by_hand FROM speaker_aliases WHERE speaker_id = ?",
            (full_id, lone_id),
        )
        self.db.execute(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
            (full_id, surname),
        )
        self.db.execute("UPDATE speakers SET role = ? WHERE id = ? AND role = ''", (role, full_id))
        self.db.execute("DELETE FROM speakers WHERE id = ?", (lone_id,))

    def _unjoin_surnames(self, speaker_ids: Iterable[int]) -> None:
        """A lone surname joined to the one full name it fitted ("Ruiz",
        "Pres. Ruiz" or "Quillam Vesterby" to "Ana Ruiz" or "Ana Quillam
        Vesterby") was a guess: once a second full name of the surname is
        stored ("Ivo Ruiz"), the quotes said by the surname alone go to an
        entry of their own and the alias is taken off, so later ones stay
        apart too. A quote whose speaker the user chose stays as chosen."""
        from app.core.speaker_forms import full_name_with, surname_of

        for full_id in set(speaker_ids):
            row = self.db.execute("SELECT name FROM speakers WHERE id = ?", (full_id,)).fetchone()
            if row is None or " " not in row[0] or not is_name(row[0]):
                continue
            full = row[0]
            last = full.split()[-1]
            for holder, name, alias in self.db.execute(
                "SELECT sp.id, sp.name, a.alias FROM speakers sp JOIN speaker_aliases a"
                " ON a.speaker_id = sp.id WHERE (a.alias LIKE ? OR a.alias = ?) AND sp.id <> ?",
                ("% " + last, last, full_id),
            ).fetchall():
                surname = surname_of(alias)
                if surname in (None, surname_of(full)) or not is_name(name):
                    continue
                if not name.endswith(" " + surname):
                    continue
                if " " not in surname or full_name_with(full, surname):
                    self.take_back_alias(holder, alias)

    def take_back_alias(self, speaker_id: int, alias: str) -> tuple[int, ...]:
        """Take `alias` off `speaker_id` and give the quotes said by that name
        (their sources read again), other than those whose speaker the user
        chose, to the speaker the name now finds: the one it fits by the
        current rules, or a new one. Returns the quotes moved; nothing is
        done when every quote came under that name, or when the user joined
        the name to the speaker (a merge, a rename): their join stands."""
        if alias in self.hand_aliases(speaker_id):
            return ()
        quotes = self.unchosen_quotes(speaker_id)
        said = names_said(self.source, quotes)
        moved = tuple(item_id for item_id, name in said.items() if name and said_as(name, alias))
        if len(moved) == len(quotes):
            # Every quote came under that name: the user renamed the speaker (the
            # old name kept as an alias), or its quotes are not read again as
            # they were; a join leaves quotes of another name too.
            return ()
        self.db.execute(
            "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?", (speaker_id, alias)
        )
        if moved:
            self._note_moved((i, speaker_id) for i in moved)
            new_id = self._speaker_id(alias)
            self.db.executemany(
                "UPDATE items SET speaker_id = ? WHERE id = ?", [(new_id, i) for i in moved]
            )
        return moved

    # -- Check Speakers (app/core/speaker_repair.py) ---------------------------

    def transaction(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def unchosen_quotes(self, speaker_id: int) -> list[tuple[int, int, int, int]]:
        """(id, source id, start, end) of the speaker's quotes whose speaker
        extraction gave, not the user."""
        return self.db.execute(
            'SELECT id, source_id, start, "end" FROM items WHERE speaker_id = ?'
            " AND kind = 'quote' AND speaker_locked = 0 ORDER BY id",
            (speaker_id,),
        ).fetchall()

    def _is(self, speaker: tuple[int, str]) -> bool:
        row = self.db.execute("SELECT name FROM speakers WHERE id = ?", (speaker[0],)).fetchone()
        return row is not None and row[0] == speaker[1]

    def repair_speakers(
        self,
        joins: Iterable[tuple[tuple[int, str], tuple[int, str]]],
        splits: Iterable[tuple[tuple[int, str], str, Iterable[int]]],
        renames: Iterable[tuple[tuple[int, str], str, str]] = (),
    ) -> RepairRecord:
        """Take each split-off name's quotes out of its speaker (to the
        speaker the name finds now), then join each pair (kept, joined away),
        then give each renamed speaker its name and role (the old name kept
        as an alias; not where a speaker has that name now), in one transaction. Speakers are given as (id, name shown): one
        renamed or merged since, or a quote given another speaker or chosen
        by the user since, is left as it is now."""
        from app.core.undo_records import RepairRecord

        record = RepairRecord()
        with self.transaction() as db:
            for speaker, alias, items in splits:
                if not self._is(speaker) or alias not in self._aliases(speaker[0]):
                    continue
                if alias in self.hand_aliases(speaker[0]):  # merged by hand meanwhile
                    continue
                db.execute(
                    "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                    (speaker[0], alias),
                )
                record.aliases_removed.append((speaker[0], alias))
                known = {r[0] for r in db.execute("SELECT id FROM speakers")}
                joined = set(
                    db.execute(
                        "SELECT speaker_id, alias FROM speaker_aliases WHERE alias = ?", (alias,)
                    )
                )
                target = self._speaker_id(alias)
                if target not in known:
                    record.created.append(target)
                record.aliases_added += sorted(
                    set(
                        db.execute(
                            "SELECT speaker_id, alias FROM speaker_aliases WHERE alias = ?",
                            (alias,),
                        )
                    )
                    - joined
                )
                self._move(record, items, speaker[0], target)
                record.steps += 1
            for keep, merge in joins:
                if not (self._is(keep) and self._is(merge)):
                    continue
                self._join(record, keep[0], merge[0])
                record.steps += 1
            for speaker, name, role in renames:
                if (
                    self._is(speaker)
                    and not db.execute(
                        "SELECT 1 FROM speakers WHERE lower(name) = lower(?)", (name,)
                    ).fetchone()
                ):
                    self._rename(record, speaker, name, role)
        return record

    def _rename(self, record: RepairRecord, speaker: tuple[int, str], name: str, role: str) -> None:
        sid, old = speaker
        self.db.execute("UPDATE speakers SET name = ? WHERE id = ?", (name, sid))
        record.renamed.append((sid, old, name))
        if old not in self._aliases(sid):
            self.db.execute(
                "INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)", (sid, old)
            )
            record.aliases_added.append((sid, old))
        if (
            role
            and self.db.execute(
                "UPDATE speakers SET role = ? WHERE id = ? AND role = ''", (role, sid)
            ).rowcount
        ):
            record.roles.append((sid, "", role))
        record.steps += 1

    def _move(self, record: RepairRecord, items: Iterable[int], from_id: int, to_id: int) -> None:
        for item_id in items:
            if self.db.execute(
                "UPDATE items SET speaker_id = ? WHERE id = ? AND speaker_id = ? AND speaker_locked = 0",
                (to_id, item_id, from_id),
            ).rowcount:
                record.moved.append((item_id, from_id, to_id))

    def _join(self, record: RepairRecord, keep_id: int, merge_id: int) -> None:
        db = self.db
        _id, name, role = db.execute(
            "SELECT id, name, role FROM speakers WHERE id = ?", (merge_id,)
        ).fetchone()
        items = [r[0] for r in db.execute("SELECT id FROM items WHERE speaker_id = ?", (merge_id,))]
        for item_id in items:
            db.execute("UPDATE items SET speaker_id = ? WHERE id = ?", (keep_id, item_id))
            record.moved.append((item_id, merge_id, keep_id))
        had = self._aliases(keep_id)
        hand = self.hand_aliases(merge_id)
        for alias in sorted((self._aliases(merge_id) | {name}) - had):
            db.execute(
                "INSERT INTO speaker_aliases (speaker_id, alias, by_hand) VALUES (?, ?, ?)",
                (keep_id, alias, int(alias in hand)),
            )
            record.aliases_added.append((keep_id, alias))
        record.aliases_removed += [(merge_id, a) for a in sorted(self._aliases(merge_id))]
        record.hand += [(merge_id, a) for a in sorted(hand)]
        (kept_role,) = db.execute("SELECT role FROM speakers WHERE id = ?", (keep_id,)).fetchone()
        if not kept_role and role:
            db.execute("UPDATE speakers SET role = ? WHERE id = ?", (role, keep_id))
            record.roles.append((keep_id, "", role))
        db.execute("DELETE FROM speakers WHERE id = ?", (merge_id,))
        record.removed.append((merge_id, name, role))

    def undo_speaker_repair(self, record: RepairRecord) -> None:
        """Take Check Speakers' changes back: speakers joined away return with
        their ids, names, roles and aliases, and each quote it moved goes back
        unless someone gave it another speaker since (theirs stays)."""
        with self.transaction() as db:
            db.executemany(
                "UPDATE speakers SET name = ? WHERE id = ? AND name = ?",
                [(old, sid, new) for sid, old, new in record.renamed],
            )
            for speaker_id, name, role in record.removed:
                if db.execute("SELECT 1 FROM speakers WHERE name = ?", (name,)).fetchone():
                    raise LibraryError(
                        f"Check Speakers cannot be undone: a speaker named {name!r} was added since"
                    )
                db.execute(
                    "INSERT INTO speakers (id, name, role) VALUES (?, ?, ?)",
                    (speaker_id, name, role),
                )
            db.executemany(
                "UPDATE items SET speaker_id = ? WHERE id = ? AND speaker_id = ?",
                [(from_id, item_id, to_id) for item_id, from_id, to_id in record.moved],
            )
            db.executemany(
                "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                record.aliases_added,
            )
            hand = set(record.hand)
            db.executemany(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand) VALUES (?, ?, ?)",
                [
                    (s, a, int((s, a) in hand))
                    for s, a in record.aliases_removed
                    if s in self._speaker_ids()
                ],
            )
            db.executemany(
                "UPDATE speakers SET role = ? WHERE id = ? AND role = ?",
                [(before, s, after) for s, before, after in record.roles],
            )
            for speaker_id in record.created:
                db.execute(
                    "DELETE FROM speakers WHERE id = ? AND NOT EXISTS"
                    " (SELECT 1 FROM items WHERE speaker_id = ?)",
                    (speaker_id, speaker_id),
                )

    def _speaker_ids(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT id FROM speakers")}
