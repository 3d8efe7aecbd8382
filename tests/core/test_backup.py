"""The daily rolling backup, and what a damaged library still gives back."""

from __future__ import annotations

import datetime

import pytest

from app.core.backup import KEEP, backups, latest_backup, make_daily_backup, salvage
from app.core.errors import LibraryDamagedError
from app.core.model import NewItem
from app.core.store import Library, SearchFilter
from tests.core.library_faults import damage_pages, seeded_library_file


def test_one_checked_copy_a_day_and_the_newest_seven_kept(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    first = make_daily_backup(path, datetime.date(2026, 11, 1))
    assert first == tmp_path / "backups" / "lib-2026-11-01.sqlite"
    assert make_daily_backup(path, datetime.date(2026, 11, 1)) is None  # once a day
    with Library(first, readonly=True) as copy:
        assert copy.count_sources() == 5
        assert copy.count(SearchFilter(query="council")) > 0
    for day in range(2, 12):
        make_daily_backup(path, datetime.date(2026, 11, day))
    kept = backups(path)
    assert len(kept) == KEEP
    assert latest_backup(path) == (kept[0], "2026-11-11")
    assert kept[-1].name == "lib-2026-11-05.sqlite"


def test_a_damaged_library_never_pushes_a_good_backup_out(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    good = make_daily_backup(path, datetime.date(2026, 11, 1))
    damage_pages(path)
    with pytest.raises(LibraryDamagedError, match="lib.sqlite: the library file is damaged"):
        make_daily_backup(path, datetime.date(2026, 11, 2))
    assert backups(path) == [good]
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_salvage_keeps_what_can_be_read(tmp_path):
    path = seeded_library_file(tmp_path / "lib.sqlite")
    with Library(path) as library:
        n_items = library.count(SearchFilter())
    damage_pages(path, prefix="items_fts")  # the search index is lost
    report = salvage(path, tmp_path / "copy.sqlite")
    assert report.rows["sources"] == 5 and report.rows["items"] == n_items
    with Library(tmp_path / "copy.sqlite", readonly=True) as copy:
        # The search index is built again from the salvaged items.
        assert copy.count(SearchFilter(query="council")) > 0
    damage_pages(path, prefix="speakers")  # quotes stay, unattributed
    report = salvage(path, tmp_path / "copy1.sqlite")
    assert report.rows["items"] == n_items and "speakers" in report.damaged
    damage_pages(path)  # now every table
    report = salvage(path, tmp_path / "copy2.sqlite")
    assert report.rows.get("sources", 0) == 0 and "sources" in report.damaged
    assert "could not read all of: sources" in report.summary()


def test_salvage_keeps_the_ids_the_damaged_library_gave_out(tmp_path):
    """An item deleted before the damage (the newest one) keeps its id
    retired in the salvaged copy: a memo may still cite it."""
    path = seeded_library_file(tmp_path / "lib.sqlite")
    with Library(path) as library:
        top = library.db.execute("SELECT max(id) FROM items").fetchone()[0]
        with library.transaction() as db:
            db.execute("DELETE FROM items WHERE id = ?", (top,))
    salvage(path, tmp_path / "copy.sqlite")
    with Library(tmp_path / "copy.sqlite") as copy:
        assert copy.db.execute("SELECT max(id) FROM items").fetchone()[0] == top - 1
        (source_id,) = copy.db.execute("SELECT min(id) FROM sources").fetchone()
        assert copy.add_item(source_id, NewItem("fact", 0, 5)) == top + 1
