"""A plain start opens the library used last, not the default one.

A reporter who made a library of their own (File > New Library, or Open
Library) and quit found the bundled library at the next start, with their
memo reopened against it: every block "not in this library", their sources
nowhere, as if the work were lost.
"""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.paths import default_library_path
from app.core.store import Library
from app.ui import application
from app.ui.settings import Settings
from tests.ui.helpers import close_started, run_gui_started


@pytest.fixture
def start(monkeypatch, qapp):
    """Starts the app as `main.py` does with no --library (or with `library`)."""
    started = []

    def run(library=None):
        started.append(run_gui_started(monkeypatch, library))
        return started[-1]

    yield run
    close_started(started)


def own_library(path, title="Velmar council"):
    with Library(path) as library:
        library.add_source(
            "The Velmar council voted on the kettle levy on Tuesday, officials said.",
            SourceMeta(title=title),
            items=[NewItem("fact", 0, 40)],
        )
    return path


def test_a_plain_start_opens_the_library_used_last(start, tmp_path):
    ours = own_library(tmp_path / "backgrounder.sqlite")
    Settings().add_recent_library(ours)
    window = start()
    assert window.library.path == ours
    assert list(window.library.source_titles().values()) == ["Velmar council"]
    assert not default_library_path().exists()  # no bundled library made beside it


def test_a_library_asked_for_wins_over_the_one_used_last(start, tmp_path):
    Settings().add_recent_library(own_library(tmp_path / "backgrounder.sqlite"))
    other = own_library(tmp_path / "other.sqlite", "Other")
    window = start(str(other))
    assert window.library.path == other


def test_the_last_library_gone_opens_the_default_and_says_so(start, tmp_path):
    gone = tmp_path / "moved" / "backgrounder.sqlite"
    Settings().add_recent_library(gone)
    window = start()
    assert window.library.path == default_library_path()
    said = window.statusBar().currentMessage()
    assert str(gone) in said and "not found" in said, said
    assert not gone.parent.exists()  # never made anew where it was


def test_a_team_library_used_last_is_not_dialled_at_start(start, monkeypatch):
    asked = []
    monkeypatch.setattr(application, "open_store", lambda *a, **k: asked.append(a))
    Settings().add_recent_library("postgresql://newsroom.invalid/briefs")
    window = start()
    assert window.library.path == default_library_path()
    assert asked == []
