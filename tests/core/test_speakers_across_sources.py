"""Who said it across sources: the Speakers list joins one person's quotes
from several sources and never two people's (audit of 2026-11-30; the
speaker names are given directly, as extraction would give them)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.store import Library

TEXT = '"We will build it," someone said. "Not this year," someone else said.'


def _add(lib: Library, title: str, *speakers: str) -> int:
    """A source whose quotes (one per speaker, in order) have those speakers."""
    items = [NewItem("quote", 1, 18, speakers[0])]
    if len(speakers) > 1:
        items.append(NewItem("quote", 35, 49, speakers[1]))
    return lib.add_source(TEXT + " " + title, SourceMeta(title=title), items=items)


def _names(lib: Library) -> dict[str, int]:
    return {sp.name: count for sp, count in lib.speakers()}


def test_a_lone_common_noun_joins_no_description_ending_in_it(tmp_path) -> None:
    # "the woman said" in one source is no one's "right-hand woman" of another.
    with Library(tmp_path / "lib.sqlite") as lib:
        _add(lib, "First", "Ana Ruiz's right-hand woman")
        _add(lib, "Second", "woman")
        _add(lib, "Third", "rights group")
        _add(lib, "Fourth", "group")
        names = _names(lib)
    assert names == {"Ana Ruiz's right-hand woman": 1, "woman": 1, "rights group": 1, "group": 1}


def test_a_capitalized_surname_still_joins_the_one_full_name(tmp_path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        _add(lib, "First", "Ana Ruiz")
        _add(lib, "Second", "Ruiz")
        assert _names(lib) == {"Ana Ruiz": 2}
