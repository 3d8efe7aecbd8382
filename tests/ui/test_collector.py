"""Cycles are collected on the window's thread, never on a worker's.

A Qt object freed from the library's writer thread while the window's thread
builds widgets crashes the process; this is what keeps that from happening.
"""

import gc
import threading

from app.core.collector_hold import collector_held
from app.ui.application import make_app
from app.ui.collector import collect_on_this_thread


class _Cycle:
    freed_on: list[int] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.get_ident())


def test_the_app_switches_the_automatic_collector_off(qapp):
    assert make_app() is qapp
    assert not gc.isenabled()
    assert collect_on_this_thread(qapp) is collect_on_this_thread(qapp)


def test_cycles_dropped_on_a_worker_are_freed_on_the_window_thread(qtbot, qapp):
    make_app()
    _Cycle.freed_on.clear()

    def worker() -> None:
        for _ in range(50):
            _Cycle()
        # Enough allocation to run the automatic collector several times over.
        junk = [[i] for i in range(200_000)]
        del junk

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert _Cycle.freed_on == []  # the worker's allocations collected nothing
    # New objects on this thread run the counts over, as any work does: the
    # timer's next collection frees the cycles, here.
    kept = [[i] for i in range(5 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 50, timeout=10_000)
    del kept
    assert set(_Cycle.freed_on) == {threading.get_ident()}


def test_while_a_run_holds_the_collector_the_window_collects_nothing(qapp):
    collector = collect_on_this_thread(qapp)
    _Cycle.freed_on.clear()
    with collector_held():
        for _ in range(50):
            _Cycle()
        kept = [[i] for i in range(50 * gc.get_threshold()[0])]  # every count run over
        assert collector.check() == 0
        assert _Cycle.freed_on == []
    # The run is over: the next check collects what waited for it.
    for _ in range(100):  # a young collection first, or an older one: all free them
        kept.extend([i] for i in range(gc.get_threshold()[0] + 1))
        collector.check()
        if _Cycle.freed_on:
            break
    del kept
    assert len(_Cycle.freed_on) == 50
