"""A person's surname of two words named alone: "Quillam Vesterby" for the
article's "Dana Quillam Vesterby", "Van Vesterby" for "Dana Van Vesterby".

A lone surname of one word finds its full name by the cast's surname index;
one of two words was read as a name of its own, so the speaker entry, the
speaker filter and the same-speaker grouping split one person. A run of two
or three words whose first is no given name (the published list the app
ships), or a surname's particle, is the end of the one longer name it ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.extract.given_names import is_given_name
from app.core.extract.name_roles import is_describing
from app.core.speaker_names import NAME_PARTICLES

if TYPE_CHECKING:
    from app.core.extract.people import Entity


def fuller_name(by_surname: dict[str, list[Entity]], name: str) -> Entity | None:
    """The one person of `by_surname` (the cast's people by surname) whose
    longer name ends with the words of `name`, when `name` reads as a
    surname of two or three words; None otherwise ("Kay Ruiz" may be
    someone else than "Ana Kay Ruiz": a given name opens a name), or when
    the longer one opens with a word describing the person ("Reporter
    Quillam Vesterby", a run the name parser kept whole)."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return None
    first = words[0]
    if is_given_name(first) and first.lower() not in NAME_PARTICLES or first.endswith("."):
        return None
    tail = " " + name
    found = [
        e
        for e in by_surname.get(words[-1].lower(), ())
        if e.name.endswith(tail) and not is_describing(e.name.split(" ", 1)[0])
    ]
    return found[0] if len(found) == 1 else None


def no_given_name(entity: Entity) -> bool:
    """Whether `entity`'s name is two words, the first no given name the
    lists know ("Support Vesk", "Donor Vesk"): likely a headline's run."""
    words = entity.name.split()
    return len(words) == 2 and not is_given_name(words[0])
