"""Run a function off the GUI thread and get its result back on the GUI thread.

    run_in_background(lambda: slow(x), on_done=show, on_error=report)
    job = run_steps(lambda: build(x), on_step=progress, on_done=shown)  # job.cancel()

The function must not touch widgets, and must open its own SQLite connection
(a `Library` belongs to the thread that opened it).

A window's jobs (its searches, a memo read, a Sync) report to the window, so
its close waits for them (`wait_for_window_tasks`). A job that goes on by
itself once its window is gone (today's backup: its own connection, a
report through a weak reference) runs with `run_detached`: no window's close
waits for it; the application waits for it, or stops it, as it quits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker reach its slots there."""

    done = Signal(object)
    failed = Signal(object)
    step = Signal(object)

    def __init__(self, on_done, on_error, on_step=None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)
        if on_step is not None:
            self.step.connect(on_step)

    @Slot(object)
    def _finish_done(self, result) -> None:
        _live.discard(self)
        self._on_done(result)

    @Slot(object)
    def _finish_failed(self, exc) -> None:
        _live.discard(self)
        if self._on_error is not None:
            self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
            self._relay.failed.emit(exc)
            return
        self._relay.done.emit(result)


class StepsJob:
    """A generator run on a worker by `run_steps`; `cancel` stops it before its next step."""

    def __init__(self, make: Callable[[], Iterable[object]], relay: _Relay):
        self._make = make
        self._relay = relay
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> bool:
        """On the worker: each value to `step`; True when the generator ran to
        its end, False when cancelled (it is closed before its next step)."""
        steps = iter(self._make())
        while not self._cancelled.is_set():
            try:
                value = next(steps)
            except StopIteration:
                return True
            self._relay.step.emit(value)
        close = getattr(steps, "close", None)
        if close is not None:
            close()
        return False


_READS, _COUNTS, _LONG, _DETACHED = "reads", "counts", "long", "detached"
_WINDOW_LANES = (_READS, _COUNTS, _LONG)  # the jobs that report to a window
_pools: dict[str, QThreadPool] = {}
_live: set[_Relay] = set()


def pool(lane: str = _READS) -> QThreadPool:
    """One worker thread for quick reads ("reads": they queue up instead of
    competing), one for counting what a search found ("counts": the next
    search's rows never wait for a count), one for a window's long jobs
    ("long": a Sync), and one for detached jobs ("detached": a backup), so a
    long job never holds up a search, nor a backup a Sync."""
    if lane not in _pools:
        _pools[lane] = QThreadPool()
        _pools[lane].setMaxThreadCount(1)
    return _pools[lane]


def run_in_background(
    fn: Callable[[], object],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None] | None = None,
    long: bool = False,
    count: bool = False,
) -> None:
    """Call `fn()` on a worker thread; `on_done(result)` or `on_error(exc)` on
    the GUI thread. `long`: on the long jobs' worker; `count`: on the counts'."""
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    pool(_LONG if long else _COUNTS if count else _READS).start(_Task(fn, relay))


def run_steps(
    make: Callable[[], Iterable[object]],
    on_step: Callable[[object], None],
    on_done: Callable[[bool], None],
    on_error: Callable[[Exception], None] | None = None,
) -> StepsJob:
    """Iterate `make()` on the long jobs' worker: `on_step(value)` for each
    value, then `on_done(completed)` (False: cancelled), or `on_error(exc)`,
    all on the GUI thread. The job's `cancel` stops it between two values."""
    relay = _Relay(on_done, on_error, on_step)
    _live.add(relay)
    job = StepsJob(make, relay)
    pool(_LONG).start(_Task(job.run, relay))
    return job


def run_detached(
    fn: Callable[[], object],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """As `run_in_background`, for a job no window's close waits for: `fn`
    must hold nothing of a window, and its callbacks must hold windows weakly."""
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    pool(_DETACHED).start(_Task(fn, relay))


def _wait(lanes: tuple[str, ...], msecs: int) -> bool:
    waited = [pool(lane).waitForDone(msecs) for lane in lanes]  # each, even after one timed out
    return all(waited)


def wait_for_window_tasks(msecs: int = 10000) -> bool:
    """Block until the jobs that report to a window are done (its close):
    not the detached ones."""
    return _wait(_WINDOW_LANES, msecs)


def wait_for_tasks(msecs: int = 10000) -> bool:
    """Block until every queued job is done, detached ones too (tests, screenshots)."""
    return _wait((*_WINDOW_LANES, _DETACHED), msecs)
