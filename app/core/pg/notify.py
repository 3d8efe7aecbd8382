"""Changes others commit to a team library, as they commit them.

Every writing statement on a library table notifies channel
`briefing_changes` with the table and the writer's backend pid; PostgreSQL
delivers the notices at commit, once per table and transaction. A
`ChangeListener` holds a connection of its own that listens, and hands out
batches: which tables changed, by someone other than this app's own
connections (their pids are `ignore`d).

A lost connection is opened again; since notices sent meanwhile are lost,
the first batch after it says everything changed (`Changes.everything`);
while it cannot be opened, the batches are empty.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from app.core.errors import LibraryError
from app.core.pg.connect import open_raw
from app.core.pg.schema import CHANNEL, DATA_TABLES

# What each table's change means to the views (the fields of the library's
# change notice, app/core/library_edits.Changes).
VIEW_FIELDS: dict[str, tuple[str, ...]] = {
    "sources": ("sources", "all_details"),
    "deleted_sources": ("sources",),
    "items": ("items",),
    "speakers": ("speakers", "items"),
    "speaker_aliases": ("speakers",),
    "tags": ("tags",),
    "clusters": ("groups",),
    "cluster_members": ("groups",),
    "derived_marks": ("groups",),
    "conflicts": ("groups",),
    "conflict_members": ("groups",),
    "figure_claims": ("groups",),
    "conflict_claims": ("groups",),
    "claim_scans": (),
    "grouping_mark": (),
    "group_index": (),
    "conflict_resolutions": ("resolutions",),
}
ALL_FIELDS = tuple(sorted({f for fields in VIEW_FIELDS.values() for f in fields}))


@dataclass
class Changes:
    """What others changed since the last batch: tables, and by which backends."""

    tables: set[str] = field(default_factory=set)
    writers: set[int] = field(default_factory=set)
    everything: bool = False  # notices may have been missed: assume any table changed

    def __bool__(self) -> bool:
        return bool(self.tables) or self.everything

    def touches(self, *tables: str) -> bool:
        """Whether any of these tables changed."""
        return self.everything or not self.tables.isdisjoint(tables)

    def view_fields(self) -> set[str]:
        """What the views must read again (see VIEW_FIELDS)."""
        if self.everything:
            return set(ALL_FIELDS)
        return {f for t in self.tables for f in VIEW_FIELDS.get(t, ())}


class ChangeListener:
    """Listens for a team library's change notices on a connection of its own."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._ignored: set[int] = set()
        self._conn: psycopg.Connection | None = None
        self._missed = False
        self._connect()

    def _connect(self) -> None:
        self._conn = open_raw(self.location)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def ignore(self, backend_pid: int) -> None:
        """Leave out notices from this backend (one of this app's own connections)."""
        self._ignored.add(backend_pid)

    def wait(self, timeout: float) -> Changes:
        """Block until others commit a change or `timeout` seconds pass; return
        what changed (empty on timeout). Notices arriving together come as one batch."""
        out = Changes()
        deadline = time.monotonic() + timeout
        try:
            if self._conn is None:
                self._connect()
                self._missed = True
            assert self._conn is not None
            # Said once the connection is back: while the server cannot be
            # reached, "everything changed" had every view read again, and
            # fail, each time the listener tried.
            out.everything, self._missed = self._missed, False
            while not out and (left := deadline - time.monotonic()) > 0:
                for notice in self._conn.notifies(timeout=left, stop_after=1):
                    self._take(notice.payload, out)
            # What was committed with it (or just after) comes in the same batch.
            for notice in self._conn.notifies(timeout=0.01):
                self._take(notice.payload, out)
        except (psycopg.OperationalError, LibraryError):
            self._drop()
            self._missed = True
            out = Changes()  # nothing is known while the server is away
            time.sleep(min(max(deadline - time.monotonic(), 0.0), 1.0))
        return out

    def _take(self, payload: str, out: Changes) -> None:
        try:
            data = json.loads(payload)
            table, pid = str(data["table"]), int(data["pid"])
        except (ValueError, KeyError, TypeError):
            out.everything = True  # a notice we cannot read: be safe
            return
        if pid in self._ignored:
            return
        if table in DATA_TABLES:
            out.tables.add(table)
            out.writers.add(pid)

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        self._drop()


class ListenerThread:
    """Runs a `ChangeListener` on a thread, calling `on_changes(Changes)` (on
    that thread) for each batch, until `stop()`."""

    def __init__(
        self, listener: ChangeListener, on_changes: Callable[[Changes], None], poll: float = 0.5
    ) -> None:
        self.listener = listener
        self._on_changes = on_changes
        self._poll = poll
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="library-listener", daemon=True)

    def start(self) -> ListenerThread:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            changes = self.listener.wait(self._poll)
            if changes and not self._stop.is_set():
                self._on_changes(changes)
        self.listener.close()

    def stop(self, timeout: float | None = 5) -> bool:
        """Stop listening; True when the thread has ended."""
        self._stop.set()
        self._thread.join(timeout)
        return not self._thread.is_alive()
