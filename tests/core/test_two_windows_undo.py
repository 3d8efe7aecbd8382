"""Two windows (two programs) on one library edit one source's details, or
one item's tags: a save, or an undo, changes only what its own edit
changed; a field or a tag the other window set meanwhile stays."""

from __future__ import annotations

from contextlib import closing

import pytest

from app.core import library_edits as edits
from app.core.errors import LibraryError
from app.core.model import NewItem, SourceMeta
from app.core.store import Library

TEXT = "The Quillon ward levy was set at four percent."
FIRST = SourceMeta(title="Levy set", outlet="Quillon Courier")
URL = "https://example.org/levy"


def _details(path, source_id):
    with closing(Library(path)) as library:
        return library.source(source_id).meta


def test_a_save_keeps_a_field_another_window_set_after_the_form_was_shown(tmp_path):
    path = tmp_path / "lib.sqlite"
    with closing(Library(path)) as mine, closing(Library(path)) as theirs:
        source_id = mine.add_source(TEXT, FIRST)
        shown = mine.source(source_id).meta  # the form opens with these
        theirs.update_source_meta(source_id, SourceMeta(title="Levy set", url=URL))
        typed = SourceMeta(title="Levy set at four percent", outlet="Quillon Courier")
        edit = edits.update_source_meta(mine, source_id, typed, seen=shown)
        assert _details(path, source_id) == SourceMeta(
            title="Levy set at four percent", outlet="", url=URL
        )
        # Their later change of the outlet survives my undo too.
        theirs.update_source_meta(
            source_id, SourceMeta(title="Levy set at four percent", outlet="Courier", url=URL)
        )
        redo = edit.revert(mine)
        assert _details(path, source_id) == SourceMeta(title="Levy set", outlet="Courier", url=URL)
        redo.revert(mine)
        assert _details(path, source_id).title == "Levy set at four percent"


def test_undoing_a_tag_edit_keeps_a_tag_another_window_gave_meanwhile(tmp_path):
    path = tmp_path / "lib.sqlite"
    with closing(Library(path)) as mine, closing(Library(path)) as theirs:
        source_id = mine.add_source(TEXT, FIRST)
        item = mine.add_item(source_id, NewItem("fact", 0, len(TEXT)))
        edit = edits.set_tags(mine, item, ["levy"], seen=[])
        theirs.set_item_tags(item, ["levy", "ward"], seen=["levy"])
        redo = edit.revert(mine)
        assert theirs.item_tags(item) == ["ward"]
        redo.revert(mine)
        assert theirs.item_tags(item) == ["levy", "ward"]


def test_undoing_an_edit_of_a_source_another_window_deleted_says_so_in_words(tmp_path):
    path = tmp_path / "lib.sqlite"
    with closing(Library(path)) as mine, closing(Library(path)) as theirs:
        source_id = mine.add_source(TEXT, FIRST)
        item = mine.add_item(source_id, NewItem("fact", 0, len(TEXT)))
        mine.set_item_tags(item, ["levy"])
        tags = edits.set_tags(mine, item, ["ward"], seen=["levy"])
        details = edits.update_source_meta(
            mine, source_id, SourceMeta(title="Levy set", url=URL), seen=FIRST
        )
        theirs.delete_source(source_id)
        for edit in (details, tags):
            with pytest.raises(LibraryError, match="deleted meanwhile"):
                edit.revert(mine)
