"""Two windows on one library file decide the same conflict: undoing my
decision (or my reopening) after the other window decided it again is
refused in words, and their later decision stays. It used to be replaced by
the one from before mine, or deleted by its id, which the file gives again."""

from __future__ import annotations

from contextlib import closing

import pytest

from app.core import library_edits as edits
from app.core.errors import LibraryError
from app.core.importer import add_bundled_sources
from app.core.store import Library


def _decision(library, conflict_id):
    conflict = next(c for c in library.conflicts() if c.id == conflict_id)
    return conflict.resolution, conflict.note


@pytest.fixture
def two(tmp_path):
    """Two windows on one library file holding the bundled sources, and a conflict."""
    path = tmp_path / "library.sqlite"
    with closing(Library(path)) as mine, closing(Library(path)) as theirs:
        add_bundled_sources(mine)
        yield mine, theirs, mine.conflicts()[0]


def test_undoing_my_decision_keeps_the_one_another_window_made_since(two):
    mine, theirs, conflict = two
    first, other = conflict.values[0], conflict.values[-1]
    theirs.resolve_conflict(conflict.id, first, "their first look")
    edit = edits.resolve_conflict(mine, conflict.id, other, "my reading")
    edits.resolve_conflict(theirs, conflict.id, first, "their second look")
    with pytest.raises(LibraryError, match="changed since"):
        edit.revert(mine)
    assert _decision(theirs, conflict.id) == (first, "their second look")


def test_undoing_my_reopening_keeps_the_decision_another_window_made_since(two):
    mine, theirs, conflict = two
    first, other = conflict.values[0], conflict.values[-1]
    mine.resolve_conflict(conflict.id, first, "old look")
    edit = edits.reopen_conflict(mine, conflict.id)
    edits.resolve_conflict(theirs, conflict.id, other, "their look")
    with pytest.raises(LibraryError, match="changed since"):
        edit.revert(mine)
    assert _decision(theirs, conflict.id) == (other, "their look")
