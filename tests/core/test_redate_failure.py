"""A date change whose grouping run fails midway (the date and facts are
already stored by then) leaves no half-changed grouping state behind: the
next grouping run ends where a regroup of the whole library would."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import derived
from app.core.model import SourceMeta
from tests.core.test_redate_grouping import (  # noqa: F401
    _by_file,
    dated_reports,
    grouping,
    seeds,
)


def _fails(*args, **kwargs):
    raise RuntimeError("the disk went away")


def _failing_redate(library, monkeypatch) -> None:
    """Date the seeds' original after its rewrite (a run that works), then
    date the rewrite before it with a run that fails while judging marks."""
    ids = _by_file(library)
    edits.update_source_meta(library, ids["000"], SourceMeta(date="2017-03-01"))
    monkeypatch.setattr(derived, "judge", _fails)
    edit = edits.update_source_meta(library, ids["003"], SourceMeta(date="2001-01-02"))
    # Stored and undoable; the note says the groups follow later.
    assert edit.note.endswith("(the disk went away).")
    monkeypatch.undo()


def test_after_a_failed_redate_run_the_next_update_regroups(seeds, monkeypatch):  # noqa: F811
    _failing_redate(seeds, monkeypatch)
    corroborate.ensure_current(seeds)  # what opening the library or the CLI runs
    after = grouping(seeds)
    corroborate.regroup(seeds)
    assert grouping(seeds) == after


@pytest.mark.parametrize("second", ["001", "002", "004"])
def test_after_a_failed_redate_run_the_next_redate_is_exact(seeds, monkeypatch, second):  # noqa: F811
    _failing_redate(seeds, monkeypatch)
    edits.update_source_meta(seeds, _by_file(seeds)[second], SourceMeta(date="2017-03-02"))
    after = grouping(seeds)
    corroborate.regroup(seeds)
    assert grouping(seeds) == after


def test_both_backends_mark_the_groups_stale_after_a_failed_redate_run(
    any_library, tmp_path, monkeypatch
):
    ids = dated_reports(any_library, tmp_path)
    monkeypatch.setattr(derived, "judge", _fails)
    edit = edits.update_source_meta(any_library, ids[1], SourceMeta(date="2023-02-01"))
    assert "brought up to date by the next import" in edit.note
    monkeypatch.undo()
    # The date and the facts found for it are stored; the groups are not.
    assert any_library.source(ids[1]).meta.date == "2023-02-01"
    assert any_library.grouping_state is None
    assert any_library.grouping_mark() != any_library.item_extent()
    assert corroborate.ensure_current(any_library).rebuilt
    after = grouping(any_library)
    corroborate.regroup(any_library)
    assert grouping(any_library) == after
