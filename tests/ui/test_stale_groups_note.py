"""While the window regroups a library it opened out of step (35-40 s at
300,000 items), the status bar keeps saying so whatever other lines pass
(a search's count), and says when it is done: the views' own count at the
end took the place of the done line, so the user was never told. Invented
names and sentences."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from app.core.store import Library
from app.ui import stale_groups
from app.ui.main_window import MainWindow
from tests.core.test_redate_grouping import grouping
from tests.ui.helpers import wait_idle
from tests.ui.test_open_stale_groups import _in_step, _stale_library


def _bar_says(window) -> list[str]:
    """What the status bar shows: its line and the notes in view."""
    bar = window.statusBar()
    notes = [w.text() for w in bar.findChildren(QLabel) if w.isVisible() and w.text()]
    return [bar.currentMessage(), *notes]


def open_regroup_held(qtbot, path, monkeypatch) -> tuple[MainWindow, Library, threading.Event]:
    """A window opened on the library at `path`, its regroup (if it is out of
    step) held until the event returned is set."""
    go = threading.Event()
    regroup = stale_groups._bring_up_to_date
    monkeypatch.setattr(stale_groups, "_bring_up_to_date", lambda *a: go.wait(20) and regroup(*a))
    library = Library(path)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.files.maybe_save = lambda: True
    window.show()
    return window, library, go


def test_the_regroup_is_said_while_it_runs_and_when_done(qtbot, tmp_path, monkeypatch):
    path, _ = _stale_library(tmp_path)
    window, library, go = open_regroup_held(qtbot, path, monkeypatch)
    qtbot.waitUntil(lambda: stale_groups.RUNNING_NOTE in _bar_says(window))
    window.show_status("2 quotes shown")  # a line passing by: a search's count
    assert stale_groups.RUNNING_NOTE in _bar_says(window)
    go.set()
    wait_idle(qtbot, window)
    qtbot.wait(100)  # the views' count comes in after the regroup
    says = _bar_says(window)
    assert stale_groups.DONE_NOTE in says and stale_groups.RUNNING_NOTE not in says
    assert _in_step(library)
    window.close()
    library.close()


def test_a_close_during_the_regroup_stops_it_and_leaves_the_groups_stale(
    qtbot, tmp_path, monkeypatch
):
    """The regroup runs beside the writer (corroborate/beside.py): the
    window's close stops it, stores nothing of it, and the library stays
    marked stale, with the groups it had, for the next opening."""
    path, _ = _stale_library(tmp_path)
    before = Library(path)
    had = grouping(before)
    before.close()
    window, library, go = open_regroup_held(qtbot, path, monkeypatch)
    qtbot.waitUntil(lambda: window.stale_groups.updating)
    stop = window.stale_groups.stop
    # The regroup goes on only once the close has asked it to stop.
    monkeypatch.setattr(window.stale_groups, "stop", lambda: (stop(), go.set()))
    window.close()
    assert not window.live.writer._thread.is_alive()  # the close ended its writer
    assert not _in_step(library) and grouping(library) == had
    library.close()
