"""A Delete Source made on the writer while a regroup is built beside it
(corroborate/beside.py) is folded in, not started again for, when the build
has read none of the source's items yet: they are left out of what it reads
(`beside.LeftOut`), and what is stored is a fresh regroup's of the library
without them. Read already, or undone, or with any other edit, the build
starts again (invented names and sentences)."""

from __future__ import annotations

import pytest

from app.core import library_edits as edits
from app.core.corroborate import beside
from app.core.store import open_store
from app.core.writer import LibraryWriter
from tests.core.test_regroup_beside import (
    _gone,
    _quote,
    make_edit,
    regroups_alike,
    stale_library,
)


class AtRow:
    """Runs `beside.regroup` with edits made on the writer just before the
    build reads the first item of a source: `plan` maps (build number,
    source id) to the edits; the build then asks the writer at once, as it
    does about once a second."""

    def __init__(self, monkeypatch, writer: LibraryWriter, plan: dict[tuple[int, int], list]):
        self.writer, self.plan, self.builds, self.ask = writer, plan, 0, None
        monkeypatch.setattr(beside, "ASK_EVERY", 0.0)
        real_build, real_rows = beside.build, beside.LeftOut.rows

        def build(location, submit, stop=None, left_out=None):
            self.builds += 1
            self.ask = stop
            return real_build(location, submit, stop, left_out)

        def rows(left_out, rows):
            def hooked():
                try:
                    for row in rows:
                        edits_here = self.plan.pop((self.builds, row[1]), [])
                        for edit in edits_here:
                            self.writer.call(edit)
                        if edits_here:
                            self.ask()  # may raise beside.OutdatedError: build again
                        yield row
                finally:
                    rows.close()  # while the build's reader is open

            return real_rows(left_out, hooked())

        monkeypatch.setattr(beside, "build", build)
        monkeypatch.setattr(beside.LeftOut, "rows", rows)

    def run(self, location):
        return beside.regroup(location, self.writer.call, self.writer.submit)


def delete(source_id: int):
    return lambda library: edits.delete_source(library, source_id)


@pytest.mark.parametrize(
    ("plan", "builds", "deleted"),
    [
        # Source 2 is read after source 1's items: deleted before, it is left out.
        ({(1, 2): [delete(2)]}, 1, {2}),
        # Two deletes, each before the build reaches the source.
        ({(1, 2): [delete(3)], (1, 3): [delete(4)]}, 1, {3, 4}),
        # Source 1's items were read: the build starts again.
        ({(1, 2): [delete(1)]}, 2, {1}),
        # A delete and another edit of what grouping reads: again.
        ({(1, 2): [delete(3), make_edit("give a quote a speaker", 0)]}, 2, {3}),
    ],
    ids=["before", "two", "read", "speaker"],  # short: see test_regroup_beside.test_edit_at
)
def test_delete_at(library_location, tmp_path, monkeypatch, plan, builds, deleted):
    stale_library(library_location, tmp_path)
    writer = LibraryWriter(library_location)
    try:
        run = AtRow(monkeypatch, writer, {at: list(made) for at, made in plan.items()})
        summary = run.run(library_location)
        assert not run.plan  # every edit was made at its point
        assert summary is not None and summary.rebuilt
        assert run.builds == builds
        assert writer.call(lambda library: library.deleted_beside) == ()
    finally:
        writer.close()
    regroups_alike(library_location)
    library = open_store(library_location)
    try:
        assert {s for s in range(1, 5) if _gone(library, s)} == deleted
    finally:
        library.close()


def test_a_delete_undone_during_the_build_starts_it_again(tmp_path, monkeypatch):
    """The undo puts the source back: an insert of what grouping reads."""
    location = tmp_path / "library.sqlite"
    stale_library(location, tmp_path)
    writer = LibraryWriter(location)
    undo = []
    try:
        plan = {
            (1, 2): [lambda library: undo.append(edits.delete_source(library, 3))],
            (1, 3): [lambda library: undo[0].revert(library)],
        }
        run = AtRow(monkeypatch, writer, plan)
        assert run.run(location).rebuilt
        assert run.builds == 2
    finally:
        writer.close()
    regroups_alike(location)
    library = open_store(location)
    try:
        assert not any(_gone(library, s) for s in range(1, 5))
    finally:
        library.close()


def test_a_delete_rolled_back_is_no_step(tmp_path):
    """A delete kept by the writer whose source is there again (an outer
    transaction rolled back) folds nothing: what moved the count is unknown."""
    location = tmp_path / "library.sqlite"
    stale_library(location, tmp_path)
    library = open_store(location)
    try:
        ticket = beside.begin(library)
        assert ticket is not None and beside.deleted_since(library, ticket) == frozenset()
        with pytest.raises(RuntimeError), library.transaction():
            before = library.grouping_generation()
            library.delete_source(2)
            beside.deleted(library, before, library.grouping_generation(), [2])
            raise RuntimeError
        assert beside.deleted_since(library, ticket) == frozenset()  # nothing moved
        edits.delete_source(library, 3)
        assert beside.deleted_since(library, ticket) == frozenset({3})
        other = open_store(location)  # another program: its tag moves nothing
        other.regroup_beside = True
        edits.set_tags(other, _quote(other, 1)[0], ["checked"])
        assert beside.deleted_since(library, ticket) == frozenset({3})
        edits.delete_source(other, 4)  # its delete: what else it wrote is unknown
        assert beside.deleted_since(library, ticket) is None
        other.close()
        ticket = beside.begin(library)
        edits.set_item_speaker(library, _quote(library, 1)[0], "Nell Ostrow 5")
        assert beside.deleted_since(library, ticket) is None
        beside.end(library)
    finally:
        library.close()
