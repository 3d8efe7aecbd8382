"""A library in a folder whose name holds a character that means something in
a URI ("#", "?", "%"): the daily backup, a salvage and a read-only open read
that library, not an empty file made at the name cut short."""

from __future__ import annotations

import datetime

import pytest

from app.core.backup import make_daily_backup, salvage
from app.core.model import SourceMeta
from app.core.store import Library

TEXT = "The Quillon ward levy was set at four percent on Tuesday."


@pytest.fixture(params=["Ward #4", "Draft?v=2", "Budget 100%25 final"])
def library_path(request, tmp_path):
    folder = tmp_path / request.param
    folder.mkdir()
    path = folder / "library.sqlite"
    with Library(path) as library:
        library.add_source(TEXT, SourceMeta(title="Levy"))
    return path


def test_the_daily_backup_copies_the_library(library_path):
    copy = make_daily_backup(library_path, datetime.date(2026, 11, 2))
    with Library(copy, readonly=True) as backup:
        assert backup.count_sources() == 1
    assert sorted(p.name for p in library_path.parent.parent.iterdir()) == [
        library_path.parent.name
    ]


def test_a_salvage_reads_the_library(library_path, tmp_path):
    report = salvage(library_path, tmp_path / "salvaged.sqlite")
    assert report.rows["sources"] == 1
    assert not report.damaged


def test_a_read_only_open_reads_the_library(library_path):
    with Library(library_path, readonly=True) as library:
        assert [meta.title for _id, _name, meta, _n in library.sources()] == ["Levy"]
