"""How a new source's speakers join those stored: mixed into `SpeakerStore`.

The library keeps no record of the name each quote was said by, only its
speaker (and the speaker's aliases: every other name joined to it), so where
a join must be taken back, the quotes' sources are read again
(`names_said`) to learn which quotes came under the name being taken back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from app.core.speaker_names import is_name
from app.core.store_db import Connection

if TYPE_CHECKING:
    from app.core.model import Source


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


class SpeakerJoins:
    db: Connection

    def _speaker_id(self, name: str, role: str = "") -> int:
        raise NotImplementedError

    def _speaker_by_part(self, word: str) -> tuple[int] | None:
        raise NotImplementedError

    def _aliases(self, speaker_id: int) -> set[str]:
        raise NotImplementedError

    def source(self, source_id: int) -> Source:
        raise NotImplementedError

    def _join_lone_surnames(self, speaker_ids: Iterable[int]) -> None:
        """A lone surname stored before ("Ruiz", from a source that gave no
        more) joins the full name a later source gives ("Ana Ruiz") when that
        is the one speaker of the surname, as it would have joined had the
        sources come in the other order (`_speaker_by_part`)."""
        for full_id in set(speaker_ids):
            row = self.db.execute("SELECT name FROM speakers WHERE id = ?", (full_id,)).fetchone()
            if row is None or " " not in row[0] or not is_name(row[0]):
                continue
            surname = row[0].split()[-1]
            lone = self.db.execute(
                "SELECT id, role FROM speakers WHERE name = ?", (surname,)
            ).fetchone()
            if lone is None or self._speaker_by_part(surname) != (full_id,):
                continue
            lone_id, role = lone
            self.db.execute(
                "UPDATE items SET speaker_id = ? WHERE speaker_id = ?", (full_id, lone_id)
            )
            self.db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias)"
                " SELECT ?, alias FROM speaker_aliases WHERE speaker_id = ?",
                (full_id, lone_id),
            )
            self.db.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                (full_id, surname),
            )
            self.db.execute(
                "UPDATE speakers SET role = ? WHERE id = ? AND role = ''", (role, full_id)
            )
            self.db.execute("DELETE FROM speakers WHERE id = ?", (lone_id,))

    def _unjoin_surnames(self, speaker_ids: Iterable[int]) -> None:
        """A lone surname joined to the one full name it fitted ("Ruiz" to
        "Ana Ruiz") was a guess: once a second full name of the surname is
        stored ("Ivo Ruiz"), the quotes said by the surname alone go to an
        entry of their own and the alias is taken off, so later ones stay
        apart too. A quote whose speaker the user chose stays as chosen."""
        for full_id in set(speaker_ids):
            row = self.db.execute("SELECT name FROM speakers WHERE id = ?", (full_id,)).fetchone()
            if row is None or " " not in row[0] or not is_name(row[0]):
                continue
            surname = row[0].split()[-1]
            holders = [
                sid
                for sid, name in self.db.execute(
                    "SELECT sp.id, sp.name FROM speakers sp JOIN speaker_aliases a"
                    " ON a.speaker_id = sp.id WHERE a.alias = ? AND sp.id <> ?",
                    (surname, full_id),
                )
                if name.split()[-1] == surname and is_name(name)
            ]
            for holder in holders:
                self.take_back_alias(holder, surname)

    def take_back_alias(self, speaker_id: int, alias: str) -> tuple[int, ...]:
        """Take `alias` off `speaker_id` and give the quotes said by that name
        (their sources read again), other than those whose speaker the user
        chose, to the speaker the name now finds: the one it fits by the
        current rules, or a new one. Returns the quotes moved; nothing is
        done when every quote came under that name."""
        quotes = self.db.execute(
            'SELECT id, source_id, start, "end" FROM items WHERE speaker_id = ?'
            " AND kind = 'quote' AND speaker_locked = 0 ORDER BY id",
            (speaker_id,),
        ).fetchall()
        said = names_said(self.source, quotes)
        moved = tuple(item_id for item_id, name in said.items() if name == alias)
        if len(moved) == len(quotes):
            # Every quote came under that name: the user renamed the speaker (the
            # old name kept as an alias), or its quotes are not read again as
            # they were; a join leaves quotes of another name too.
            return ()
        self.db.execute(
            "DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?", (speaker_id, alias)
        )
        if moved:
            new_id = self._speaker_id(alias)
            self.db.executemany(
                "UPDATE items SET speaker_id = ? WHERE id = ?", [(new_id, i) for i in moved]
            )
        return moved
