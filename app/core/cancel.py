"""Stopping long work from inside: a cooperative check between its steps.

A caller that may want to stop a long piece of work (an import of one big
file) passes `stop`, a function saying whether to stop now (an event's
`is_set`); the work calls `check(stop)` between its steps (a PDF's pages,
a text's sentences) and unwinds with `CancelledError` when told to. Nothing is
stored before the work's last step, so a cancelled file leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable

Stop = Callable[[], bool]


class CancelledError(Exception):
    """The work was stopped by its caller's `stop` before it was done."""


def check(stop: Stop | None) -> None:
    """Raise CancelledError when `stop` says to stop (None: never)."""
    if stop is not None and stop():
        raise CancelledError
