"""Python's cycle collector, run on the window's thread only.

Left to itself, the collector runs in whichever thread happens to allocate
when its counts run over, and it then frees every unreachable cycle, Qt
wrappers included. A Qt object destroyed from the library's writer thread
while the window's thread builds widgets crashes the process (seen as a
segmentation fault inside a writer's `connect`). So the automatic collector
is switched off, and a timer on the window's thread runs the same
generational collections, with the same thresholds, a few times a second.

Code that holds the collector off for a while (a regroup on the writer,
`app.core.collector_hold`) restores whatever state it found, so it leaves
this arrangement as it was; while it holds, the timer collects nothing: a
pass would walk the run's heap, on this thread, for seconds on a big library.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from app.core.collector_hold import held

CHECK_EVERY_MS = 250


class MainThreadCollector(QObject):
    """Owns the cycle collector: collections happen in `check`, on the
    thread this object lives in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_EVERY_MS)

    def check(self) -> int:
        """The collections the automatic collector would have made by now,
        oldest generation first; returns how many objects were freed (none
        while a run holds the collector off: its counts wait for it)."""
        if gc.isenabled():  # handed back by code that paused it before we came
            gc.disable()
        if held():
            return 0
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if old > third:
            return gc.collect(2)
        if middle > second:
            return gc.collect(1)
        if young > first:
            return gc.collect(0)
        return 0


_collector: MainThreadCollector | None = None


def collect_on_this_thread(app: QObject) -> MainThreadCollector:
    """Switches the automatic collector off and installs the one collector
    for the application (once); call it on the window's thread."""
    global _collector
    gc.disable()
    if _collector is None:
        # What is alive by now (modules, Qt's wrappers of its types) lives as
        # long as the app: left out of every collection from here on, a full
        # one looks only at what was made since (12 ms -> under 1 ms with the
        # window's modules loaded), and holds the list's worker, which needs
        # the same interpreter lock, that much less.
        gc.freeze()
        _collector = MainThreadCollector(app)
    return _collector
