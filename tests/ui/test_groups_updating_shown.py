"""While the window brings a library's groups up to date (opened out of
step: tens of seconds on a big library), the cards' "in N sources" counts
and the Sources Agree / Disagree dock show the old groups: they say so
(a banner over each, the cards' counts marked "updating…") until it is
done, and the views then show the new groups unmarked. Invented names and
sentences."""

from __future__ import annotations

from app.core.corroborate import grouping as grouping_run
from app.core.store import Library
from app.ui.groups_updating import CARRIED_MARK
from tests.core.test_short_wording_speakers import SHORT, _add
from tests.ui.helpers import open_window, wait_idle
from tests.ui.test_stale_groups_note import open_regroup_held


def _stale_pair(path) -> None:
    """One quote carried by two sources, its groups then marked stale."""
    library = Library(path)
    _add(library, SHORT, "Ana Ruiz", "Pier news")
    _add(library, SHORT, "Ana Ruiz", "Ferry weekly")
    with library.transaction():
        grouping_run.mark_stale(library)
    library.close()


def _counts(model) -> list[str]:
    return [model.index(row, 4).data() for row in range(model.rowCount())]


def test_old_groups_are_marked_until_the_regroup_is_done(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    _stale_pair(path)
    window, library, go = open_regroup_held(qtbot, path, monkeypatch)
    panel = window.library_panel
    try:
        qtbot.waitUntil(lambda: window.stale_groups.updating)
        counts = _counts(panel.model)
        assert counts and all(c.startswith("in 2 sources") for c in counts)
        assert all(c.endswith(CARRIED_MARK) for c in counts)
        assert panel.groups_note.isVisible()
        assert all(c.endswith(CARRIED_MARK) for c in _counts(panel.speakers.model) if c)
        dock = window.corroboration()  # opened while it runs: says so at once
        dock.show()
        assert dock.groups_note.isVisible()

        go.set()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: not window.stale_groups.updating)
        counts = _counts(panel.model)
        assert counts and all(c.startswith("in 2 sources") for c in counts)
        assert not any(CARRIED_MARK in c for c in counts)
        assert not panel.groups_note.isVisible() and not dock.groups_note.isVisible()
    finally:
        go.set()
        window.close()
        library.close()


def test_a_library_in_step_shows_no_mark(qtbot, tmp_path):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    _add(library, SHORT, "Ana Ruiz", "Pier news")
    _add(library, SHORT, "Ana Ruiz", "Ferry weekly")
    window = open_window(qtbot, library)  # waits until the check and its writes are done
    assert window.stale_groups._checked
    assert not window.stale_groups.updating and not window.library_panel.groups_note.isVisible()
    assert not any(CARRIED_MARK in c for c in _counts(window.library_panel.model))
    window.close()
    library.close()
