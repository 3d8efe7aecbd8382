"""The one owner of a library's writes in a process (Anki's collection thread).

    writer = LibraryWriter(path)
    future = writer.submit(lambda library: edits.set_tags(library, item_id, tags))
    future.add_done_callback(...)      # called on the writer's thread

A thread with its own connection runs operations one at a time, in the order
they came, so SQLite is written from one thread and the window's thread never
waits for the file. A long job (an import of many files) is a generator: it
runs one step per turn, and operations queued meanwhile (a tag, a speaker)
run between its steps instead of after all of it.

While another process holds the library, the writer waits, telling
`on_busy(True)` and then `on_busy(False)`; that is never an error.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.first_use import dataclass_at_first_use
from app.core.pg.address import is_team_location
from app.core.store import Library, open_store

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")


def _future() -> Future:
    """A new future for an operation. (concurrent.futures loads with the first
    operation: the window's first frame queues none.)"""
    from concurrent.futures import Future

    return Future()


@dataclass_at_first_use()
class Steps:
    """A generator job on the writer; `cancel()` stops it before its next step."""

    start: Callable[[Library], Iterator[Any]]
    on_step: Callable[[Any], None]
    future: Future = field(default_factory=_future)
    _cancelled: threading.Event = field(default_factory=threading.Event)
    _steps: Iterator[Any] | None = None

    def cancel(self) -> None:
        """Stop after the step running now (thread-safe); the future's result is False."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


@dataclass_at_first_use()
class _Op:
    run: Callable[[Library], Any]
    future: Future = field(default_factory=_future)


class LibraryWriter:
    """Runs operations on a library, one at a time, on a thread of its own."""

    def __init__(self, path: str | Path, *, on_busy: Callable[[bool], None] | None = None):
        # A team library's address stays a string (Path would fold its "//").
        self.path = path if is_team_location(path) else Path(path)
        self._on_busy = on_busy
        self._queue: queue.Queue[_Op | Steps | None] = queue.Queue()
        self._closing = threading.Event()
        self._library: Library | None = None
        self._open_error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="library-writer", daemon=True)
        self._thread.start()

    def submit(self, run: Callable[[Library], T]) -> Future[T]:
        """Queue `run(library)`; its result (or exception) arrives in the future."""
        op = _Op(run)
        if self._closing.is_set():
            op.future.set_exception(RuntimeError("the library writer is closed"))
        else:
            self._queue.put(op)
        return op.future

    def call(self, run: Callable[[Library], T], timeout: float | None = None) -> T:
        """Submit and wait for the result (scripts, tests, shutdown)."""
        return self.submit(run).result(timeout)

    def submit_steps(
        self, start: Callable[[Library], Iterator[Any]], on_step: Callable[[Any], None]
    ) -> Steps:
        """Queue a generator job: `start(library)` gives the steps; each value
        goes to `on_step` (on the writer's thread). The future's result is True
        when every step ran, False when cancelled."""
        job = Steps(start, on_step)
        if self._closing.is_set():
            job.future.set_result(False)
        else:
            self._queue.put(job)
        return job

    def close(self, timeout: float | None = None) -> bool:
        """Finish the queued operations (cancelling generator jobs), close the
        connection; True when the thread has ended."""
        if not self._closing.is_set():
            self._closing.set()
            self._queue.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the writer's thread --------------------------------------------------

    def _run(self) -> None:
        try:
            self._library = open_store(self.path)
            self._library.set_busy_notice(self._on_busy)
        except BaseException as exc:  # noqa: BLE001 - every operation reports it
            self._open_error = exc
        while True:
            task = self._queue.get()
            if task is None:
                break
            if isinstance(task, Steps):
                self._step(task)
            else:
                self._op(task)
        if self._library is not None:
            self._library.close()

    def _op(self, op: _Op) -> None:
        if not op.future.set_running_or_notify_cancel():
            return
        if self._library is None:
            op.future.set_exception(self._open_error or RuntimeError("no library"))
            return
        try:
            result = op.run(self._library)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            op.future.set_exception(exc)
            return
        op.future.set_result(result)

    def _step(self, job: Steps) -> None:
        if self._library is None:
            job.future.set_exception(self._open_error or RuntimeError("no library"))
            return
        if job.cancelled or self._closing.is_set():
            if job._steps is not None:
                job._steps.close()
            job.future.set_result(False)
            return
        try:
            if job._steps is None:
                job.future.set_running_or_notify_cancel()
                job._steps = job.start(self._library)
            value = next(job._steps)
        except StopIteration:
            job.future.set_result(True)
            return
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            job.future.set_exception(exc)
            return
        try:
            job.on_step(value)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            job._steps.close()
            job.future.set_exception(exc)
            return
        self._queue.put(job)  # to the back: what was queued meanwhile runs first
