"""Undoing a source's deletion after the same article was imported again:
refused in words naming the article, the new copy and its items kept."""

from __future__ import annotations

from contextlib import closing

import pytest

from app.core import library_edits as edits
from app.core.model import SourceMeta
from app.core.store import Library, LibraryError

TEXT = "The Quillon ward levy was set on Monday, the Velmar office said."


def test_undoing_a_deletion_of_an_article_imported_again_since_is_refused(tmp_path):
    with closing(Library(tmp_path / "library.sqlite")) as library:
        first = library.add_source(TEXT, SourceMeta(title="Ward levy"))
        delete = edits.delete_source(library, first)
        again = library.add_source(TEXT, SourceMeta(title="Ward levy, again"))
        with pytest.raises(LibraryError, match=rf"Ward levy.*imported again.*source {again}"):
            delete.revert(library)
        assert [(sid, meta.title) for sid, _n, meta, _c in library.sources()] == [
            (again, "Ward levy, again")
        ]
        assert library.deleted_source_ids() == {first}
