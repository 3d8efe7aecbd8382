"""Who said it across sources: the Speakers list joins one person's quotes
from several sources and never two people's (audit of 2026-11-30; the
speaker names are given directly, as extraction would give them; on both
backends)."""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.store import Library

TEXT = '"We will build it," someone said. "Not this year," someone else said.'


def _add(lib: Library, title: str, speakers: tuple[str, ...]) -> int:
    """A source whose quotes (one per speaker, in order) have those speakers."""
    spans = [(1, 18), (35, 49)]
    items = [NewItem("quote", *span, name) for span, name in zip(spans, speakers, strict=False)]
    return lib.add_source(TEXT + " " + title, SourceMeta(title=title), items=items)


def _listed(lib: Library, *sources: tuple[str, ...]) -> dict[str, tuple[int, list[str]]]:
    """{name: (quotes, aliases)} of the Speakers list after adding `sources` in order."""
    for number, speakers in enumerate(sources):
        _add(lib, f"Source {number}", speakers)
    return {sp.name: (count, sp.aliases) for sp, count in lib.speakers()}


@pytest.mark.parametrize(
    "sources",
    [
        # "the woman said" in one source is no one's "right-hand woman" in another.
        [("Ana Ruiz's right-hand woman",), ("woman",), ("rights group",), ("group",)],
        # A surname joins no pair or description that ends in it.
        [("Ana Ruiz and Ivo Brask",), ("Brask",), ("supporters of Mara Quillon",), ("Quillon",)],
        # Two middle initials are two people, and a name without one fits both.
        [("Ana K. Ruiz",), ("Ana M. Ruiz",), ("Ana Ruiz",)],
        [("Ivo Tomas Brask",), ("Ivo K. Brask",), ("Ivo Brask",)],
    ],
)
def test_apart(any_library, sources) -> None:
    listed = _listed(any_library, *sources)
    assert listed == {speakers[0]: (1, []) for speakers in sources}


def test_a_capitalized_surname_still_joins_the_one_full_name(any_library) -> None:
    assert _listed(any_library, ("Ana Ruiz",), ("Ruiz",)) == {"Ana Ruiz": (2, ["Ruiz"])}


def test_a_middle_initial_is_the_same_person_when_one_fits(any_library) -> None:
    listed = _listed(
        any_library, ("Ana Ruiz",), ("Ana K. Ruiz",), ("Ivo T. Brask",), ("Ivo Brask",)
    )
    assert listed == {"Ana Ruiz": (2, ["Ana K. Ruiz"]), "Ivo T. Brask": (2, ["Ivo Brask"])}


def test_a_surname_stored_first_joins_the_full_name_that_comes_later(any_library) -> None:
    # The same list whichever order the sources came in.
    assert _listed(any_library, ("Ruiz",), ("Ana Ruiz",)) == {"Ana Ruiz": (2, ["Ruiz"])}


def test_a_surname_stored_first_stays_apart_from_two_full_names(any_library) -> None:
    listed = _listed(any_library, ("Ruiz",), ("Ana Ruiz", "Tomas Ruiz"))
    assert listed == {"Ruiz": (1, []), "Ana Ruiz": (1, []), "Tomas Ruiz": (1, [])}


def test_a_description_is_listed_once_per_source_a_name_once(any_library) -> None:
    lib = any_library
    first = _add(lib, "Harbor vote", ("spokeswoman", "Ana Ruiz"))
    second = _add(lib, "Budget talks", ("spokeswoman",))
    _add(lib, "Ferry fares", ("Ana Ruiz", "Ana Ruiz"))
    rows = [(sp.name, count, source) for sp, count, source in lib.speaker_rows()]
    assert rows == [("Ana Ruiz", 3, None), ("spokeswoman", 1, first), ("spokeswoman", 1, second)]


def test_a_middle_name_is_the_same_person_when_one_fits(any_library) -> None:
    listed = _listed(
        any_library, ("Ana Ruiz",), ("Ana Maria Ruiz",), ("Ivo Tomas Brask",), ("Ivo Brask",)
    )
    assert listed == {"Ana Ruiz": (2, ["Ana Maria Ruiz"]), "Ivo Tomas Brask": (2, ["Ivo Brask"])}
