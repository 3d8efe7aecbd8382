"""The people and organizations of one article (`Entity`) and each place
one is named (`Mention`), which `Cast` (people.py) finds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class _Surname:
    """`Entity.surname`, worked out at its first reading and kept in the
    instance (asked for every mention; `name` never changes once set).
    `functools.cached_property` does the same behind a lock taken at each
    first reading, which costs more than the split."""

    def __get__(self, entity: Entity | None, owner: type) -> str:
        if entity is None:
            return self
        surname = entity.__dict__["surname"] = entity.name.split()[-1].lower()
        return surname


@dataclass
class Entity:
    """A person or organization of one article."""

    name: str
    kind: str  # "person" | "org"
    role: str = ""
    gender: str = ""  # "f", "m" or "" when unknown
    role_words: set[str] = field(default_factory=set)
    by_the: bool = False  # an org only for "the" before it ("on the Velmar Train")

    surname = _Surname()  # the last word of `name`, lower-cased (no field)


# A Mention for every name of every article (people.py makes them with
# `tuple.__new__`, skipping `__new__`'s frame).
class Mention(NamedTuple):
    pos: int
    end: int
    entity: Entity
    possessive: bool
