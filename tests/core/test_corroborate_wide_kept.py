"""Figure claims' signatures kept in the library (sig_cache.CLAIM_PART) and
their conflicts built beside the writer (wide.build_beside): a regroup
with them kept signs no claim and stores what one from scratch stores; the
regroup of a library opened stale compares the claims off the writer, and
stores a regroup's result, also when a source goes during its build.
Invented passages (test_corroborate_wide.py's)."""

from __future__ import annotations

import dataclasses
import marshal
import sqlite3
import threading
import zlib

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import beside, grouping, sig_cache, signing, wide
from app.core.store import Library, open_store
from app.core.writer import LibraryWriter
from tests.core.test_corroborate_wide import CLAIM, FACT, LOOSE, _import, _sides
from tests.core.test_redate_grouping import grouping as stored_grouping
from tests.core.test_regroup_beside import regroups_alike

# A fourth report: a figure claim of its own, against the first two.
ANOTHER = (
    "Members of the Velmar Guild met on Friday in Quillby.\n\n"
    "It raised $7 million for the Quillby hall in 2015, a spokesman said.\n"
)
TEXTS = (FACT, CLAIM, LOOSE, ANOTHER)


def _library(path) -> None:
    with Library(path) as library:
        for n, text in enumerate(TEXTS, 1):
            _import(library, text, n)
        assert library.count_figure_claims() == 3
        # The four sums: one conflict of four sides (wide.joined).
        assert sorted(len(c.item_ids) for c in library.conflicts()) == [4]


def _claims_signed(monkeypatch) -> list[int]:
    """The ids of the figure claims whose signatures are built from now on."""
    signed: list[int] = []
    real = signing._sign

    def spy(rows, texts):
        signed.extend(r[0] for r in rows if r[2] == "claim")
        return real(rows, texts)

    monkeypatch.setattr(signing, "_sign", spy)
    return signed


def _kept_claims(path) -> set[int]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT data FROM group_index WHERE part = ?", (sig_cache.CLAIM_PART,)
        ).fetchall()
    db.close()
    return {i for (data,) in rows for i in marshal.loads(zlib.decompress(data))}


def test_a_regroup_reads_the_claims_signatures_kept(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    _library(path)
    signed = _claims_signed(monkeypatch)
    with Library(path) as library:
        corroborate.regroup(library)
        claims = {r[0] for r in library.figure_claim_rows()}
        assert _kept_claims(path) == claims
        signed.clear()
        here = stored_grouping(library), _sides(library)
        grouping.forget(library)
        corroborate.regroup(library)
        assert signed == []  # every claim's signature read back
        assert (stored_grouping(library), _sides(library)) == here
        # From scratch: every claim signed again, the same result.
        with library.transaction():
            library.db.execute("DELETE FROM group_index WHERE part = ?", (sig_cache.CLAIM_PART,))
        grouping.forget(library)
        corroborate.regroup(library)
        assert sorted(signed) == sorted(claims)
        assert (stored_grouping(library), _sides(library)) == here
        # A source deleted: its claims' kept signatures go at the next regroup.
        edits.delete_source(library, 3)
        corroborate.regroup(library)
        left = {r[0] for r in library.figure_claim_rows()}
        assert left < claims and _kept_claims(path) == left


def test_a_kept_claim_signature_of_another_date_is_built_again(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    _library(path)
    with Library(path) as library:
        corroborate.regroup(library)
        signed = _claims_signed(monkeypatch)
        meta = dataclasses.replace(library.source(2).meta, date="2017-05-04")
        edits.update_source_meta(library, 2, meta)
        corroborate.regroup(library)
        # The claims of the redated source are found again (new ids) and
        # signed; the others are read back.
        source_of = {r[0]: r[1] for r in library.figure_claim_rows()}
        assert signed and all(source_of[c] == 2 for c in signed)


def _stale(path) -> None:
    _library(path)
    with Library(path) as library:
        corroborate.regroup(library)
        with library.transaction():
            grouping.mark_stale(library)


def _on_writer(monkeypatch, writer: LibraryWriter) -> list[bool]:
    """Whether each whole build of the claims' conflicts ran on the writer."""
    runs: list[bool] = []
    real = wide.claim_conflicts

    def spy(library, *args):
        runs.append(threading.current_thread() is writer._thread)
        return real(library, *args)

    monkeypatch.setattr(wide, "claim_conflicts", spy)
    return runs


def test_the_claims_are_compared_beside_the_writer(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    _stale(path)
    writer = LibraryWriter(path)
    try:
        runs = _on_writer(monkeypatch, writer)
        built = []
        real = wide.build_beside
        monkeypatch.setattr(wide, "build_beside", lambda *a: built.append(real(*a)) or built[-1])
        summary = beside.regroup(path, writer.call, writer.submit)
        assert summary is not None and summary.rebuilt
        assert runs == [] and built and built[0] is not None
        assert writer.call(lambda library: library.wide_state) is built[0].state
    finally:
        writer.close()
    regroups_alike(path)


def test_a_source_deleted_during_the_build_takes_its_claims(tmp_path, monkeypatch):
    """Deleted once the build's snapshot was taken (a source of no item, so
    the build goes on): the claims compared beside held its claim, so they
    are compared again on the writer, with the claims there are."""
    path = tmp_path / "library.sqlite"
    _stale(path)
    writer = LibraryWriter(path)
    try:
        runs = _on_writer(monkeypatch, writer)
        real = wide.build_beside

        def deleting(*args):
            writer.call(lambda library: edits.delete_source(library, 4))
            return real(*args)

        monkeypatch.setattr(wide, "build_beside", deleting)
        builds = []
        real_build = beside.build
        monkeypatch.setattr(beside, "build", lambda *a: builds.append(1) or real_build(*a))
        summary = beside.regroup(path, writer.call, writer.submit)
        assert summary is not None and summary.rebuilt
        assert len(builds) == 1
        assert runs == [True]  # built again on the writer
    finally:
        writer.close()
    regroups_alike(path)
    library = open_store(path)
    try:
        assert all(r[1] != 4 for r in library.figure_claim_rows())
    finally:
        library.close()
