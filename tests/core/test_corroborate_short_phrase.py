"""A short phrase (a slogan, a stock phrase of a few words) quoted alone is
an excerpt of one statement: held inside two different statements, it does
not join them into one quote group. One of them may keep it; the other
statement stays apart, with its own sources."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library

SLOGAN = "keep the harbour lights burning"
FIRST = (
    "When the board says keep the harbour lights burning, it means the ferry pays"
    " and the fishers wait another winter for the breakwater"
)
SECOND = (
    "Our work is not to keep the harbour lights burning. The lights never went out."
    " We have to rebuild the quay that the storms took"
)


def _add(library: Library, text: str, quote: str, speaker: str | None) -> int:
    start = text.index(quote)
    item = NewItem("quote", start, start + len(quote), speaker=speaker)
    sid = library.add_source(text, SourceMeta(title=text[:20]), items=[item])
    corroborate.update(library, sid)
    return sid


def _groups(library: Library) -> list[set[str]]:
    return [{library.item(i).text for i in c.item_ids} for c in library.clusters(kind="quote")]


def _sources(library: Library, text: str) -> int:
    """How many sources the group holding `text` has."""
    for c in library.clusters(kind="quote"):
        if any(library.item(i).text == text for i in c.item_ids):
            return c.source_count
    return 1


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (1, 0, 2)])
def test_a_short_phrase_in_two_statements_does_not_join_them(library, order):
    quotes = [
        (f'"{SLOGAN}," Mayor Tova Brenn told the crowd.', SLOGAN),
        (f'Brenn said: "{FIRST}."', FIRST),
        (f'At the quay, Brenn said: "{SECOND}."', SECOND),
    ]
    for n in order:
        _add(library, *quotes[n], speaker="Tova Brenn")
    groups = _groups(library)
    assert not any(FIRST in g and SECOND in g for g in groups)
    # The phrase stays with one of the statements.
    assert any(SLOGAN in g for g in groups)
    for text in (FIRST, SECOND):
        _add(library, f'Brenn said again: "{text}."', text, speaker="Tova Brenn")
    groups = _groups(library)
    assert not any(FIRST in g and SECOND in g for g in groups)
    # Each statement is still the same quote as its repeat.
    assert _sources(library, FIRST) >= 2 and _sources(library, SECOND) >= 2


def test_a_short_phrase_in_one_statement_still_joins_it(library):
    _add(library, f'"{SLOGAN}," Mayor Tova Brenn told the crowd.', SLOGAN, "Tova Brenn")
    _add(library, f'Brenn said: "{FIRST}."', FIRST, "Tova Brenn")
    _add(library, f'Brenn said it twice: "{FIRST}."', FIRST, "Tova Brenn")
    assert _groups(library) == [{SLOGAN, FIRST}]


def test_a_regroup_splits_them_as_the_imports_did(library):
    _add(library, f'"{SLOGAN}," Mayor Tova Brenn told the crowd.', SLOGAN, "Tova Brenn")
    _add(library, f'Brenn said: "{FIRST}."', FIRST, "Tova Brenn")
    _add(library, f'At the quay, Brenn said: "{SECOND}."', SECOND, "Tova Brenn")
    before = _groups(library)
    corroborate.regroup(library)
    assert _groups(library) == before == [{SLOGAN, FIRST}]


def test_a_longer_shared_passage_still_joins_two_renderings(library):
    # Two renderings of one statement, joined through an excerpt of eleven
    # words both hold: no short phrase, one statement.
    whole = "a full and total halt to barges entering the estuary until the pilots know what is going on"
    other = "a full and total halt to barges entering the estuary until the pilots know what the [blank] is going on"
    part = "a full and total halt to barges entering the estuary."
    _add(library, f'Brenn called for "{whole}."', whole, "Tova Brenn")
    _add(library, f'Brenn called for "{part}"', part, "Tova Brenn")
    _add(library, f'Brenn called for "{other}."', other, "Tova Brenn")
    [group] = library.clusters(kind="quote")
    assert len(group.item_ids) == 3
