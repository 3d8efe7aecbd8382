"""A plain start (no memo asked for, nothing to restore) reopens the memo
open last time, as `run_gui` starts the app; a missing or broken one leaves
an untitled memo and a status line, never a dialog."""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.core.templates import new_brief
from app.ui.brief_files import EXAMPLE_BRIEF
from app.ui.settings import Settings
from tests.ui.helpers import close_started, run_gui_started


@pytest.fixture
def start(tmp_path, monkeypatch, qapp):
    """Starts the app as `main.py` does with no memo argument (its event loop
    returns at once) and gives its window; the window is closed after."""
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.add_source(
            "The Velmar council voted on the kettle levy on Tuesday, officials said.",
            SourceMeta(title="Velmar council"),
            items=[NewItem("fact", 0, 40)],
        )
    started = []

    def run():
        started.append(run_gui_started(monkeypatch, str(path)))
        return started[-1]

    yield run
    close_started(started)


def saved_memo(folder, subject: str):
    brief = new_brief()
    brief.header.subject = subject
    path = folder / "levy.brief.json"
    brief.save(path)
    return path


def test_a_plain_start_reopens_the_memo_saved_last(start, tmp_path, message_boxes):
    path = saved_memo(tmp_path, "The kettle levy vote")
    Settings().add_recent(path)
    window = start()
    assert window.document.path == path
    assert window.current_brief().header.subject == "The kettle levy vote"
    said = window.statusBar().currentMessage()
    assert said.startswith("Reopened levy.brief.json, the memo open last time"), said
    assert message_boxes == []


def test_a_missing_memo_leaves_an_untitled_one_and_says_so(start, tmp_path, message_boxes):
    path = saved_memo(tmp_path, "Gone")
    Settings().add_recent(path)
    path.unlink()
    window = start()
    assert window.document.path is None
    said = window.statusBar().currentMessage()
    assert said.startswith("Could not reopen levy.brief.json, the memo open last time:"), said
    assert said.endswith("An untitled memo is open instead"), said
    assert message_boxes == []


def test_a_broken_memo_leaves_an_untitled_one_and_says_so(start, tmp_path, message_boxes):
    path = tmp_path / "levy.brief.json"
    path.write_text('{"schema_version": 1, "header": ', encoding="utf-8")
    Settings().add_recent(path)
    window = start()
    assert window.document.path is None
    assert window.document.display_name() == "Untitled memo"
    said = window.statusBar().currentMessage()
    assert said.startswith("Could not reopen levy.brief.json, the memo open last time: not a"), said
    assert said.endswith("An untitled memo is open instead"), said
    assert message_boxes == []


def test_the_bundled_example_is_not_reopened(start, message_boxes):
    Settings().add_recent(EXAMPLE_BRIEF)
    window = start()
    assert window.document.path is None
    assert not window.statusBar().currentMessage().startswith(("Reopened", "Could not"))
    assert message_boxes == []
