"""A regroup built beside the writer (corroborate/beside.py) and another
program's commits: a colleague on a team library, a second copy of the app
on a library file. Only a commit that changed what grouping reads starts the
build again (`Library.grouping_generation`, the library's own count); a tag,
a memo mark, a new outlet, a conflict decision do not, and what is stored is
a fresh regroup's all the same. A commit racing the build's snapshot or its
store is never missed (invented names and sentences)."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading

import psycopg
import pytest

from app.core import library_edits as edits
from app.core.corroborate import beside
from app.core.pg import pool
from app.core.store import open_store
from app.core.writer import LibraryWriter
from tests.core.older_schemas import file_before_grouping_inputs, team_before_grouping_inputs
from tests.core.test_regroup_beside import (
    POINTS,
    RELEVANT,
    Interleaved,
    _quote,
    made,
    make_edit,
    regroups_alike,
    stale_library,
)


def new_outlet(n: int):
    """Source Properties giving source `1 + n % 4` another outlet, nothing else."""
    source_id = 1 + n % 4

    def run(library):
        meta = library.source(source_id).meta
        return edits.update_source_meta(
            library, source_id, dataclasses.replace(meta, outlet=f"Harbor Weekly {n}"), seen=meta
        )

    return run


def decide_conflict(library):
    """A decision on the library's first conflict (the terminal's opening year)."""
    (conflict_id,) = library.db.execute("SELECT min(id) FROM conflicts").fetchone()
    return edits.resolve_conflict(library, conflict_id, "1962", "the port's own records")


OTHERS = {
    "tag a quote": make_edit("tag a quote", 1),
    "memo cites a quote": make_edit("memo cites a quote", 1),
    "rename a speaker": make_edit("rename a speaker", 1),
    "new outlet": new_outlet(1),
    "decide a conflict": decide_conflict,
    **{kind: make_edit(kind, 1) for kind in sorted(RELEVANT)},
}
CASES = [(kind, point) for kind in OTHERS for point in POINTS]


class ByAnother(Interleaved):
    """`Interleaved`, the edits made by another program: a connection of
    its own, in this thread (the build's), as a colleague's app would. Its
    app regroups beside its own writer too: its edits leave the groups stale."""

    def __init__(self, monkeypatch, writer, plan, location):
        super().__init__(monkeypatch, writer, plan)
        self.colleague = open_store(location)
        self.colleague.regroup_beside = True

    def _fire(self, point: str) -> None:
        for edit in self.plan.pop((self.builds, point), []):
            edit(self.colleague)

    def close(self) -> None:
        self.colleague.close()


@pytest.mark.parametrize(
    ("kind", "point"), CASES, ids=[f"{k.split()[0]}-{k.split()[-1]}-{p}" for k, p in CASES]
)
def test_another_programs_commit_at(library_location, tmp_path, monkeypatch, kind, point):
    """Another program's commit of each kind at each point of the build:
    one of what grouping reads starts it again, the others never do; the
    groups are a fresh regroup's, the commit is kept."""
    stale_library(library_location, tmp_path)
    writer = LibraryWriter(library_location)
    run = ByAnother(monkeypatch, writer, {(1, point): [OTHERS[kind]]}, library_location)
    try:
        summary = run.run(library_location)
        assert not run.plan  # the commit was made at its point
        assert summary is not None and summary.rebuilt
        assert run.builds == (2 if kind in RELEVANT else 1)
    finally:
        run.close()
        writer.close()
    regroups_alike(library_location)
    library = open_store(library_location)
    try:
        if kind in OTHERS and kind not in ("new outlet", "decide a conflict"):
            assert made(library, kind, 1)
        elif kind == "new outlet":
            assert library.source(2).meta.outlet == "Harbor Weekly 1"
        else:
            assert library.db.execute("SELECT count(*) FROM conflict_resolutions").fetchone()[0]
    finally:
        library.close()


def test_the_count_moves_only_for_what_grouping_reads(library_location, tmp_path):
    """The count of each backend, by the library's own triggers: a write of
    what grouping reads moves it once; a tag, a memo mark, an outlet, a
    rename, a decision, a write rolled back, and a date written unchanged
    (Source Properties writes every detail) do not."""
    stale_library(library_location, tmp_path)
    library = open_store(library_location)
    other = open_store(library_location)
    try:
        library.regroup_beside = other.regroup_beside = True  # edits leave the groups stale

        def moves(edit) -> bool:
            before = library.grouping_generation()
            edit(other)
            return library.grouping_generation() != before

        meta = other.source(1).meta
        assert not moves(OTHERS["tag a quote"])
        assert not moves(OTHERS["memo cites a quote"])
        assert not moves(OTHERS["rename a speaker"])
        assert not moves(OTHERS["new outlet"])
        assert not moves(OTHERS["decide a conflict"])
        assert not moves(lambda lib: edits.update_source_meta(lib, 1, meta))

        def rolled_back(lib):
            with pytest.raises(RuntimeError), lib.transaction():
                lib.set_item_speaker(_quote(lib, 3)[0], "Nell Ostrow 9")
                raise RuntimeError

        assert not moves(rolled_back)
        assert moves(OTHERS["give a quote a speaker"])
        redated = dataclasses.replace(meta, date="2023-05-06")
        assert moves(lambda lib: edits.update_source_meta(lib, 1, redated))
        assert moves(OTHERS["delete a source"])
        # This connection's own writes count the same way.
        before = library.grouping_generation()
        edits.set_item_speaker(library, _quote(library, 3)[0], "Nell Ostrow 10")
        assert library.grouping_generation() != before
    finally:
        other.close()
        library.close()


def test_a_commit_waiting_for_the_store_is_seen(library_location, tmp_path, monkeypatch):
    """The race at the store: another program's transaction giving a quote a
    speaker is open as the result is to be stored. The store waits for its
    commit (the write lock) and reads the count after it: the build starts
    again and takes the new speaker in, never stores groups without it."""
    stale_library(library_location, tmp_path)
    holding, waiting, done = threading.Event(), threading.Event(), threading.Event()
    writer = LibraryWriter(library_location, on_busy=lambda busy: busy and waiting.set())

    def commit_late():
        colleague = open_store(library_location)
        try:
            colleague.regroup_beside = True
            with colleague.transaction():
                colleague.set_item_speaker(_quote(colleague, 2)[0], "Nell Ostrow 7")
                holding.set()
                waiting.wait(60)  # until the store waits for this transaction's lock
            done.set()
        finally:
            colleague.close()

    stores = []
    real_store = beside.store

    def store(library, ticket, built):
        if not stores:
            threading.Thread(target=commit_late, daemon=True).start()
            assert holding.wait(60)
        stores.append(1)
        return real_store(library, ticket, built)

    monkeypatch.setattr(beside, "store", store)
    builds = []
    real_build = beside.build
    monkeypatch.setattr(beside, "build", lambda *a: builds.append(1) or real_build(*a))
    try:
        assert beside.regroup(library_location, writer.call, writer.submit).rebuilt
        assert done.is_set() and waiting.is_set()  # the store did wait for the commit
        assert len(builds) == 2 and len(stores) == 2  # the first build's store found it moved
    finally:
        writer.close()
    regroups_alike(library_location)


def test_a_library_upgraded_counts_from_then(library_location, tmp_path):
    """A library of the schema before the count (file 13, team 6) gets it
    on opening, and its writes of what grouping reads move it from then."""
    stale_library(library_location, tmp_path)
    if isinstance(library_location, str):
        with psycopg.connect(library_location, autocommit=True) as conn:
            team_before_grouping_inputs(conn)
            conn.execute(
                "UPDATE briefing.library_meta SET value = '6' WHERE key = 'schema_version'"
            )
        pool.close_idle()
    else:
        raw = sqlite3.connect(library_location)
        file_before_grouping_inputs(raw)
        raw.execute("PRAGMA user_version = 13")
        raw.commit()
        raw.close()
    library = open_store(library_location)
    try:
        assert library.upgraded_from in (13, 6)
        before = library.grouping_generation()
        library.regroup_beside = True
        edits.set_item_speaker(library, _quote(library, 2)[0], "Nell Ostrow 3")
        assert library.grouping_generation() != before
    finally:
        library.close()
