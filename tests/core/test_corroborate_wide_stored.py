"""The figure claims' comparison index kept in the library (wide_store.py):
after each import, regroup, delete, undo, new date and speaker edit the
stored parts are those a fresh build stores (or absent); a new process
reads them instead of building the index, and finds what a build finds;
parts another code wrote, or over other facts or claims, are built again.
Invented passages (test_corroborate_wide.py's)."""

from __future__ import annotations

import marshal

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import grouping, index_store, wide, wide_store
from app.core.model import SourceMeta
from app.core.store import Library
from app.core.store_search import SearchFilter
from tests.core.test_corroborate_wide import CLAIM, FACT, LOOSE, OPENING, _import, _sides
from tests.core.test_corroborate_wide_kept import ANOTHER

QUOTED = (
    OPENING + 'Dana Orlo said: "The hall will open next spring for every member of the guild."\n\n'
    "It raised $5 million for the Quillby hall in 2015, a member said.\n"
)


def _stored(library) -> dict[tuple[str, int], object]:
    """The stored rows, each unpacked (a bucket an update wrote is packed
    with references marked, one written whole without)."""
    parts = index_store.WIDE_PARTS
    marks = ",".join("?" * len(parts))
    return {
        (p, b): marshal.loads(d)
        for p, b, d in library.db.execute(
            f"SELECT part, bucket, data FROM group_index WHERE part IN ({marks})", parts
        )
    }


def _fresh(library) -> dict[tuple[str, int], object]:
    """The rows a whole index built now is stored in, unpacked."""
    state, _ = wide.claim_conflicts(library)
    rows = {(p, b): marshal.loads(d) for p, b, d in wide_store.whole_rows(state)}
    rows[(wide_store.META, 0)] = wide_store._meta(library, state)
    return rows


def assert_stored_true(library) -> None:
    stored = _stored(library)
    if not stored:
        return  # absent: built again when next needed
    fresh = _fresh(library)
    for rows in (stored, fresh):  # what a whole build was read from: a regroup's alone
        rows[(wide_store.META, 0)].pop("inputs")
    assert stored == fresh


def _builds(monkeypatch) -> list[int]:
    """Counts the whole indexes built from now on."""
    built: list[int] = []
    real = wide.claim_conflicts

    def spy(library, *args):
        built.append(1)
        return real(library, *args)

    monkeypatch.setattr(wide, "claim_conflicts", spy)
    return built


def test_every_step_keeps_the_stored_parts_true(any_library):
    for n, text in enumerate((FACT, CLAIM, QUOTED), 1):
        _import(any_library, text, n)
        assert_stored_true(any_library)
    assert _stored(any_library)
    corroborate.regroup(any_library)
    assert_stored_true(any_library)
    undo = edits.delete_source(any_library, 2)
    assert_stored_true(any_library)
    undo.revert(any_library)
    assert_stored_true(any_library)
    meta = any_library.source(3).meta
    edits.update_source_meta(any_library, 3, SourceMeta(**{**vars(meta), "date": "2016-04-02"}))
    assert_stored_true(any_library)
    [quote] = any_library.search(SearchFilter(source_id=3, kind="quote"))
    edits.set_item_speaker(any_library, quote.id, "Tova Brenn")
    assert_stored_true(any_library)
    _import(any_library, LOOSE, 4)
    assert_stored_true(any_library)


def test_a_new_process_reads_the_stored_index(tmp_path, monkeypatch):
    path, other = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    for p in (path, other):
        with Library(p) as library:
            for n, text in enumerate((FACT, CLAIM, LOOSE), 1):
                _import(library, text, n)
    built = _builds(monkeypatch)
    with Library(path) as library:  # a new process's library: no state kept
        _import(library, ANOTHER, 4)
        assert built == []  # compared on the stored index
        found = _sides(library), library.conflicts()
        assert_stored_true(library)
    built.clear()
    with Library(other) as library:
        wide_store.drop(library)
        _import(library, ANOTHER, 4)
        assert built == [1]  # none stored: built
        assert (_sides(library), library.conflicts()) == found
    assert [len(sides) for _kind, sides in found[0]] == [4]  # one conflict, four sums


@pytest.mark.parametrize("change", ["format", "claims", "facts", "conflicts"])
def test_stored_parts_that_do_not_hold_are_built_again(tmp_path, monkeypatch, change):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        for n, text in enumerate((FACT, CLAIM, LOOSE), 1):
            _import(library, text, n)
        expected = _sides(library)
    with Library(path) as library:
        if change == "format":  # written by an older build, whose extent still matches
            [data] = library.group_index_part(wide_store.META, [0]).values()
            meta = {**marshal.loads(data), "format": "older"}
            library.write_group_cache([(wide_store.META, 0, marshal.dumps(meta))])
        elif change == "claims":  # another program took a claim and put it back anew
            with library.transaction():
                row = library.db.execute(
                    'SELECT source_id, start, "end", cited, how FROM figure_claims'
                ).fetchone()
                library.db.execute("DELETE FROM figure_claims WHERE source_id = ?", (row[0],))
                library.db.execute(
                    'INSERT INTO figure_claims (source_id, start, "end", cited, how)'
                    " VALUES (?, ?, ?, ?, ?)",
                    row,
                )
        elif change == "conflicts":  # an older version's update, which keeps no parts
            with library.transaction():
                library.db.execute(
                    "INSERT INTO conflicts (value_kind, subject, wide) VALUES ('money', '', 1)"
                )
        else:  # the index stored over facts another program has since taken out
            with library.transaction():
                library.db.execute("DELETE FROM items WHERE kind = 'fact'")
        assert _stored_state_or_none(library) is None
        built = _builds(monkeypatch)
        grouping.forget(library)
        wide.refresh(library, appended=True)
        assert built == [1]
        assert_stored_true(library)
        if change != "facts":
            assert _sides(library) == expected


def _stored_state_or_none(library):
    return wide_store.open_stored(library, wide.WideState)


def test_a_regroup_of_what_the_stored_index_was_built_from_leaves_its_rows(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        for n, text in enumerate((FACT, CLAIM, LOOSE), 1):
            _import(library, text, n)
        made: list[int] = []
        real = wide_store.whole_rows
        monkeypatch.setattr(wide_store, "whole_rows", lambda s: made.append(1) or real(s))
        corroborate.regroup(library)  # after imports: written whole
        assert made == [1]
        assert_stored_true(library)
        made.clear()
        before = _sides(library)
        corroborate.regroup(library)  # built from the same: rows left as they are
        assert made == [] and _sides(library) == before
        assert_stored_true(library)
        _import(library, ANOTHER, 4)  # an update: the rows are no longer a whole build's
        made.clear()
        corroborate.regroup(library)
        assert made == [1]
        assert_stored_true(library)
