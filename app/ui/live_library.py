"""The window's library: reads on the window's thread, writes through the one
writer, and one `changed` signal every view follows.

    live.edit(lambda library: edits.set_tags(library, item_id, tags))

`edit` runs a core edit on the writer thread (app/core/writer.py), puts it on
the library's undo stack ("Undo Change Tags"), and emits `changed` with what
it changed; `run` does the same for writes that are not undoable (an import,
a clip). The window's thread never waits for the file: while another program
holds the library, `busyChanged` carries a note for the status bar. Writes
by other programs are noticed (the writer polls SQLite's data_version) and
emitted as `changed(EVERYTHING)`.

A read-only library has no writer: every write fails at once with a message
saying the library is read-only and why.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.errors import LibraryError, LibraryReadOnlyError
from app.core.library_edits import EVERYTHING, Changes, Edit
from app.core.pg.address import is_team_location
from app.core.store import Library
from app.core.writer import LibraryWriter, Steps
from app.ui.write_gate import WriteGate

if TYPE_CHECKING:
    from concurrent.futures import Future

BUSY_NOTE = "Waiting for the library: another program is writing to it\u2026"
POLL_MS = 2000
REACHED_MS = 5000  # how long "answers again" stays after a lost server's return
STEPS_TELL_MS = 1000  # a long job's views follow it at most once a second


class _Relay(QObject):
    """Lives on the window's thread; what the writer's thread emits arrives here."""

    call = Signal(object)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.call.connect(self._call)

    @Slot(object)
    def _call(self, fn) -> None:
        fn()


class LibraryCommand(QUndoCommand):
    """A library edit on the undo stack; undo and redo run on the writer, in order.

    An undo or redo the library refuses (or that fails: the server went
    away) changes nothing, so the stack is put back where it was: the menu
    goes on offering what is true, and a Redo never runs the failed undo."""

    def __init__(self, live: LiveLibrary, edit: Edit, asked: float | None = None):
        super().__init__(edit.label)
        # When the user asked for it (time.monotonic): an edit the writer
        # finishes after the user went to work in the memo is no longer
        # what Edit > Undo should take back there (app/ui/undo.py).
        self.asked = time.monotonic() if asked is None else asked
        # Weakly: the command lives on the live library's own undo stack, so
        # the library outlasts it; a strong reference would make the library,
        # its stack and its commands one reference cycle, freed by the cycle
        # collector in an order Qt does not always survive (a crash).
        self._live = weakref.proxy(live)
        self._edit = edit
        self._made = True  # the edit is made in the library (read on the writer)
        self._pushed = True  # pushed after the edit was made
        self._moving_back = False  # the stack steps back over a failed flip

    def redo(self) -> None:
        if self._pushed or self._moving_back:
            self._pushed = False
            return
        self._flip(True)

    def undo(self) -> None:
        if not self._moving_back:
            self._flip(False)

    def _flip(self, made: bool) -> None:
        def run(library: Library) -> Edit:
            # Runs on the writer, after any flip queued before it; a flip
            # whose state the library has already (one before it failed) is none.
            if self._made != made:
                self._edit = self._edit.revert(library)
                self._made = made
            return self._edit

        self._live.run(run, self._edit.changes, on_error=lambda exc: self._failed(exc, made))

    def _failed(self, exc: Exception, made: bool) -> None:
        live = self._live
        live.report(exc)
        stack = live.undo_stack
        at = stack.index() - 1 if made else stack.index()  # this command, if still there
        if 0 <= at < stack.count() and stack.command(at) is self:
            self._moving_back = True
            try:
                stack.undo() if made else stack.redo()
            finally:
                self._moving_back = False


def _weakly(method: Callable[[bool], None]) -> Callable[[bool], None]:
    """`method` called while its object lives; nothing once it is gone."""
    ref = weakref.WeakMethod(method)

    def call(value: bool) -> None:
        bound = ref()
        if bound is not None:
            bound(value)

    return call


class LiveLibrary(QObject):
    """The open library as the window's views see it."""

    changed = Signal(object)  # Changes
    busyChanged = Signal(str)  # a note while waiting for another program; "" after
    failed = Signal(str)  # a write that could not be made, in words

    def __init__(self, reader: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = reader
        self.path = reader.path
        self.undo_stack = QUndoStack(self)
        self.gate = WriteGate(reader, self)  # what the user's role lets them change
        self._relay = _Relay(self)
        self._pending = 0
        self._closed = False
        self._told_gone = False
        self._lost_note = ""  # while the library does not answer the background check
        self.writer: LibraryWriter | None = None
        if not reader.readonly:
            # Weakly, for the same reason: the writer is this object's own.
            self.writer = LibraryWriter(reader.path, on_busy=_weakly(self._on_busy))
        # A long job's changes, held until its views next follow (`_hold`).
        self._held: Changes | None = None
        self._held_told = 0.0
        self._held_timer = QTimer(self, singleShot=True)
        self._held_timer.timeout.connect(self._tell_held)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check_others)
        if self.writer is not None:
            self._poll.start()
        self._listener = self._listen() if is_team_location(reader.path) else None

    @property
    def readonly(self) -> bool:
        return self.writer is None

    @property
    def readonly_message(self) -> str:
        return (
            f"{self.path} is open read-only ({self.reader.readonly_reason}):"
            " nothing in it can be changed."
        )

    # -- writes ---------------------------------------------------------------

    def run(
        self,
        op: Callable[[Library], Any],
        changes: Changes | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future | None:
        """Run `op(library)` on the writer. On the window's thread afterwards:
        `changed(changes)` (or the result's own, for an Edit), then
        `on_done(result)`; on failure `on_error(exc)`, else `failed(message)`."""
        if self.writer is None:
            self._fail(LibraryReadOnlyError(self.readonly_message), on_error)
            return None
        self._pending += 1
        future = self.writer.submit(op)
        future.add_done_callback(
            lambda f: self._post(lambda: self._finished(f, changes, on_done, on_error))
        )
        return future

    def edit(
        self,
        make: Callable[[Library], Edit],
        on_done: Callable[[Edit], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future | None:
        """Make an undoable edit (a function of app/core/library_edits.py)."""
        asked = time.monotonic()

        def done(edit: Edit) -> None:
            self.made(edit, asked)
            if on_done is not None:
                on_done(edit)

        return self.run(make, None, done, on_error)

    def made(self, edit: Edit, asked: float | None = None) -> None:
        """Put an edit already made on the writer (a source added by `run`)
        on the undo stack, for Edit > Undo to take back; `asked` is when the
        user asked for it (time.monotonic(); now if not given)."""
        self.undo_stack.push(LibraryCommand(self, edit, asked))

    def steps(
        self,
        start: Callable[[Library], Iterator[Any]],
        on_step: Callable[[Any], None],
        on_finished: Callable[[bool], None],
        changes: Changes,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Steps | None:
        """A long job (an import) on the writer, step by step: `on_step(value)`
        per step and `on_finished(completed)` at the end, both on the window's
        thread; `changed(changes)` as steps are made, so views follow along:
        once for the steps that arrived together, at most once a second, and
        always before `on_finished` (each `changed` re-reads every view, which
        on a big library takes longer than a file's step; one per step froze
        the window for as long as the steps that queued up behind it)."""
        if self.writer is None:
            self._fail(LibraryReadOnlyError(self.readonly_message), on_error)
            return None

        def step(value) -> None:
            self._post(lambda: (on_step(value), self._hold(changes)))

        def finished(future: Future) -> None:
            self._tell_held()
            self._finished(future, None, on_finished, on_error)

        self._pending += 1
        job = self.writer.submit_steps(start, step)
        job.future.add_done_callback(lambda f: self._post(lambda: finished(f)))
        return job

    def _hold(self, changes: Changes) -> None:
        """`changes` told with the others held, when the window's thread has
        taken in every step waiting for it and a second has passed since the
        last ones were told."""
        self._held = changes if self._held is None else self._held | changes
        if not self._held_timer.isActive():
            since = (time.monotonic() - self._held_told) * 1000
            self._held_timer.start(int(max(0.0, STEPS_TELL_MS - since)))

    def _tell_held(self) -> None:
        self._held_timer.stop()
        held, self._held = self._held, None
        if held is not None:
            self._held_told = time.monotonic()
            self._tell(held)

    def _finished(self, future: Future, changes, on_done, on_error) -> None:
        self._pending -= 1
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - reported to the user, the window goes on
            self._fail(exc, on_error)
            return
        if isinstance(result, Edit):
            changes = result.changes
        self._tell(changes)
        if on_done is not None:
            on_done(result)

    def _fail(self, exc: Exception, on_error) -> None:
        if on_error is not None:
            on_error(exc)
        else:
            self.report(exc)

    def report(self, exc: Exception) -> None:
        """`failed`, with a write's failure in words."""
        if isinstance(exc, LibraryError):
            self.failed.emit(str(exc))
        else:
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    # -- other programs -------------------------------------------------------

    def _on_busy(self, waiting: bool) -> None:
        note = BUSY_NOTE if waiting else ""
        self._post(lambda: self.busyChanged.emit(self._lost_note or note))

    def _post(self, fn: Callable[[], Any]) -> None:
        """Run `fn` on the window's thread (called from the writer's)."""
        try:
            self._relay.call.emit(fn)
        except RuntimeError:
            pass  # the window is gone (closed without close()): nobody to tell

    def check_others(self) -> None:
        """Ask the writer whether another program has written; if so, every
        view reads again. And whether the library file is still there: said
        once, as soon as it is gone (searches go on reading the file the
        window holds; every write is refused from then on). Asked on the
        writer's thread: a share that stops answering holds it, not the window."""
        if self.writer is None or self._pending:
            return
        file = not is_team_location(self.path)

        def look(library: Library) -> tuple[LibraryError | None, bool]:
            return (library.gone() if file else None), library.poll_external_change()

        self.run(look, None, self._others_wrote, self._not_reached)

    def _not_reached(self, exc: Exception) -> None:
        """The background check failed (a team library's server stopped): said
        once, in the status bar, until it answers again. A box each poll,
        every 2 s, buried the window while the server was away."""
        if not self._lost_note:
            self._lost_note = (
                f"No answer from {self.reader.name}: showing what was read before; library"
                f" changes are refused until it answers (asked every {POLL_MS // 1000} s)."
                " The memo can still be edited and saved."
            )
            self.busyChanged.emit(self._lost_note)

    def _others_wrote(self, looked: tuple[LibraryError | None, bool]) -> None:
        gone, moved = looked
        if self._lost_note:
            self._lost_note = ""
            # Said where the loss was, for a few seconds, then the note goes.
            self.busyChanged.emit(f"{self.reader.name} answers again: shown as it is now.")
            QTimer.singleShot(REACHED_MS, lambda: self._lost_note or self.busyChanged.emit(""))
            moved = True  # what others did meanwhile went unheard
        if gone is not None and not self._told_gone:
            self._told_gone = True
            self.report(gone)
        if moved:
            self._tell(EVERYTHING)

    def _tell(self, changes: Changes | None) -> None:
        """Views read again, while the window is open: the reports of its last
        writes, arriving after its close, find the library closed or replaced."""
        if changes and not self._closed:
            self.changed.emit(changes)

    def _listen(self):
        """On a team library, others' commits are announced as they happen
        (LISTEN/NOTIFY): the views follow at once, not at the next poll.
        None when the listening connection cannot be opened (polling remains)."""
        # Imported here: a user without a server never loads the driver.
        from app.core.pg.notify import ChangeListener, ListenerThread

        try:
            listener = ChangeListener(str(self.reader.path))
        except LibraryError:
            return None
        if self.writer is not None:
            # Our own writes are announced by our own edits already.
            pid = self.writer.call(lambda library: library.db.raw.info.backend_pid, 30)
            listener.ignore(pid)

        def heard(changes) -> None:
            fields = {name: True for name in changes.view_fields()}
            if fields:
                self._relay.call.emit(lambda: self._tell(Changes(**fields)))

        return ListenerThread(listener, heard).start()

    # -- lifetime -------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """No write of ours is waiting or running (tests wait for this)."""
        return self._pending == 0

    def close(self) -> None:
        """Finish the queued writes and stop the writer (the window is closing)."""
        self._closed = True
        self._poll.stop()
        if self._listener is not None:
            self._listener.stop()
        if self.writer is not None:
            self.writer.close(30)
