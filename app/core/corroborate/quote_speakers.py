"""Who a quote group's sources give the words to.

The same words under two names are a misattribution somewhere (by a
source, or by the speakers found), not corroboration of either: the group
view, the CLI's report, the library's cards and the memo's cards say so.
Cheap to import: the list's first page asks it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.store import Library


def _tail_of(name: str, longer: str) -> bool:
    """Whether `name` ends `longer`, word for word ("Ruiz", "Ana Ruiz")."""
    tail = name.casefold().split()
    return longer.casefold().split()[-len(tail) :] == tail


def people(members: Iterable[Mapping]) -> list[tuple[str, int]]:
    """The people `members` (each with "speaker" and "source_id") give the
    words to, each with the number of sources naming them, most named
    first. A name that ends another is one person, under the longer name;
    a member with no speaker is left out: an unknown speaker is no
    disagreement."""
    members = list(members)
    named = {m["speaker"] for m in members if m.get("speaker")}
    persons: dict[str, set[int]] = {}
    for name in sorted(named, key=lambda n: (-len(n), n)):
        person = next((p for p in persons if _tail_of(name, p)), name)
        persons.setdefault(person, set())
    for m in members:
        if m.get("speaker"):
            person = next(p for p in persons if _tail_of(m["speaker"], p))
            persons[person].add(m["source_id"])
    return sorted(((p, len(s)) for p, s in persons.items()), key=lambda ps: (-ps[1], ps[0]))


def disputed(library: Library, carried: Mapping[int, tuple[int, int]]) -> frozenset[int]:
    """Of the items in `carried` ({item id: (sources, independent)}, as
    `Library.corroboration_counts` gives), those whose quote group's sources
    name two people or more."""
    ids = [item_id for item_id, (sources, _) in carried.items() if sources > 1]
    return frozenset(differing(library, ids))


def differing(library: Library, item_ids: Iterable[int]) -> dict[int, list[tuple[str, int]]]:
    """{item id: the people its quote group's sources name, as `people`
    gives them} for those of `item_ids` whose group names two or more."""
    ids = list(item_ids)
    if not ids:
        return {}
    groups = library.group_speakers(ids)
    named = {i: people(members) for i, members in groups.items()}
    return {i: persons for i, persons in named.items() if len(persons) > 1}
