"""What a speaker's name says: a name or a description, and a name's
middle initials. The library joins speakers across sources by names only."""

from __future__ import annotations

# Lower-case words a person's name may hold ("Ana de la Fuente", "Ivo van Brask").
NAME_PARTICLES = frozenset(
    "de da di do dos das del della der den van von du la le ter ten bin al".split()
)


def is_name(name: str) -> bool:
    """Whether a speaker's name is a name ("Ana K. Ruiz", "Home Builders
    Federation") rather than words describing someone ("rights group",
    "Ana Ruiz and Ivo Brask", "supporters of Ana Ruiz")."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


def without_middle(name: str) -> str:
    """A name without its middle names and initials, "Ana Maria K. Ruiz" ->
    "Ana Ruiz"; a name with a lower-case word ("Ana de la Fuente") as it is."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return name
    return f"{words[0]} {words[-1]}"
