"""Two people on one team library decide the same conflict: an undo takes
back only its maker's own decision, never brings back a decision the other
person changed since."""

from __future__ import annotations

from app.core import library_edits as edits
from app.core.errors import LibraryError
from app.core.pg.library import PgLibrary


def _shown(library, conflict_id):
    conflict = next(c for c in library.conflicts() if c.id == conflict_id)
    return (conflict.resolution, conflict.note), sorted(n for _, n, _ in conflict.others)


def test_my_undo_never_brings_back_a_decision_a_colleague_changed(seeded_team, make_user):
    _, url_a = make_user("editor")
    _, url_b = make_user("editor")
    with PgLibrary(url_a) as mine, PgLibrary(url_b) as theirs:
        conflict = mine.conflicts()[0]
        first, other = conflict.values[0], conflict.values[-1]
        theirs.resolve_conflict(conflict.id, first, "their first look")
        edit = edits.resolve_conflict(mine, conflict.id, other, "my reading")
        edits.resolve_conflict(theirs, conflict.id, first, "their second look")
        try:
            edit.revert(mine)
        except LibraryError as refused:
            assert "changed since" in str(refused)
        current, others = _shown(theirs, conflict.id)
        assert current == (first, "their second look")
        assert "their first look" not in others
