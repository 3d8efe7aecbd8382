"""A short phrase (a slogan, a stock phrase of a few words) quoted alone is
an excerpt of one statement. Held inside two different statements it is
ambiguous: it joins neither of them (it may still join its exact repeats),
whatever the order the quotes arrive in, and a delete, its undo or a change
of speaker leaves the groups a regroup makes."""

from __future__ import annotations

from itertools import permutations

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.core.test_redate_grouping import grouping

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


QUOTES = [
    (f'"{SLOGAN}," Mayor Tova Brenn told the crowd.', SLOGAN),
    (f'Brenn said: "{FIRST}."', FIRST),
    (f'At the quay, Brenn said: "{SECOND}."', SECOND),
]


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_a_short_phrase_in_two_statements_joins_neither(library, order):
    for n in order:
        _add(library, *QUOTES[n], speaker="Tova Brenn")
    assert _groups(library) == []
    for text in (FIRST, SECOND):
        _add(library, f'Brenn said again: "{text}."', text, speaker="Tova Brenn")
    # Each statement is still the same quote as its repeat; the phrase
    # joins neither.
    assert sorted(_groups(library), key=len) == [{FIRST}, {SECOND}]
    assert _sources(library, FIRST) == _sources(library, SECOND) == 2
    before = _groups(library)
    corroborate.regroup(library)
    assert _groups(library) == before


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (1, 2, 3, 0), (3, 1, 0, 2)])
def test_a_short_phrase_in_two_statements_joins_its_repeats(library, order):
    quotes = [*QUOTES, (f'"{SLOGAN}," Brenn said at the quay.', SLOGAN)]
    for n in order:
        _add(library, *quotes[n], speaker="Tova Brenn")
    assert _groups(library) == [{SLOGAN}]
    assert _sources(library, SLOGAN) == 2


def test_a_short_phrase_in_one_statement_still_joins_it(library):
    _add(library, f'"{SLOGAN}," Mayor Tova Brenn told the crowd.', SLOGAN, "Tova Brenn")
    _add(library, f'Brenn said: "{FIRST}."', FIRST, "Tova Brenn")
    _add(library, f'Brenn said it twice: "{FIRST}."', FIRST, "Tova Brenn")
    assert _groups(library) == [{SLOGAN, FIRST}]


def _regrouped(library: Library) -> tuple:
    """The grouping stored, and checked the same as a regroup's."""
    now = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == now
    return now


@pytest.mark.parametrize("order", [(2, 1, 0), (0, 1, 2)])
def test_a_delete_and_its_undo_leave_a_regroups_groups(library, regroups, order):
    ids = {n: _add(library, *QUOTES[n], speaker="Tova Brenn") for n in order}
    assert _groups(library) == []
    runs = len(regroups)
    edit = edits.delete_source(library, ids[2])  # the second statement goes
    assert _groups(library) == [{SLOGAN, FIRST}]
    assert len(regroups) == runs  # updated in place
    _regrouped(library)
    runs = len(regroups)
    edit.revert(library)
    assert _groups(library) == []
    assert len(regroups) == runs
    _regrouped(library)


def test_a_change_of_speaker_leaves_a_regroups_groups(library, regroups):
    _add(library, *QUOTES[0], speaker="Tova Brenn")
    _add(library, *QUOTES[1], speaker="Tova Brenn")
    second = _add(library, *QUOTES[2], speaker="Ivo Quell")
    # Another speaker's statement holding the phrase: it is not Brenn's.
    assert _groups(library) == [{SLOGAN, FIRST}]
    runs = len(regroups)
    (item,) = library.items_of_source(second, kind="quote")
    edit = edits.set_item_speaker(library, item.id, "Tova Brenn")
    assert _groups(library) == []
    assert len(regroups) == runs
    _regrouped(library)
    edit.revert(library)
    assert _groups(library) == [{SLOGAN, FIRST}]
    _regrouped(library)


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


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (1, 3, 0, 2), (2, 0, 3, 1)])
def test_a_longer_phrase_in_one_statement_joins_it_not_the_ambiguous_one(library, order):
    # "keep the harbour lights" is in both statements; "says keep the
    # harbour lights", which holds it, in the first alone.
    ambiguous, held = "keep the harbour lights", "says keep the harbour lights"
    quotes = [
        (f'"{ambiguous}," Brenn repeated.', ambiguous),
        (f'"{held}," Brenn wrote of the board.', held),
        QUOTES[1],
        QUOTES[2],
    ]
    for n in order:
        _add(library, *quotes[n], speaker="Tova Brenn")
    assert _groups(library) == [{held, FIRST}]
    corroborate.regroup(library)
    assert _groups(library) == [{held, FIRST}]
