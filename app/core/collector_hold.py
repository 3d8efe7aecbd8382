"""Python's cycle collector held off while a long run builds a big heap.

    with collector_held():
        build_the_index()

A run that allocates millions of objects that all stay alive while it runs
(a regroup's signatures, keys and counts) makes every pass of the collector
walk them all and free nothing. Held, the collector makes no pass until the
run is over, whichever thread would have made it: here the automatic one is
switched off for the while, and the window's collector, which runs the
collections on the window's thread itself (app/ui/collector.py), asks `held`
first. On a 300,000-item library a regroup on the writer made the window's
collector walk its heap for 2.9 s at once, freezing the window.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0
_was_enabled = False  # the automatic collector's state when the first hold began


@contextmanager
def collector_held() -> Iterator[None]:
    """No collection while the block runs, nor while another thread's block
    does; the automatic collector's state is put back as the first of them
    found it when the last one ends."""
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _lock:
            _holds -= 1
            if _holds == 0 and _was_enabled:
                gc.enable()


def held() -> bool:
    """True while some thread runs a `collector_held` block."""
    return _holds > 0
