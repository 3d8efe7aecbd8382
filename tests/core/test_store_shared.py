"""The library as a shared, fallible file: other writers, damaged pages, read-only
and full disks, newer versions; and the edits that undo puts back (those, and
noticing other writers, on both backends: a file and a team library)."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
import threading
import time

import pytest

from app.core.errors import (
    LibraryDamagedError,
    LibraryNewerError,
    LibraryReadOnlyError,
    LibraryWriteError,
)
from app.core.importer import open_library
from app.core.model import NewItem, SourceMeta
from app.core.store import SCHEMA_VERSION, Library, SearchFilter
from tests.core.library_faults import (
    damage_pages,
    newer_library_file,
    read_only_folder,
    seeded_library_file,
)
from tests.core.store_workers import create_and_add

TEXT = 'The board met on Tuesday. "We are ready," Chair Vela Orrin said. The vote was 5-2.'


def add(library: Library, text: str = TEXT, title: str = "Board meets") -> int:
    start = text.index("We are ready")
    items = [
        NewItem("quote", start, start + len("We are ready,"), speaker="Vela Orrin"),
        NewItem("fact", 0, text.index(".") + 1),
    ]
    return library.add_source(text, SourceMeta(title=title), file_name="b.txt", items=items)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_library_is_refused_and_left_untouched(tmp_path):
    path = newer_library_file(tmp_path / "future.sqlite")
    before = _sha(path)
    with pytest.raises(LibraryNewerError, match="newer Briefing Builder.*not changed"):
        Library(path)
    assert _sha(path) == before
    assert not (tmp_path / "future.sqlite-wal").exists()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()


def test_processes_creating_one_new_library_at_once_all_succeed(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    for round_ in range(4):
        path = str(tmp_path / f"new{round_}.sqlite")
        start, results = ctx.Event(), ctx.Queue()
        workers = [
            ctx.Process(target=create_and_add, args=(path, n, start, results)) for n in range(3)
        ]
        for w in workers:
            w.start()
        start.set()
        outcomes = sorted(results.get(timeout=60) for _ in workers)
        for w in workers:
            w.join(30)
        assert outcomes == [(0, "ok"), (1, "ok"), (2, "ok")]
        with Library(path) as library:
            assert library.version == SCHEMA_VERSION
            assert library.count_sources() == 3


def test_a_write_waits_for_another_writer_and_says_so(tmp_path):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    notices: list[bool] = []
    library.set_busy_notice(notices.append)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.0, lambda: other.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    source_id = add(library)
    assert time.monotonic() - started >= 0.9  # it waited for the lock ...
    assert notices == [True, False]  # ... said so, and said when it was over
    assert library.source(source_id).meta.title == "Board meets"
    release.join()
    other.close()
    library.close()


def test_another_connections_commit_is_noticed(library_location):
    path = library_location
    mine, theirs = open_library(path), open_library(path)
    assert not mine.poll_external_change()
    add(mine)  # our own commit is not someone else's
    assert not mine.poll_external_change()
    add(theirs, TEXT + " More.", "Other")
    assert mine.poll_external_change()
    assert not mine.poll_external_change()  # told once
    mine.close()
    theirs.close()


def test_nested_transaction_failure_undoes_only_its_part(library_location):
    with open_library(library_location) as library:
        with library.transaction():
            add(library)
            with pytest.raises(ValueError), library.transaction():
                add(library, TEXT + " Another.", "Second")
                raise ValueError("inner step failed")
        assert [meta.title for _, _, meta, _ in library.sources()] == ["Board meets"]


def test_damaged_pages_name_the_library_not_sqlite(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    damage_pages(path)
    # Depending on where the damage lies, opening or reading finds it.
    with pytest.raises(LibraryDamagedError, match=f"{path}: the library file is damaged"):
        with Library(path) as library:
            library.sources()
            library.search(SearchFilter(query="council"))
            library.speakers()


def test_read_only_folder_opens_the_library_read_only(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = seeded_library_file(folder / "lib.sqlite")
    with read_only_folder(folder):
        library = Library(path)
        assert library.readonly and "read-only" in library.readonly_reason
        assert library.count_sources() == 5
        assert library.search(SearchFilter(query="council"), limit=1)
        with pytest.raises(LibraryReadOnlyError, match=f"{path}: the library is open read-only"):
            add(library)
        library.close()


def test_full_disk_names_the_library_and_the_cause(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    add(library)
    (pages,) = library.db.execute("PRAGMA page_count").fetchone()
    library.db.execute(f"PRAGMA max_page_count = {pages}")  # as good as a full disk
    big = "Another article. " * 20_000
    with pytest.raises(
        LibraryWriteError, match="lib.sqlite: the library cannot be written, the disk is full"
    ):
        library.add_source(big, SourceMeta(title="Too big"))
    assert library.count_sources() == 1
    library.close()


def test_deleted_source_keeps_its_ids_and_comes_back_whole(library_location):
    library = open_library(library_location)
    first = add(library)
    second = add(library, TEXT.replace("Tuesday", "Friday"), "Second meeting")
    items = [i.id for i in library.items_of_source(second)]
    quote = library.items_of_source(second, kind="quote")[0]
    library.set_item_tags(quote.id, ["ready"])
    library.set_derived(second, first, 0.5, by_user=True)

    snapshot = library.delete_source(second)
    assert library.count_sources() == 1
    assert library.deleted_source_ids() == {second}
    assert library.count(SearchFilter(query="friday")) == 0
    # New sources and items never take the deleted ones' ids.
    third = add(library, TEXT.replace("Tuesday", "Monday"), "Third")
    assert third > second
    assert min(i.id for i in library.items_of_source(third)) > max(items)

    library.restore_source(snapshot)
    assert library.deleted_source_ids() == set()
    assert [i.id for i in library.items_of_source(second)] == items
    assert library.item_tags(quote.id) == ["ready"]
    assert library.source(second).derived_from == first
    assert library.derived_marks()[0][:2] == (second, first)
    assert [i.id for i in library.search(SearchFilter(query="friday"))] == items[
        :1
    ] or library.count(SearchFilter(query="friday")) == 1
    library.close()


def test_speaker_merge_is_reversed_exactly(library_location):
    library = open_library(library_location)
    add(library)
    text = '"Not yet," V. Orrin said at the second meeting.'
    library.add_source(text, SourceMeta(title="Two"), items=[NewItem("quote", 1, 9, "V. Orrin")])
    speakers = {s.name: s for s, _ in library.speakers()}
    keep, gone = speakers["Vela Orrin"].id, speakers["V. Orrin"].id
    before = sorted((s.id, s.name, s.role, tuple(s.aliases), n) for s, n in library.speakers())
    quotes_before = {i.id: i.speaker_id for i in library.search(SearchFilter(kind="quote"))}

    merge = library.merge_speakers(keep, gone)
    assert [s.name for s, _ in library.speakers()] == ["Vela Orrin"]
    library.unmerge_speakers(merge)

    after = sorted((s.id, s.name, s.role, tuple(s.aliases), n) for s, n in library.speakers())
    assert after == before
    assert {i.id: i.speaker_id for i in library.search(SearchFilter(kind="quote"))} == quotes_before
    assert library.count(SearchFilter(query="orrin", speaker_id=gone)) == 1
    library.close()


def test_rename_and_speaker_choice_are_reversed(library_location):
    library = open_library(library_location)
    add(library)
    quote = library.search(SearchFilter(kind="quote"))[0]
    rename = library.rename_speaker(quote.speaker_id, "Vela M. Orrin")
    assert library.item(quote.id).speaker_name == "Vela M. Orrin"
    library.undo_rename(rename)
    speaker = library.speakers()[0][0]
    assert (speaker.name, speaker.aliases) == ("Vela Orrin", [])

    choice = library.set_item_speaker(quote.id, "Tamsin Oakhurst")
    assert library.item(quote.id).speaker_name == "Tamsin Oakhurst"
    library.undo_item_speaker(choice)
    item = library.item(quote.id)
    assert (item.speaker_name, item.speaker_locked) == ("Vela Orrin", False)
    assert [s.name for s, _ in library.speakers()] == ["Vela Orrin"]
    library.close()
