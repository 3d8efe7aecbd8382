"""A CSL-JSON import that fills in a date, whose regroup then fails: the
dates and facts are stored (committed before the regroup), so the import is
reported done, with a note that the groups follow later, never as a file
that could not be read; the groups are marked stale and the next grouping
run brings them up to date."""

from __future__ import annotations

import json

from app.core import corroborate
from app.core.corroborate import derived
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.store import Library
from tests.core.test_fact_refresh import _facts, _import
from tests.core.test_redate_grouping import grouping


def _fails(*args, **kwargs):
    raise RuntimeError("the disk went away")


def test_a_csl_import_whose_regroup_fails_is_done_and_says_so(tmp_path, monkeypatch):
    library = Library(tmp_path / "library.sqlite")
    source_id = _import(library, tmp_path)
    library.update_source_meta(source_id, SourceMeta(title="Board approves road budget"))
    corroborate.regroup(library)
    refs = tmp_path / "refs.json"
    entry = {"title": "Board approves road budget", "issued": {"date-parts": [[2024, 11, 8]]}}
    refs.write_text(json.dumps([entry]), encoding="utf-8")

    monkeypatch.setattr(derived, "judge", _fails)
    outcome = import_file(library, refs)
    monkeypatch.undo()

    assert outcome.ok, outcome.line()
    assert outcome.note.endswith(
        "; the agreement between sources will be brought up to date by the next import,"
        " speaker or date change, or when the library is next opened (the disk went away)"
    )
    assert library.source(source_id).meta.date == "2024-11-08"
    ((_, cited),) = _facts(library, source_id).values()
    assert "[November 5, 2024]" in cited
    assert library.grouping_mark() != library.item_extent()  # stale: the next run regroups
    assert corroborate.ensure_current(library).rebuilt
    after = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == after
    library.close()
