"""Errors of the library, shared by the store and its parts.

Every error says which library file it is about and what went wrong, in
words a user can act on; the subclasses let a caller choose what to offer
(a read-only copy of a damaged library, a wait for a busy one).
"""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """A library file that cannot be opened or written, with a readable reason."""


class LibraryDamagedError(LibraryError):
    """The library file is damaged (not a database, or pages that do not read)."""


class LibraryNewerError(LibraryError):
    """The library was made by a newer version; it is refused untouched."""


class LibraryEmptyError(LibraryError):
    """A library file of 0 bytes, or an SQLite file with no tables and no -wal
    (`no_tables`): one cut short or copied without its -wal, or never a library. It is
    refused untouched (made a new library, it would hide what happened);
    `reason` says so without the advice for the command line."""

    def __init__(self, path, *, no_tables: bool = False):
        self.path = path
        what = "the file is empty (0 bytes): no library is in it"
        if no_tables:
            # SQLite keeps a library's latest changes in the -wal file until
            # they are written into the library file itself.
            what = (
                f"the file holds no library (an SQLite file with no tables, and no"
                f" {Path(path).name}-wal beside it, the file that holds a library's latest"
                " changes until they are written into it)"
            )
        self.reason = (
            f"{path}: {what}. A library file cut short (by a full disk, a crash, or a copy"
            " that did not finish or left its -wal file behind) looks like this, so it is"
            " not made a new library; nothing was written to it."
        )
        super().__init__(
            f"{self.reason} If it held your library, restore it from a backup; to start a"
            " new library there, delete the empty file first."
        )


class LibraryReadOnlyError(LibraryError):
    """A write to a library that can only be read (file, folder or mount)."""


class LibraryWriteError(LibraryError):
    """A write the disk refused: full, or an I/O error."""


class LibraryBusyError(LibraryError):
    """Another program held the library locked for far longer than a write takes."""


class DuplicateSourceError(LibraryError):
    """The text of a source being added is already in the library."""

    def __init__(self, existing_id: int, title: str):
        super().__init__(f"already in the library as source {existing_id} ({title or 'untitled'})")
        self.existing_id = existing_id
