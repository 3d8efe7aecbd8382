"""An undo the library refuses (or that fails: the server went away) leaves
the library as it was, so the Edit menu must too: Undo is still offered for
that edit, and Redo never runs the undo that failed."""

from __future__ import annotations

from contextlib import closing

from app.core import library_edits as edits
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui.live_library import LiveLibrary

TEXT = "The Quillon ward levy was set at four percent on Tuesday."


def _wait(qtbot, live):
    qtbot.waitUntil(lambda: live.idle)


def _has_source(path, source_id):
    with closing(Library(path)) as library:
        return source_id in {row[0] for row in library.sources()}


def test_a_refused_undo_keeps_the_edit_on_the_undo_side(qtbot, tmp_path, live_of):
    path = tmp_path / "library.sqlite"
    with closing(Library(path)) as reader, closing(Library(path)) as theirs:
        source_id = reader.add_source(TEXT, SourceMeta(title="Levy set"))
        live: LiveLibrary = live_of(reader)
        failures = []
        live.failed.connect(failures.append)
        stack = live.undo_stack
        live.edit(lambda library: edits.delete_source(library, source_id))
        _wait(qtbot, live)
        copy = theirs.add_source(TEXT, SourceMeta(title="Levy set"))  # imported again

        stack.undo()  # refused: the article is in the library again
        _wait(qtbot, live)
        assert failures and "imported again" in failures[-1]
        assert not _has_source(path, source_id)
        # The library is unchanged, and so is the Edit menu.
        assert stack.canUndo() and stack.undoText().startswith("Delete Source")
        assert not stack.canRedo()

        # Once their copy is gone, the undo works; redo deletes again.
        theirs.delete_source(copy)
        stack.undo()
        _wait(qtbot, live)
        assert _has_source(path, source_id)
        stack.redo()
        _wait(qtbot, live)
        assert not _has_source(path, source_id)


def test_redo_after_a_failed_undo_never_runs_that_undo(qtbot, tmp_path, live_of):
    path = tmp_path / "library.sqlite"
    with closing(Library(path)) as reader, closing(Library(path)) as theirs:
        source_id = reader.add_source(TEXT, SourceMeta(title="Levy set"))
        live: LiveLibrary = live_of(reader)
        stack = live.undo_stack
        live.edit(lambda library: edits.delete_source(library, source_id))
        _wait(qtbot, live)
        copy = theirs.add_source(TEXT, SourceMeta(title="Levy set"))
        stack.undo()  # refused
        _wait(qtbot, live)
        theirs.delete_source(copy)
        if stack.canRedo():  # whatever the menu offers, "Redo Delete Source"
            stack.redo()  # must not bring the deleted source back
            _wait(qtbot, live)
        assert not _has_source(path, source_id)
        assert stack.canUndo() and stack.undoText().startswith("Delete Source")
