"""A library file's first bytes, read without dropping this process's locks.

POSIX record locks belong to a process and a file, not to a descriptor:
closing any descriptor of a file drops every lock the process holds on it,
SQLite's included (SQLite defers its own closes for that reason). The window
opens one library several times (its reader, the writer thread, a worker's
read-only copy); each opening read the file's header with open() and closed
it, which left the connections already open unlocked. A command run
meanwhile (`main.py conflicts`) then took itself for the file's last user
and deleted the -wal and -shm the window was still writing into: the
window's next changes went to a file no other program could see.

So the header is read through one descriptor per file and process, opened by
the first `Library` of the file and closed when the last one closes: then no
connection of this process holds a lock that closing it could drop.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

Key = tuple[int, int]  # (device, inode)

_lock = threading.Lock()
# {file: [its file object, Libraries holding it, spare file objects]}
_kept: dict[Key, list] = {}


def hold(path: Path) -> Key | None:
    """Keep the file at `path` open until `release` (one per file: a second
    holder shares it); None when there is no file there (a library about to
    be made). Raises what open() raises for a folder or a file we may not
    read."""
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        return None
    key = (info.st_dev, info.st_ino)
    with _lock:
        if key in _kept:
            _kept[key][1] += 1
            return key
    try:
        kept = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by `release`
    except FileNotFoundError:
        return None
    info = os.fstat(kept.fileno())
    key = (info.st_dev, info.st_ino)
    with _lock:
        held = _kept.get(key)
        if held is None:
            _kept[key] = [kept, 1, []]
        else:
            # Two first holders at once: this one is one too many, but closing
            # it would drop the locks. Kept until the last release.
            held[1] += 1
            held[2].append(kept)
    return key


def read(key: Key, size: int) -> bytes:
    """The file's first `size` bytes (fewer if it is shorter), read through
    the file `hold` keeps open."""
    return os.pread(_kept[key][0].fileno(), size, 0)


def release(key: Key | None) -> None:
    """One holder less; the last one closes the file (its connections are
    closed by then)."""
    if key is None:
        return
    with _lock:
        held = _kept.get(key)
        if held is None:
            return
        held[1] -= 1
        if held[1] > 0:
            return
        del _kept[key]
    for kept in (held[0], *held[2]):
        kept.close()
