"""Whether a library's -wal file holds changes its main file lacks.

SQLite reads a WAL library in a read-only folder only with its -shm file
beside it; without one (copied without it, a crash on a share) it can read
the main file alone, as an immutable file, and the changes written since the
last checkpoint, which only the -wal holds, go unseen. `holds_changes` tells
whether there are any, reading the -wal as SQLite's recovery does: frames
whose salts and running checksum are valid, up to the last commit.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC = (0x377F0682, 0x377F0683)  # checksums little-endian, big-endian
_HEADER = 32
_FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


def wal_path(library: Path) -> Path:
    return library.with_name(library.name + "-wal")


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def _committed_pages(wal: bytes, *, verify: bool = True) -> dict[int, bytes]:
    """The newest image of each page in the -wal's committed transactions
    (without `verify`, of frames whose salts are right, checksums unread)."""
    if len(wal) < _HEADER:
        return {}
    magic, _version, page_size = struct.unpack(">III", wal[:12])
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return {}
    order = ">" if magic & 1 else "<"
    salts = wal[16:24]
    sums = _checksum(wal[:24], order, 0, 0)
    if sums != struct.unpack(">II", wal[24:32]):
        return {}  # no valid header: SQLite ignores the whole file
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    at = _HEADER
    while at + _FRAME_HEADER + page_size <= len(wal):
        head = wal[at : at + _FRAME_HEADER]
        page = wal[at + _FRAME_HEADER : at + _FRAME_HEADER + page_size]
        if head[8:16] != salts:
            break  # a frame of an earlier round of the -wal
        if verify:
            sums = _checksum(head[:8], order, *sums)
            sums = _checksum(page, order, *sums)
            if sums != struct.unpack(">II", head[16:24]):
                break  # torn: written when the crash came
        number, commit_size = struct.unpack(">II", head[:8])
        pending[number] = page
        if commit_size:
            committed.update(pending)
            pending.clear()
        at += _FRAME_HEADER + page_size
    return committed


def holds_changes(library: Path) -> bool:
    """Whether the library's -wal file holds a committed page that its main
    file does not have as it is (a -wal that cannot be read may: True)."""
    try:
        wal = wal_path(library).read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    # Checksums are slow to add up in Python: only for a -wal whose frames,
    # taken on their salts alone, hold a page the main file has otherwise.
    return _differs(library, _committed_pages(wal, verify=False)) and _differs(
        library, _committed_pages(wal)
    )


def _differs(library: Path, pages: dict[int, bytes]) -> bool:
    """Whether the main file lacks one of `pages` as it is (unreadable: True)."""
    if not pages:
        return False
    size = len(next(iter(pages.values())))
    try:
        with open(library, "rb") as main:
            for number, image in pages.items():
                main.seek((number - 1) * size)
                if main.read(size) != image:
                    return True
    except OSError:
        return True
    return False
