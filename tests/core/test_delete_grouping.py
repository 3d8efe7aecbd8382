"""Delete Source, its undo, and the undo and redo of an added source bring
the groups up to date in place (corroborate/deleting.py), not by a regroup
of the whole library, and leave the groups, conflicts and derived marks a
regroup would make (invented names and sentences), on both backends."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import deleting, index_format
from app.core.corroborate import grouping as grouping_runs
from app.core.importer import import_file
from app.core.library_edits import Edit
from tests.core.test_redate_grouping import dated_reports, grouping

THIRD = (
    "Depot vote\n\n"
    "The Varnel town council voted 5-2 on Tuesday to close the Ostry Street bus depot.\n\n"
    "The Ostry Street depot opened in 1987 and employs 42 drivers.\n"
)


def _library_with_three(library, tmp_path) -> list[int]:
    ids = dated_reports(library, tmp_path)
    path = tmp_path / "c.txt"
    path.write_text(THIRD, encoding="utf-8")
    outcome = import_file(library, path)
    assert outcome.ok, outcome.line()
    corroborate.regroup(library)
    return [*ids, outcome.source_id]


def _updated(library, edit, regroups: list) -> tuple[Edit, tuple]:
    """Make `edit` (a revert or a first edit); check it did not regroup the
    library and left the groups a regroup makes: its redo and the grouping."""
    n = len(regroups)
    made = edit(library)
    assert len(regroups) == n  # updated in place
    now = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == now
    return made, now


def test_a_delete_and_its_undo_update_the_groups_in_place(any_library, tmp_path, regroups):
    ids = _library_with_three(any_library, tmp_path)
    before = grouping(any_library)
    groups, found, _ = before
    assert any(len(g) == 3 for g in groups) and found  # the vote in three; 1987 vs 1978

    # RETOLD, whose 1978 disagreed: the vote stays in two, the conflict goes.
    undo, after = _updated(any_library, lambda lib: edits.delete_source(lib, ids[1]), regroups)
    assert any(len(g) == 2 for g in after[0]) and not after[1]
    assert not any(span[0] == ids[1] for g in after[0] for span in g)
    redo, back = _updated(any_library, undo.revert, regroups)
    assert back == before
    _, again = _updated(any_library, redo.revert, regroups)
    assert again == after


def test_an_added_source_taken_out_and_put_back_updates_in_place(any_library, tmp_path, regroups):
    ids = _library_with_three(any_library, tmp_path)
    before = grouping(any_library)
    added = edits.sources_added([ids[1]], ["Depot to close"])
    put, after = _updated(any_library, added.revert, regroups)
    assert not after[1] and after != before
    _, back = _updated(any_library, put.revert, regroups)
    assert back == before


def test_a_delete_out_of_step_regroups(any_library, tmp_path, regroups):
    ids = _library_with_three(any_library, tmp_path)
    grouping_runs.forget(any_library)
    any_library.set_grouping_mark(*grouping_runs.STALE_MARK)  # as another program left it
    n = len(regroups)
    edits.delete_source(any_library, ids[0])
    assert len(regroups) == n + 1  # the state cannot be trusted: a regroup
    after = grouping(any_library)
    corroborate.regroup(any_library)
    assert grouping(any_library) == after
    assert any_library.groups_in_step()


def test_a_delete_whose_update_never_ran_leaves_the_groups_stale(
    any_library, tmp_path, monkeypatch
):
    ids = _library_with_three(any_library, tmp_path)
    assert any_library.groups_in_step()

    def dies(library, gone):
        raise KeyboardInterrupt  # the process stops between the delete and its update

    monkeypatch.setattr(deleting, "update_deleted", dies)
    with pytest.raises(KeyboardInterrupt):
        edits.delete_source(any_library, ids[0])
    assert ids[0] not in [row[0] for row in any_library.sources()]  # the delete was made
    assert not any_library.groups_in_step()  # the next grouping run regroups


def _counted(library) -> tuple[int, int]:
    """The quotes and facts the stored index counts."""
    meta = index_format.stored_meta(library)
    return meta["quotes"], meta["facts"]


def test_an_undo_in_a_new_session_counts_the_items_put_back(any_library, tmp_path, regroups):
    """A stored index counts its items (it does not list them): a source
    put back in a session that opened the index stored after its delete is
    counted again, as a regroup counts it (the count weighs every claim's
    words)."""
    ids = _library_with_three(any_library, tmp_path)
    whole = _counted(any_library)
    undo = edits.delete_source(any_library, ids[1])
    assert _counted(any_library) < whole
    grouping_runs.forget(any_library)  # as a new session: the index read from the library
    n = len(regroups)
    undo.revert(any_library)
    assert len(regroups) == n  # updated in place
    assert _counted(any_library) == whole
    corroborate.regroup(any_library)
    assert _counted(any_library) == whole
