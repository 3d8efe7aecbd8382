"""A library file that disappears while it is open (deleted, its folder
renamed, its drive or network share gone): the next write is refused in
words naming the file, instead of going on into a file nobody can reach
again (SQLite keeps writing the deleted file it holds, and all of it is
lost when the window closes)."""

from __future__ import annotations

import os

import pytest

from app.core.errors import LibraryError
from app.core.library_edits import set_tags
from app.core.model import NewItem, SourceMeta
from app.core.store import Library

FIRST = "Velmar Tarn said the ferry would run all winter. Quillon Roe disagreed."
SECOND = "Orra Vesk said the bridge toll would fall. Brask Quell called it a promise."


def _opened(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    library = Library(folder / "library.sqlite")
    end = FIRST.index(".") + 1
    library.add_source(FIRST, SourceMeta(title="Ferry"), items=[NewItem("fact", 0, end)])
    return folder, library


def _refused(call) -> str:
    with pytest.raises(LibraryError) as caught:
        call()
    return str(caught.value)


def test_a_deleted_library_file_refuses_the_next_write(tmp_path):
    folder, library = _opened(tmp_path)
    path = library.path
    os.unlink(path)
    message = _refused(lambda: library.add_source(SECOND, SourceMeta(title="Bridge")))
    assert message.startswith(f"{path}: the library file is no longer there")
    assert "nothing was written" in message
    item = library.items_of_source(1)[0].id
    assert "no longer there" in _refused(lambda: set_tags(library, item, ["ferry"]))
    library.close()
    assert not path.exists()  # nothing made anew at its place


def test_a_renamed_folder_refuses_the_next_write_and_keeps_the_file_as_it_was(tmp_path):
    folder, library = _opened(tmp_path)
    path = library.path
    moved = folder.rename(tmp_path / "share-old")
    assert "no longer there" in _refused(
        lambda: library.add_source(SECOND, SourceMeta(title="Bridge"))
    )
    library.close()
    assert not folder.exists()
    with Library(moved / "library.sqlite") as again:
        assert again.count_sources() == 1
    assert not path.exists()


def test_another_file_put_in_its_place_is_not_written_either(tmp_path):
    folder, library = _opened(tmp_path)
    path = library.path
    os.replace(path, tmp_path / "elsewhere.sqlite")
    with Library(path) as stranger:  # a new, empty library at the same name
        assert stranger.count_sources() == 0
    assert "no longer there" in _refused(
        lambda: library.add_source(SECOND, SourceMeta(title="Bridge"))
    )
    library.close()
    with Library(path) as stranger:
        assert stranger.count_sources() == 0
