"""A short wording (five words or fewer: a stock phrase, a slogan) joins
quotes across sources only when they are given to one speaker entry, or
one of them to nobody; a longer one groups whoever it is given to. Each
edit that gives quotes another entry brings their groups up to date, and
so does its undo and its redo (on both backends; invented names and
sentences)."""

from __future__ import annotations

from app.core import corroborate
from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta

SHORT = "the tide turns for us"  # five words
LONG = "the harbour levy will pay for the new sea wall by spring"


def _add(library, words: str, speaker: str | None, title: str) -> int:
    """A source quoting `words`, said by `speaker`; grouped as an import is."""
    text = f'{title}: at the pier, "{words}," was heard.'
    start = text.index(words)
    item = NewItem("quote", start, start + len(words), speaker=speaker)
    with library.transaction():
        sid = library.add_source(text, SourceMeta(title=title), items=[item])
        corroborate.update(library, sid)
    return sid


def _quote_of(library, sid: int) -> int:
    (item,) = library.items_of_source(sid, kind="quote")
    return item.id


def _speaker(library, name: str) -> int:
    return next(sp.id for sp, _ in library.speakers() if sp.name == name)


def _sources_together(library) -> list[int]:
    """The number of sources of each quote group carried by two or more."""
    return sorted(
        len({row["source_id"] for row in library.report_rows(g.item_ids).values()})
        for g in library.clusters(kind="quote")
        if len(g.item_ids) > 1
    )


def _follows(lib, edit) -> None:
    """`edit` joined the two sources' short wordings; its undo takes them
    apart again, and its redo joins them."""
    assert edit.changes.groups
    assert _sources_together(lib) == [2]
    redo = edit.revert(lib)
    assert _sources_together(lib) == []
    redo.revert(lib)
    assert _sources_together(lib) == [2]


def test_a_short_wording_joins_one_speaker_or_an_unknown_one_only(any_library):
    lib = any_library
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    assert _sources_together(lib) == []  # two people's stock phrase
    _add(lib, SHORT, "Ana Ruiz", "Port notes")
    assert _sources_together(lib) == [2]
    _add(lib, SHORT, None, "Harbour daily")  # nobody named: no disagreement
    assert _sources_together(lib) == [4]


def test_a_long_wording_groups_whoever_it_is_given_to(any_library):
    lib = any_library
    _add(lib, LONG, "Ana Ruiz", "Pier news")
    _add(lib, LONG, "Ivo Brask", "Ferry weekly")
    assert _sources_together(lib) == [2]


def test_change_speaker_regroups_and_its_undo_and_redo_too(any_library):
    lib = any_library
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    second = _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    _follows(lib, edits.set_item_speaker(lib, _quote_of(lib, second), "Ana Ruiz"))


def test_a_speaker_taken_away_lets_the_quote_join(any_library):
    lib = any_library
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    second = _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    edit = edits.set_item_speaker(lib, _quote_of(lib, second), None)
    assert _sources_together(lib) == [2]
    edit.revert(lib)
    assert _sources_together(lib) == []


def test_a_new_session_regroups_after_a_change_of_speaker(library_location, monkeypatch):
    """The groups follow a change made in a session that opened the library
    again: the grouping state is read from what is stored before the
    change, and only the quotes it reaches are indexed again (no regroup)."""
    from app.core.corroborate import grouping
    from app.core.importer import open_library

    lib = open_library(library_location)
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    second = _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    lib.close()
    lib = open_library(library_location)
    monkeypatch.setattr(grouping, "regroup_inside", lambda library: 1 / 0)
    try:
        edits.set_item_speaker(lib, _quote_of(lib, second), "Ana Ruiz")
        assert _sources_together(lib) == [2]
    finally:
        lib.close()


def test_merge_regroups_and_its_undo_too(any_library):
    lib = any_library
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    _add(lib, LONG, "Ivo Brask", "Harbour daily")
    _follows(lib, edits.merge_speakers(lib, _speaker(lib, "Ana Ruiz"), _speaker(lib, "Ivo Brask")))


def test_a_split_group_takes_no_other_group_apart(any_library):
    """Only the changed quote's group and the one it joins are written again."""
    lib = any_library
    first = _add(lib, SHORT, "Ana Ruiz", "Pier news")
    _add(lib, SHORT, "Ana Ruiz", "Port notes")
    _add(lib, LONG, "Ivo Brask", "Ferry weekly")
    _add(lib, LONG, None, "Harbour daily")
    assert _sources_together(lib) == [2, 2]
    edits.set_item_speaker(lib, _quote_of(lib, first), "Ivo Brask")
    assert _sources_together(lib) == [2]
    fresh = corroborate.regroup(lib)
    assert fresh.groups == 1
    assert _sources_together(lib) == [2]
