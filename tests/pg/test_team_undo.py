"""Two people on one team library decide the same conflict: an undo takes
back only its maker's own decision (and puts back their own earlier one),
never brings back, or drops, a decision of the other person's."""

from __future__ import annotations

import pytest

from app.core import library_edits as edits
from app.core.errors import LibraryError
from app.core.pg.library import PgLibrary


def _shown(library, conflict_id):
    conflict = next(c for c in library.conflicts() if c.id == conflict_id)
    return (conflict.resolution, conflict.note), sorted(n for _, n, _ in conflict.others)


@pytest.fixture
def pair(seeded_team, make_user):
    """Two editors' libraries, a conflict, and two of its values."""
    _, url_a = make_user("editor")
    _, url_b = make_user("editor")
    with PgLibrary(url_a) as mine, PgLibrary(url_b) as theirs:
        conflict = mine.conflicts()[0]
        yield mine, theirs, conflict.id, conflict.values[0], conflict.values[-1]


def test_my_undo_never_brings_back_a_decision_a_colleague_changed(pair):
    mine, theirs, cid, first, other = pair
    theirs.resolve_conflict(cid, first, "their first look")
    edit = edits.resolve_conflict(mine, cid, other, "my reading")
    edits.resolve_conflict(theirs, cid, first, "their second look")
    try:
        edit.revert(mine)
    except LibraryError as refused:
        assert "changed since" in str(refused)
    current, others = _shown(theirs, cid)
    assert current == (first, "their second look")
    assert "their first look" not in others


def test_undoing_my_changed_decision_brings_back_my_earlier_one(pair):
    mine, theirs, cid, first, other = pair
    mine.resolve_conflict(cid, first, "my first look")
    theirs.resolve_conflict(cid, other, "their look")
    edit = edits.resolve_conflict(mine, cid, other, "my second look")
    edit.revert(mine)
    current, others = _shown(theirs, cid)
    assert current == (other, "their look")  # the latest decision standing
    assert others == ["my first look"]


def test_undoing_my_reopening_puts_my_decision_back_beside_theirs(pair):
    mine, theirs, cid, first, other = pair
    theirs.resolve_conflict(cid, other, "their look")
    mine.resolve_conflict(cid, first, "my look")
    edit = edits.reopen_conflict(mine, cid)
    assert _shown(theirs, cid)[0] == (other, "their look")
    edit.revert(mine)
    current, others = _shown(theirs, cid)
    assert current == (first, "my look") and others == ["their look"]
