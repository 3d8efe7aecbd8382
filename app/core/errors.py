"""Errors of the library, shared by the store and its parts."""

from __future__ import annotations


class LibraryError(Exception):
    """A library file that cannot be opened or written, with a readable reason."""


class DuplicateSourceError(LibraryError):
    """The text of a source being added is already in the library."""

    def __init__(self, existing_id: int, title: str):
        super().__init__(f"already in the library as source {existing_id} ({title or 'untitled'})")
        self.existing_id = existing_id
