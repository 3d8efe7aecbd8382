"""Functions run in child processes by the shared-library tests (kept light:
a spawned child imports this module, not the test module)."""

from __future__ import annotations

from app.core.model import SourceMeta
from app.core.store import Library


def create_and_add(path: str, n: int, start, results) -> None:
    """Wait for the start signal, open (create) the library, add one source."""
    start.wait()
    try:
        with Library(path) as library:
            text = f"Worker {n} wrote this article about the harbour. It has two sentences."
            library.add_source(text, SourceMeta(title=f"worker {n}"))
        results.put((n, "ok"))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put((n, f"{type(exc).__name__}: {exc}"))
