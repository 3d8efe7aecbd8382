"""The grouping index a regroup stores (index_store.py, store_groups.py):
only the buckets that differ from the stored ones are written, the stored
buckets the new index no longer has are dropped, and the kept signatures
stay."""

from __future__ import annotations

import random
import sqlite3

from app.core import corroborate, store_grouping
from app.core.corroborate import sig_cache
from app.core.corroborate.matching import _in_two
from app.core.store import Library
from tests.core.corroborate_helpers import add

CLAIM_A = "The Vellin county board voted 13-0 on March 4 to close the Orrow ferry depot."
CLAIM_B = "The Vellin county board voted 13-0 on March 4 to shut the Orrow ferry depot, it said."
QUOTE = "We will not let the ferry go without a fight from every one of us"


def _rows(path) -> dict[tuple[str, int], bytes]:
    with sqlite3.connect(path) as db:
        return {(p, b): d for p, b, d in db.execute("SELECT part, bucket, data FROM group_index")}


def _recording_writes(monkeypatch) -> list[tuple[str, int]]:
    """The (part, bucket) of each index row written from now on."""
    written: list[tuple[str, int]] = []
    real = store_grouping.put_group_rows

    def recording(db, rows):
        rows = list(rows)
        written.extend((p, b) for p, b, _ in rows)
        real(db, rows)

    monkeypatch.setattr(store_grouping, "put_group_rows", recording)
    return written


