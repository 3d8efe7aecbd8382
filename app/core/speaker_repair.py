"""Check Speakers: the current rules for joining speakers across sources,
applied again to a library built before them (the Speakers tab's Check Speakers…).

A library keeps the joins its imports made. Imports made before the rules
of 2026-11-30 joined a lone lower-case word to a description ending in it
("woman" to "Ana Ruiz's right-hand woman") and a surname to a pair of names,
and kept one person apart under two entries: with and without a middle
initial or name, a surname stored before its full name; and imports made
before extraction cut off the words describing a person ("Pollster Ana
Ruiz", "Pres. Vesk") or completed a surname of two words kept entries of
those (joined to the person's entry, or named by the name alone, the words
their role: `speaker_forms`). `check_speakers`
finds both in a library and says what it would change; `repair_speakers`
makes the change as one undoable edit.

What stays as the user made it: a quote whose speaker the user chose
(Change Speaker, a clip) never moves, and a name the user joined to a
speaker (a merge, a rename's old name: `speaker_aliases.by_hand`, schema 13)
is never taken apart. A library upgraded from before schema 13 counts every
join as an import's, so there a join is still only taken back where the
speaker's quotes, read again, come under both names (a rename's quotes all
came under the old one); the user sees each change before it is made, and
Undo takes it back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.library_edits import Edit, speakers_changed
from app.core.pg.address import is_team_location
from app.core.short_text import plural
from app.core.speaker_forms import describing, may_be, person_part, surname_of
from app.core.speaker_joins import names_said, said_as
from app.core.speaker_names import is_name, without_middle
from app.core.speaker_refresh import respeak
from app.core.store import Library

if TYPE_CHECKING:
    from app.core.model import Speaker
    from app.core.undo_records import RepairRecord


@dataclass(frozen=True)
class Join:
    """One person under two entries: `merge` joins `keep` (names as shown)."""

    keep: tuple[int, str]
    merge: tuple[int, str]
    quotes: int


@dataclass(frozen=True)
class Split:
    """A name joined to a speaker it is not: its quotes (`items`) leave
    `speaker` for the entry the name finds now, and the alias goes."""

    speaker: tuple[int, str]
    alias: str
    items: tuple[int, ...]


@dataclass(frozen=True)
class Rename:
    """An entry an older import named with words describing the person in
    front ("Pollster Ana Ruiz"), no entry of the name alone beside it: named
    `name` ("Ana Ruiz"), the words its `role` when it has none."""

    speaker: tuple[int, str]
    name: str
    role: str
    quotes: int


@dataclass(frozen=True)
class SpeakerCheck:
    joins: tuple[Join, ...] = ()
    splits: tuple[Split, ...] = ()
    # Splits not offered in a copy taken offline: Sync sends a merge up, not
    # quotes moved to another speaker, and the copy takes the team's back.
    left_to_team: int = 0
    renames: tuple[Rename, ...] = ()

    def __bool__(self) -> bool:
        """Whether there is anything to change here."""
        return bool(self.changes)

    @property
    def changes(self) -> int:
        """How many changes there are: a line each in `lines`."""
        return len(self.joins) + len(self.splits) + len(self.renames)

    def only(self, chosen: set[int]) -> SpeakerCheck:
        """The changes whose lines (numbered as `lines` lists them: the
        splits, the joins, then the renames) are in `chosen`: those the user
        kept ticked."""
        splits = tuple(s for n, s in enumerate(self.splits) if n in chosen)
        first = len(self.splits)
        joins = tuple(j for n, j in enumerate(self.joins, first) if n in chosen)
        first += len(self.joins)
        renames = tuple(r for n, r in enumerate(self.renames, first) if n in chosen)
        return SpeakerCheck(joins, splits, renames=renames)

    def lines(self) -> list[str]:
        """What the repair would change, a line each, in words."""
        out = [
            f"“{s.alias}” ({plural(len(s.items), 'quote')}) is taken out of"
            f" “{s.speaker[1]}”: another person"
            for s in self.splits
        ]
        out += [
            f"“{j.merge[1]}” ({plural(j.quotes, 'quote')}) joins “{j.keep[1]}”: the same person"
            for j in self.joins
        ]
        out += [
            f"“{r.speaker[1]}” ({plural(r.quotes, 'quote')}) is named “{r.name}”:"
            f" “{r.role}” describes the person"
            for r in self.renames
        ]
        if self.left_to_team:
            out.append(
                f"{plural(self.left_to_team, 'name')} joined to another person: to be taken"
                " apart in the team library (Sync would not send it)"
            )
        return out


def _wrongly_joined(library: Library, name: str, alias: str) -> bool:
    """Whether `alias` on a speaker called `name` is a join the current rules
    refuse: a lower-case word joined to a description ending in it, a
    surname joined to a pair of names, or a lone surname ("Ruiz", "Pres.
    Ruiz", "Quillam Vesterby") joined to one full name when another full
    name of it is stored now."""
    if " " not in alias:
        if " " not in name or name.split()[-1].casefold() != alias.casefold():
            return False
        if not alias[:1].isupper() or not is_name(name):
            return True
        return library._speaker_by_part(alias) is None
    surname = surname_of(alias)
    if surname is None or not is_name(name) or not name.endswith(" " + surname):
        return False
    return _surname_fits(library, surname) is None


def _surname_fits(library: Library, surname: str) -> tuple[int] | None:
    """The one speaker a lone `surname` (of one word or more) joins now."""
    if " " in surname:
        return library._speaker_by_surname(surname)
    return library._speaker_by_part(surname)


def _splits(library: Library) -> list[Split]:
    splits = []
    for speaker, _count in library.speakers():
        hand = library.hand_aliases(speaker.id)
        for alias in speaker.aliases:
            # A join the user made (a merge, a rename) is theirs: never offered.
            if alias in hand or not _wrongly_joined(library, speaker.name, alias):
                continue
            quotes = library.unchosen_quotes(speaker.id)
            said = names_said(library.source, quotes)
            items = tuple(i for i, name in said.items() if name and said_as(name, alias))
            # All of them under the alias: a rename (or quotes no longer read so).
            if items and len(items) < len(quotes):
                splits.append(Split((speaker.id, speaker.name), alias, items))
    return splits


def _joins(library: Library) -> list[Join]:
    listed = [(s, n) for s, n in library.speakers() if n]
    by_id = {s.id: s for s, _ in listed}
    joins = []
    # A lone surname ("Ruiz", "Pres. Ruiz", "Quillam Vesterby") beside the one
    # full name of that surname, and a name with words describing the person in
    # front ("Pollster Ana Ruiz") beside the name alone.
    for lone, count in listed:
        keep = _joined_by(library, lone.name, by_id)
        if keep is None or keep.id == lone.id:
            continue
        if all(may_be(name, keep.name) for name in (lone.name, *lone.aliases)):
            joins.append(Join((keep.id, keep.name), (lone.id, lone.name), count))
    # A name with and without its one middle name or initial.
    by_bare = defaultdict(list)
    for speaker, count in listed:
        if " " in speaker.name and is_name(speaker.name):
            by_bare[without_middle(speaker.name)].append((speaker, count))
    for bare, speakers in by_bare.items():
        forms = {n for s, _ in speakers for n in (s.name, *s.aliases) if without_middle(n) == bare}
        if len(speakers) == 2 and bare in forms and len(forms - {bare}) == 1:
            (keep, _), (merge, count) = sorted(speakers, key=lambda pair: pair[0].id)
            joins.append(Join((keep.id, keep.name), (merge.id, merge.name), count))
    return joins


def _joined_by(library: Library, name: str, by_id: dict[int, Speaker]) -> Speaker | None:
    """The listed speaker (`by_id`) an entry called `name` is the same
    person as by the current rules: for a lone surname, its one full name
    (else, for a title before it, the entry of the surname alone); for a
    full name with words describing the person before it, the name's."""
    surname = surname_of(name)
    if surname is None:
        person = person_part(name)
        if person == name:
            return None
        found = library.db.execute(
            "SELECT id FROM speakers WHERE name = ? UNION"
            " SELECT speaker_id FROM speaker_aliases WHERE alias = ?",
            (person, person),
        ).fetchone() or library._speaker_found(person)
        return by_id.get(found[0]) if found else None
    found = _surname_fits(library, surname)
    full = by_id.get(found[0]) if found else None
    if full is not None and surname_of(full.name) != surname:
        return full
    if name != surname:  # "Pres. Ruiz" with no full name: the entry "Ruiz"
        return next((s for s in by_id.values() if s.name == surname), None)
    return None


def check_speakers(library: Library) -> SpeakerCheck:
    """The changes the current join rules make to `library`'s speakers
    (nothing is written). Reads again the sources of the speakers a wrong
    join may hold, to learn the name each quote came under."""
    from app.core.offline import link_of  # loaded at first use, as this module

    splits = tuple(_splits(library))
    joins = tuple(_joins(library))
    renames = tuple(_renames(library, joins))
    if not is_team_location(library.path) and link_of(library) is not None:
        return SpeakerCheck(joins, (), len(splits), renames)
    return SpeakerCheck(joins, splits, renames=renames)


def _renames(library: Library, joins: tuple[Join, ...]) -> list[Rename]:
    """The entries named with words describing the person before a full name
    that join no other entry (`joins`) and whose name alone no speaker has."""
    taken = {name.casefold() for _, name in library.speaker_names()}
    joined = {j.merge[0] for j in joins} | {j.keep[0] for j in joins}
    out = []
    for speaker, count in library.speakers():
        if not count or speaker.id in joined or surname_of(speaker.name) is not None:
            continue
        person = person_part(speaker.name)
        if person != speaker.name and person.casefold() not in taken:
            out.append(Rename((speaker.id, speaker.name), person, describing(speaker.name), count))
            taken.add(person.casefold())
    return out


def upgraded_before_hand_joins(library: Library) -> bool:
    """Whether opening `library` upgraded it from a schema that kept no mark of
    the joins the user made: its speakers were joined by older import rules,
    so Check Speakers may have something to change (worth telling the user
    once; a new library, or one already upgraded, is not)."""
    found = library.upgraded_from
    return found is not None and found < library.hand_joins_schema


def repair_speakers(library: Library, check: SpeakerCheck) -> Edit:
    """Make the changes `check` found, as one edit; a speaker renamed or
    merged since, or a quote given another speaker since, is left as it is
    now (the edit's note says how many such changes were left)."""
    record, regrouped, later = respeak(
        library,
        lambda: library.repair_speakers(
            [(j.keep, j.merge) for j in check.joins],
            [(s.speaker, s.alias, s.items) for s in check.splits],
            [(r.speaker, r.name, r.role) for r in check.renames],
        ),
    )
    return _repaired(record, check, regrouped, later)


def _repaired(record: RepairRecord, check: SpeakerCheck, regrouped: bool, later: str) -> Edit:
    left = check.changes - record.steps
    note = f"{plural(left, 'change')} left: changed meanwhile" if left else ""

    def undo(library: Library) -> Edit:
        _, again, later = respeak(library, lambda: library.undo_speaker_repair(record))
        redo = lambda lib: repair_speakers(lib, check)  # noqa: E731
        return Edit(_LABEL, speakers_changed(again), redo, note=later)

    return Edit(
        _LABEL, speakers_changed(regrouped), undo, note=" ".join(filter(None, (note, later)))
    )


_LABEL = "Check Speakers"  # as its button names it
