"""Signatures built in a second process (a large regroup) group the library
exactly as those built in this one: same groups, conflicts, derived marks."""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from app.core import corroborate
from app.core.corroborate import sig_cache, signing
from app.core.importer import add_bundled_sources
from app.core.store import Library


def _stored(path: Path) -> tuple[list, list, list]:
    """Groups, conflicts and derived marks as the file holds them, by item id."""
    db = sqlite3.connect(path)
    members: dict[int, list[int]] = {}
    for cid, iid in db.execute("SELECT cluster_id, item_id FROM cluster_members"):
        members.setdefault(cid, []).append(iid)
    groups = sorted(sorted(ids) for ids in members.values())
    claims: dict[int, list] = {}
    for cid, iid, value, direct in db.execute(
        "SELECT conflict_id, item_id, value, direct FROM conflict_members"
    ):
        claims.setdefault(cid, []).append((iid, value, direct))
    conflicts = sorted(
        (kind, subject, sorted(claims[cid]))
        for cid, kind, subject in db.execute("SELECT id, value_kind, subject FROM conflicts")
    )
    derived = sorted(db.execute("SELECT source_id, derived_from, similarity FROM derived_marks"))
    db.close()
    return groups, conflicts, derived


@pytest.fixture
def seeds(tmp_path) -> tuple[Path, tuple]:
    """The bundled articles, regrouped with signatures built here."""
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        add_bundled_sources(library)
        corroborate.regroup(library)
    here = _stored(path)
    groups, conflicts, derived = here
    assert len(groups) >= 3 and conflicts and any(origin for _, origin, _ in derived)
    return path, here


def _forget_kept_signatures(path: Path) -> None:
    """Drop the signatures the first regroup kept (sig_cache.py), the items'
    and the figure claims', so the next one builds every signature again."""
    with sqlite3.connect(path) as db:
        for part in sig_cache.KEPT_PARTS:
            assert db.execute("DELETE FROM group_index WHERE part = ?", (part,)).rowcount
    db.close()


def test_signatures_built_in_a_second_process_group_the_same(seeds, monkeypatch):
    path, here = seeds
    _forget_kept_signatures(path)
    monkeypatch.setattr(signing, "PARALLEL_MIN", 0)
    monkeypatch.setattr(signing, "_idle_cores", lambda: 1.0)  # however busy the machine is
    beside = []
    collect = signing._collect

    def watched(batch, future, cache):
        beside.append(future is not None)
        assert any(kind in ("fact", "claim") for _, _, kind, _, _ in batch.todo)
        return collect(batch, future, cache)

    monkeypatch.setattr(signing, "_collect", watched)
    with Library(path) as library:
        corroborate.regroup(library)
    assert beside and all(beside)  # every chunk came from the second process
    assert _stored(path) == here


def test_a_lost_second_process_leaves_its_chunks_built_here(seeds, monkeypatch):
    path, here = seeds
    _forget_kept_signatures(path)
    monkeypatch.setattr(signing, "PARALLEL_MIN", 0)
    monkeypatch.setattr(signing, "_idle_cores", lambda: 1.0)
    monkeypatch.setattr(signing, "CHUNK", 20)  # (fewer facts since #17: still several chunks)

    def lost(pool, batch):
        future: Future = Future()
        future.set_exception(BrokenProcessPool("the process died"))
        return future

    monkeypatch.setattr(signing, "_submit", lost)
    with Library(path) as library:
        summary = corroborate.regroup(library)
    assert summary.items_indexed > signing.CHUNK  # several chunks, each rebuilt here
    assert _stored(path) == here


def test_a_small_run_or_a_busy_machine_builds_signatures_here(monkeypatch):
    monkeypatch.setattr(signing, "PARALLEL_MIN", 20_000)
    monkeypatch.setattr(signing, "_idle_cores", lambda: 1.0)
    assert not signing._can_fork_work(19_999)
    assert signing._can_fork_work(20_000)
    monkeypatch.setattr(signing, "_idle_cores", lambda: 0.5)  # load 1.5 on two cores
    assert not signing._can_fork_work(10**6)
    monkeypatch.setattr(signing, "_idle_cores", lambda: 1.0)
    monkeypatch.setattr(signing.sys, "frozen", True, raising=False)
    assert not signing._can_fork_work(10**6)  # a frozen app runs no worker entry point