def test_a_regroup_writes_only_the_index_buckets_that_changed(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    add(library, f'{CLAIM_A} "{QUOTE}," a member said.', quotes=[QUOTE], facts=[CLAIM_A])
    add(library, f'{CLAIM_B} "{QUOTE}."', quotes=[QUOTE], facts=[CLAIM_B])
    corroborate.regroup(library)
    stored = _rows(path)
    parts = {p for p, _ in stored}
    assert {"df", "fact_keys", "quote_keys", "exact_quotes", "meta", sig_cache.PART} <= parts

    # A bucket spoilt, one the index does not have, and a part it no longer writes.
    spoilt = next(k for k in sorted(stored) if k[0] == "df")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE group_index SET data = ? WHERE part = ? AND bucket = ?", (b"x", *spoilt))
        db.execute("INSERT INTO group_index VALUES ('fact_keys', 99999, x'00')")
        db.execute("INSERT INTO group_index VALUES ('retired_part', 1, x'00')")
    written = _recording_writes(monkeypatch)
    library.close()
    library = Library(path)
    corroborate.regroup(library)
    library.close()

    # The spoilt bucket alone is written again; the rest is stored as before.
    assert written == [spoilt]
    assert _rows(path) == stored


def test_a_regroup_after_a_new_source_writes_its_buckets(tmp_path):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    add(library, CLAIM_A, facts=[CLAIM_A])
    corroborate.regroup(library)
    before = _rows(path)
    add(library, CLAIM_B, facts=[CLAIM_B])
    corroborate.regroup(library)
    after = _rows(path)
    library.close()
    # Written as a regroup of both from scratch would: a new library's.
    fresh = tmp_path / "fresh.sqlite"
    other = Library(fresh)
    add(other, CLAIM_A, facts=[CLAIM_A])
    add(other, CLAIM_B, facts=[CLAIM_B])
    corroborate.regroup(other)
    other.close()
    expected = _rows(fresh)
    assert after != before
    index = {k: v for k, v in after.items() if k[0] not in sig_cache.KEPT_PARTS}
    assert index == {k: v for k, v in expected.items() if k[0] not in sig_cache.KEPT_PARTS}


def _clusters(path) -> set[tuple]:
    with sqlite3.connect(path) as db:
        members: dict[int, list[int]] = {}
        for cid, iid in db.execute("SELECT cluster_id, item_id FROM cluster_members"):
            members.setdefault(cid, []).append(iid)
        return {
            (cid, kind, n, m, tuple(sorted(members.get(cid, []))))
            for cid, kind, n, m in db.execute(
                "SELECT id, kind, source_count, independent_count FROM clusters"
            )
        }


def test_a_regroup_keeps_the_stored_groups_it_finds_again(tmp_path):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    add(library, f'{CLAIM_A} "{QUOTE}," a member said.', quotes=[QUOTE], facts=[CLAIM_A])
    add(library, f'{CLAIM_B} "{QUOTE}."', quotes=[QUOTE], facts=[CLAIM_B])
    corroborate.regroup(library)
    before = _clusters(path)
    assert {(kind, n, len(items)) for _, kind, n, _, items in before} == {
        ("quote", 2, 2),
        ("fact", 2, 2),
    }
    corroborate.regroup(library)
    assert _clusters(path) == before  # the same rows, ids included

    # A third source joins the quote's group: that group alone is stored anew.
    add(library, f'"{QUOTE}," the clerk said.', quotes=[QUOTE])
    corroborate.regroup(library)
    after = _clusters(path)
    library.close()
    fact = next(c for c in before if c[1] == "fact")
    assert fact in after
    quote = next(c for c in after if c[1] == "quote")
    assert quote[2] == 3 and len(quote[4]) == 3 and quote not in before
    assert len(after) == 2  # the quote's old group is gone, none is left empty


def test_a_regroup_of_unchanged_items_writes_the_meta_row_alone(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    add(library, f'{CLAIM_A} "{QUOTE}," a member said.', quotes=[QUOTE], facts=[CLAIM_A])
    add(library, f'{CLAIM_B} "{QUOTE}."', quotes=[QUOTE], facts=[CLAIM_B])
    corroborate.regroup(library)
    stored = _rows(path)
    written = _recording_writes(monkeypatch)
    corroborate.regroup(library)
    assert written == [("meta", 0)]
    assert _rows(path) == stored

    # A row changed behind the index's back: its digest no longer holds,
    # so the regroup compares the whole index again and mends that row.
    spoilt = next(k for k in sorted(stored) if k[0] == "fact_keys")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE group_index SET data = ? WHERE part = ? AND bucket = ?", (b"x", *spoilt))
    written.clear()
    corroborate.regroup(library)
    library.close()
    assert written == [spoilt]
    assert _rows(path) == stored


def _counted_twice(postings: list[list[int]]) -> list[int]:
    counts: dict[int, int] = {}
    for posting in postings:
        for i in posting:
            counts[i] = counts.get(i, 0) + 1
    return [i for i, n in counts.items() if n >= 2]


def test_ids_in_two_postings_come_in_the_order_counting_gives():
    rng = random.Random(5)
    for _ in range(300):
        postings = [
            sorted(rng.sample(range(60), rng.randint(0, 12))) for _ in range(rng.randint(0, 6))
        ]
        assert list(_in_two(postings, True)) == _counted_twice(postings)
        # An id twice in one posting (two keys of one claim with one hash)
        # is in two postings' worth: only counting sees it, as before.
        doubled = [*postings, [7, 7]]
        assert list(_in_two(doubled, False)) == _counted_twice(doubled)
    assert 7 in _in_two([[7, 7]], False) and not list(_in_two([[7, 7]], True))


def test_a_regroup_lets_go_of_its_in_memory_index_entry_by_entry(tmp_path, monkeypatch):
    """The index a regroup built in memory is emptied one entry at a time
    once the stored one takes its place (index_store.let_go): dropped whole,
    its deallocation held the interpreter's lock, freezing the window whose
    writer regrouped. The groups are as before."""
    from app.core.corroborate import grouping, index_store

    library = Library(tmp_path / "lib.sqlite")
    add(library, f'{CLAIM_A} "{QUOTE}," a member said.', quotes=[QUOTE], facts=[CLAIM_A])
    add(library, f'{CLAIM_B} "{QUOTE}."', quotes=[QUOTE], facts=[CLAIM_B])
    built = []
    finish = grouping.finish
    monkeypatch.setattr(
        grouping,
        "finish",
        lambda lib, state, *a, **k: (built.append(state.index), finish(lib, state, *a, **k))[1],
    )
    corroborate.regroup(library)
    (memory,) = built
    stored = library.grouping_state.index
    assert not index_store.is_stored(memory) and index_store.is_stored(stored)
    assert [len(getattr(memory, n)) for n in ("quotes", "facts", "quote_keys", "df")] == [0] * 4
    assert memory.speakers is stored.speakers  # handed on, not emptied
    groups: dict[int, list[int]] = {}
    for cid, iid in library.cluster_memberships():
        groups.setdefault(cid, []).append(iid)
    assert sorted(len(ids) for ids in groups.values()) == [2, 2]  # quotes, claims together
    library.close()
