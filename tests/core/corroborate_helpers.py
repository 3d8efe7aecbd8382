"""Helpers shared by the corroboration tests."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from app.core import corroborate
from app.core.corroborate.claims import fact_signature
from app.core.corroborate.matching import GroupIndex
from app.core.model import NewItem, SourceMeta
from app.core.store import Library


def add(library: Library, text: str, quotes=(), facts=(), date: str = "") -> int:
    """Store `text` with the given quote and fact passages (found verbatim in it)."""
    items = [NewItem("quote", text.index(q), text.index(q) + len(q)) for q in quotes]
    items += [NewItem("fact", text.index(f), text.index(f) + len(f)) for f in facts]
    sid = library.add_source(text, SourceMeta(title=text[:30], date=date), items=items)
    corroborate.update(library, sid)
    return sid


def year_marks(text: str) -> dict[str, frozenset[str]]:
    """The marks of each year `text` states, by the year's value."""
    return {
        vc.value.value: vc.marks for vc in fact_signature(1, text).values if vc.value.kind == "year"
    }


def groups_by_text(library: Library) -> list[set[str]]:
    return [{library.item(i).text for i in c.item_ids} for c in library.clusters()]


def one_fact(library: Library, a: str, b: str) -> bool:
    """Whether sentences `a` and `b`, each stored as a fact of a source of its
    own, end up in one fact group."""
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    return any(
        {library.item(i).text for i in c.item_ids} >= {a, b} for c in library.clusters(kind="fact")
    )


_SYLLABLES = "ka lo mi ter san do ri ven ul pra sto ne bi gor fa tu".split()

# Unrelated claims in the words of news around every kind of figure, so
# that these words are as common in a test library as in a real one.
_FILLERS = (
    "The {w} guild of {W} lost the {w} race by a wide margin of {n} votes.",
    "In the {W} count, {W} {W} took {n} percent of the vote.",
    "The {w} fund of {W} raised ${n} million for its {w} plan last year.",
    "The {W} council voted {n}-2 to close the {w} depot.",
)


def filled_library(path: Path, claims: int = 700) -> Library:
    """A new library at `path` already holding `claims` unrelated claims of
    one source: how rare a word or a figure is, is only known in a library
    of some size."""
    rng = random.Random(3)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(3))

    texts = [
        _FILLERS[n % len(_FILLERS)].format(w=word(), W=word().title(), n=n + 3)
        for n in range(claims)
    ]
    library = Library(path)
    add(library, " ".join(texts), facts=texts)
    return library


def conflict_values(first: str, second: str, when: tuple[date | None, date | None]) -> list:
    """The figures of each conflict between two facts indexed one after the
    other, dated `when` (first, second)."""
    index = GroupIndex()
    index.add(1, 1, "fact", first, when[0])
    edges = index.add(2, 2, "fact", second, when[1])
    return [e.values for e in edges if e.relation == "conflict"]
