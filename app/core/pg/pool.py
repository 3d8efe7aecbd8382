"""Connections to a team library kept for the next time it is opened.

The library list opens the library anew on its worker thread for every
search in a big library, as it does a library file (app/ui/item_model.py).
Opening a file costs little; connecting to a server costs a handshake and a
password check (SCRAM), about 9 ms of both machines' time on one computer
and more across a network, which is more than most searches take. So a
closed `PgLibrary` hands its connection back here, and the next one opened
at the same address, in the same process, takes it.

A connection is only kept when it is idle (no transaction open) and sound,
and it is reset first, in one round trip: settings, session locks, LISTENs,
cursors and temporary tables go, as a new connection has none. The
statements psycopg prepared stay: they are its own, for this address. A few
are kept, none for long; one that the server closed meanwhile is found out
on its first use (app/core/pg/connect.py opens a new one then). A forked
child never uses its parent's: the socket is the parent's.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time

import psycopg

from app.core.pg.address import without_password

KEEP = 4  # idle connections kept in all (the list's workers, the window's own)
IDLE_S = 300.0  # one unused this long is closed: the server's sessions are not ours to hoard

# DISCARD ALL but for the prepared statements (and DISCARD ALL cannot run with
# other statements in one round trip).
RESET = (
    "CLOSE ALL; RESET ALL; UNLISTEN *; DISCARD TEMP; DISCARD SEQUENCES;"
    " SELECT pg_advisory_unlock_all();"
)

_lock = threading.Lock()
# (address, connection, what was read about its tables, when it was given back), oldest first.
_idle: list[tuple[str, psycopg.Connection, tuple, float]] = []
# Connections a forked child inherited: never used, and never closed from the
# child either (closing would end the parent's session on the shared socket).
_inherited: list = []


def take(location: str) -> tuple[psycopg.Connection, tuple] | None:
    """An idle connection to `location` with what was read about its tables
    when it was opened (the caller's), or None."""
    now = time.monotonic()
    with _lock:
        stale = [k for k in _idle if now - k[3] > IDLE_S]
        for k in stale:
            _idle.remove(k)
        found = next((k for k in reversed(_idle) if k[0] == location), None)
        if found is not None:
            _idle.remove(found)
    _close(c for _, c, _, _ in stale)
    return None if found is None else (found[1], found[2])


def give_back(location: str, conn: psycopg.Connection, tables: tuple, reset: str | None) -> None:
    """Keep `conn` for the next library opened at `location` when it is idle
    and sound, else close it; the oldest kept one makes room. `reset`: the
    settings of a new connection, made after `RESET`; None when nothing run
    on it can have left anything on the session (the library only read)."""
    keep = (
        not conn.closed
        and not conn.broken
        and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    )
    if keep and reset is not None:
        try:
            conn.execute(f"{RESET} {reset}")
        except psycopg.Error:
            keep = False
    if not keep:
        _close([conn])
        return
    with _lock:
        _idle.append((location, conn, tables, time.monotonic()))
        gone = _idle[:-KEEP]
        del _idle[:-KEEP]
    _close(c for _, c, _, _ in gone)


def has_idle(location: str) -> bool:
    """Whether a connection to `location` is kept for the next library opened there."""
    with _lock:
        return any(k[0] == location for k in _idle)


def close_idle(location: str | None = None) -> int:
    """Close the kept connections (to `location`, with or without a password
    in it, or all); how many. When a password is refused, before a database
    is dropped, or when the app ends."""
    bare = None if location is None else without_password(location)
    with _lock:
        gone = [k for k in _idle if bare is None or without_password(k[0]) == bare]
        for k in gone:
            _idle.remove(k)
    _close(c for _, c, _, _ in gone)
    return len(gone)


def _close(conns) -> None:
    for conn in conns:
        with contextlib.suppress(psycopg.Error):
            conn.close()


def _forget_in_child() -> None:
    global _lock
    _inherited.append(list(_idle))
    _idle.clear()
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)
