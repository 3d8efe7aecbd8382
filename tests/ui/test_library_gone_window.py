"""A library on a share or a stick that goes away while the window is open
(the file deleted, its folder renamed): the window says so at once, once,
and every write after it is refused in words; nothing is written into the
file it still holds, nor made anew at its place (invented words)."""

from __future__ import annotations

from app.core.library_edits import set_tags
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window, wait_idle

TEXT = "Orra Vesk said the harbour toll would fall by spring. Brask Quell doubted it."


def test_a_library_folder_renamed_while_open_is_said_once_and_written_never(
    qtbot, tmp_path, message_boxes
):
    share = tmp_path / "share"
    share.mkdir()
    library = Library(share / "library.sqlite")
    library.add_source(TEXT, SourceMeta(title="Harbour"), items=[NewItem("fact", 0, 49)])
    window = open_window(qtbot, library)
    item = library.items_of_source(1)[0].id
    path = library.path
    moved = share.rename(tmp_path / "share-unplugged")
    said = (
        f"{path}: the library file is no longer there (deleted, moved, or its folder, drive"
        " or network share is gone); nothing was written. Open it again where it is now"
        " (File > Open Library), or reconnect the drive and reopen it."
    )
    window.live.check_others()  # the poll, every two seconds
    wait_idle(qtbot, window)
    assert message_boxes == [("warning", "The library was not changed", said)]
    window.live.check_others()
    wait_idle(qtbot, window)
    assert len(message_boxes) == 1  # said once, not at every poll
    window.live.edit(lambda lib: set_tags(lib, item, ["harbour"]))
    wait_idle(qtbot, window)
    assert message_boxes[1:] == [("warning", "The library was not changed", said)]
    window.close()
    library.close()
    assert not share.exists()
    with Library(moved / "library.sqlite") as kept:
        assert kept.item_tags(item) == []


def test_a_search_on_the_worker_after_the_folder_went_says_so(qtbot, tmp_path, monkeypatch):
    """A big library's text search reads on a worker, through a connection
    of its own: when that cannot open the file, the error is said on the
    window's thread (as a search read there is), and the list stops saying
    "searching...". It was dropped: "searching..." for ever, in no words."""
    import sys

    from app.core.errors import LibraryError
    from app.core.store_search import SearchFilter
    from app.ui.item_model import ItemTableModel

    said = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: said.append(exc))
    share = tmp_path / "share"
    share.mkdir()
    library = Library(share / "library.sqlite")
    library.add_source(TEXT, SourceMeta(title="Harbour"), items=[NewItem("quote", 0, 49)])
    model = ItemTableModel(library, flt=SearchFilter(kind="quote"), background=True)
    share.rename(tmp_path / "share-unplugged")
    model.set_filter(SearchFilter(query="harbour", kind="quote"))
    assert model.searching
    qtbot.waitUntil(lambda: not model.searching, timeout=10_000)
    assert len(said) == 1 and isinstance(said[0], LibraryError)
    assert str(said[0]).startswith(f"{library.path}: the library cannot be opened")
    model.stop()
    library.close()
