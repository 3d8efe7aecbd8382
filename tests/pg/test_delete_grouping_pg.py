"""Delete Source in a team library after another user imported: the groups
are updated in place from the grouping state the other user's import
stored (the one in memory is out of step), and are a regroup's (invented
names and sentences)."""

from __future__ import annotations

from app.core import corroborate
from app.core import library_edits as edits
from app.core.importer import import_file
from app.core.pg.library import PgLibrary
from tests.core.test_delete_grouping import THIRD, _library_with_three
from tests.core.test_redate_grouping import grouping


def test_a_delete_after_another_users_import_updates_in_place(team_url, tmp_path, regroups):
    with PgLibrary(team_url) as mine, PgLibrary(team_url) as theirs:
        ids = _library_with_three(mine, tmp_path)
        path = tmp_path / "d.txt"
        path.write_text(THIRD.replace("Depot vote", "Vote on the depot"), encoding="utf-8")
        assert import_file(theirs, path).ok  # another user, meanwhile
        n = len(regroups)
        undo = edits.delete_source(mine, ids[1])
        after = grouping(mine)
        assert any(len(g) == 3 for g in after[0]) and not after[1]  # theirs joined
        corroborate.regroup(mine)
        assert grouping(mine) == after
        undo.revert(mine)
        assert len(regroups) == n + 1  # only the check's
        back = grouping(mine)
        corroborate.regroup(mine)
        assert grouping(mine) == back and back[1]
        assert grouping(theirs) == back
