"""A speaker edit and a date edit are committed before the run that brings
the groups up to date. Were the process to die between the two, the next
session must not trust the groups: the edit marks them stale in its own
transaction, the run clears the mark with its result, and the next grouping
run (the one a command or Sync makes on opening, an import's) regroups a
library still marked. On both backends; invented names and sentences."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import grouping as grouping_run
from app.core.corroborate import redating, respeaking
from app.core.importer import open_library
from app.core.model import SourceMeta
from tests.core.test_redate_grouping import dated_reports, grouping
from tests.core.test_short_wording_speakers import SHORT, _add, _quote_of, _sources_together


def _dies_before_regroup(monkeypatch) -> None:
    """The process ends where the regroup after an edit would start."""

    def killed(*_args, **_kwargs):
        raise SystemExit("killed")

    monkeypatch.setattr(respeaking, "update_respoken", killed)
    monkeypatch.setattr(redating, "update_redated", killed)


def _in_step(library) -> bool:
    return tuple(library.grouping_mark()) == library.item_extent()


def test_change_speaker_then_death_regroups_at_the_next_opening(library_location, monkeypatch):
    lib = open_library(library_location)
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    second = _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    assert _sources_together(lib) == []
    with monkeypatch.context() as m:
        _dies_before_regroup(m)
        with pytest.raises(SystemExit):
            edits.set_item_speaker(lib, _quote_of(lib, second), "Ana Ruiz")
    lib.close()

    lib = open_library(library_location)
    try:
        assert _sources_together(lib) == []  # what the dead run left
        corroborate.ensure_current(lib)  # what a command or Sync runs on opening
        found = grouping(lib)
        corroborate.regroup(lib)
        assert grouping(lib) == found
        assert _sources_together(lib) == [2] and _in_step(lib)
    finally:
        lib.close()


def test_new_date_then_death_regroups_at_the_next_import(library_location, tmp_path, monkeypatch):
    lib = open_library(library_location)
    ids = dated_reports(lib, tmp_path)
    meta = lib.source(ids[0]).meta
    with monkeypatch.context() as m:
        _dies_before_regroup(m)
        with pytest.raises(SystemExit):
            edits.update_source_meta(
                lib, ids[0], SourceMeta(**{**vars(meta), "date": "2025-03-01"})
            )
    lib.close()

    lib = open_library(library_location)
    try:
        stored = grouping(lib)
        corroborate.update(lib)  # the next run, here an import's
        found = grouping(lib)
        corroborate.regroup(lib)
        assert grouping(lib) == found != stored
        assert _in_step(lib)
    finally:
        lib.close()


def test_edits_that_finish_leave_no_stale_mark(any_library, tmp_path, monkeypatch):
    lib = any_library
    ids = dated_reports(lib, tmp_path)
    first = _add(lib, SHORT, "Ana Ruiz", "Pier news")
    second = _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    assert _in_step(lib)
    # Any regroup from here would be the stale mark read (or a fault).
    monkeypatch.setattr(grouping_run, "regroup_inside", lambda library: 1 / 0)
    edit = edits.set_item_speaker(lib, _quote_of(lib, second), "Ana Ruiz")  # joins
    assert edit.changes.groups and _in_step(lib)
    edits.set_item_speaker(lib, _quote_of(lib, first), "Ana Ruiz")  # the same one: no group
    assert _in_step(lib)
    meta = lib.source(ids[1]).meta
    edits.update_source_meta(lib, ids[1], SourceMeta(**{**vars(meta), "date": "2025-03-01"}))
    assert _in_step(lib)
    assert corroborate.ensure_current(lib) is None
