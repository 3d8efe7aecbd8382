"""A library opened with its groups out of step, brought up to date.

An edit whose regroup failed, or a process that died before it, leaves the
groups marked stale (`grouping.mark_stale`); a library another version added
to, or whose groups an older version stored by other rules, is out of step
too. The window asks once its first frame is on screen (the start-up is not
made longer), on the writer: a library in step costs three small reads (the
mark, the items' extent, the stored index's format) and loads no grouping
code; one out of step is regrouped beside the writer (`corroborate.beside`:
its items read, signed, indexed and compared on the long jobs' worker
through a connection of its own, the result stored by the writer in one
short transaction, the user's edits running on the writer meanwhile; 105 s
at 300,000 items), with a note at the status
bar's right end while it runs, which no passing status line hides (a
search's count did, and the views' own count at the end took the place of
the done line), then the done line for a few seconds; the views follow
`Changes(groups=True)` at the end. Meanwhile `updatingChanged` tells the
views that show groups (the cards' counts, the Agree / Disagree dock) to say
they may be out of date (`groups_updating`). A read-only library cannot be regrouped:
the status bar says its agreement is shown as last worked out. The
window's close stops the regroup (`stop`): the groups stay marked stale,
and the next opening regroups.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from app.core import corroborate
from app.core.corroborate import index_format
from app.core.library_edits import Changes
from app.core.store import Library, open_store
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel
from app.ui.tasks import run_in_background

RUNNING_NOTE = "Bringing the agreement between sources up to date\u2026"
DONE_NOTE = "The agreement between sources is up to date"
FAILED_NOTE = "The agreement between sources could not be brought up to date"
READONLY_NOTE = (
    "The agreement between sources is out of date and the library is open read-only:"
    " it is shown as last worked out"
)


def _in_step(library: Library) -> bool:
    """In step (its groups made over the items there are, by this version's
    rules: an index another format wrote was made by other ones), or a
    library never grouped with nothing in it (its first import groups it):
    nothing to do as it opens."""
    if library.grouping_mark() is None and library.item_extent() == (0, 0):
        return True
    return library.groups_in_step() and index_format.stored_in_format(library)


def _bring_up_to_date(location, call, submit, stop) -> corroborate.Summary | None:
    """On the worker: the regroup beside the writer (`call`, `submit` its;
    the grouping code loads here, never before the first frame)."""
    return corroborate.beside.regroup(location, call, submit, stop)


class StaleGroups(QObject):
    """Regroups the window's library when it opens out of step (`check`)."""

    updatingChanged = Signal(bool)  # True while the groups are brought up to date

    def __init__(self, live: LiveLibrary, bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self._live = live
        self._bar = bar
        self._checked = False
        self._stop = threading.Event()  # the window closes: the regroup stops
        self.updating = False
        self.note = PlainLabel()  # the regroup's note, kept in view while it runs
        self.note.setObjectName("groupsNote")
        self.note.hide()
        bar.addPermanentWidget(self.note)

    def check(self) -> None:
        """Once (the window's first frame): regroup the library if its groups
        are out of step. Off the window's thread: a read-only library is asked
        through a connection of its own, for it has no writer."""
        if self._checked:
            return
        self._checked = True
        if self._live.readonly:
            path = self._live.path
            run_in_background(lambda: _in_step_apart(path), self._readonly_checked)
        else:
            self._live.run(_in_step, None, self._writable_checked)

    def _readonly_checked(self, in_step: bool) -> None:
        if not in_step:
            self._say(READONLY_NOTE, 0, False)  # long: in the line, until the next

    def stop(self) -> None:
        """The window closes: a regroup running stops at its next batch of
        items, storing nothing (the close waits for the worker)."""
        self._stop.set()

    def _writable_checked(self, in_step: bool) -> None:
        if in_step or self._stop.is_set():
            return
        self._say(RUNNING_NOTE, 0)
        self._set_updating(True)
        writer, location, stop = self._live.writer, self._live.path, self._stop.is_set
        run_in_background(
            lambda: _bring_up_to_date(location, writer.call, writer.submit, stop),
            self._stored,
            self._failed,
            long=True,
        )

    def _stored(self, summary) -> None:
        # Through the writer, after the store: the views read the new groups.
        if not self._stop.is_set():
            self._live.run(lambda _library: summary, Changes(groups=True), self._done, self._failed)

    def _done(self, _summary) -> None:
        self._set_updating(False)  # after the views read the new groups
        self._say(DONE_NOTE, 4000)

    def _failed(self, exc: Exception) -> None:
        if self._stop.is_set():
            return  # stopped by the close, or failing as the writer closes
        # Said, not asked about: the groups stay marked, the next grouping
        # run (an import's, an edit's) tries again.
        self._set_updating(False)  # the status line says they are the old ones
        self._say(f"{FAILED_NOTE} ({exc}): the next import or edit tries again", 0, False)
        self.note.hide()  # no longer running

    def _set_updating(self, updating: bool) -> None:
        self.updating = updating
        self.updatingChanged.emit(updating)

    def _say(self, text: str, msecs: int, in_note: bool = True) -> None:
        """`text` in the note at the status bar's right end for `msecs` (0:
        until the next), which no passing line hides; not `in_note` (a long
        line), in the status line, until another line takes it."""
        if not in_note:
            self._bar.showMessage(text, msecs)
            return
        self.note.setText(text)
        self.note.show()
        if msecs:
            QTimer.singleShot(msecs, self.note, lambda: self._take_back(text))

    def _take_back(self, text: str) -> None:
        if self.note.text() == text:
            self.note.hide()


def _in_step_apart(path) -> bool:
    """Whether the read-only library at `path` is in step, on a worker thread."""
    library = open_store(path, readonly=True)
    try:
        return _in_step(library)
    finally:
        library.close()
