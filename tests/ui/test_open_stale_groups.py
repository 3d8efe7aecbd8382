"""A library opened with its groups marked stale (an edit whose regroup never
ran) is regrouped by the window just after its first frame, on the writer,
and the views follow; one in step runs no grouping; a read-only one is left
as it is and the status bar says so. Invented names and sentences."""

from __future__ import annotations

import marshal
import re
import shutil

import pytest

from app.core import corroborate
from app.core.corroborate import grouping as grouping_run
from app.core.corroborate import index_format
from app.core.store import Library
from app.ui import stale_groups
from app.ui.live_library import LiveLibrary
from tests.core.test_redate_grouping import grouping
from tests.core.test_short_wording_speakers import SHORT, _add, _quote_of, _sources_together
from tests.ui.helpers import open_window


@pytest.fixture
def runs(monkeypatch) -> list[str]:
    """Each grouping run started (by name), the run itself made as before."""
    started: list[str] = []
    for name in ("update", "regroup", "build"):
        real = getattr(grouping_run, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            started.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(grouping_run, name, counted)
    return started


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The status lines the window's StaleGroups gave (or offered)."""
    lines: list[str] = []

    say = stale_groups.StaleGroups._say

    def recorded(self, text, msecs, *args):
        lines.append(text)
        say(self, text, msecs, *args)

    # A method replaced, not a subclass: a QObject class made in a test
    # leaves its QMetaObject to the cycle collector (tests/ui/test_qt_cycles.py).
    monkeypatch.setattr(stale_groups.StaleGroups, "_say", recorded)
    return lines


def _in_step(library) -> bool:
    return tuple(library.grouping_mark()) == library.item_extent()


def _stale_library(tmp_path):
    """Two sources of one short wording by two speakers, apart; then one
    quote given the other speaker in the store, the groups marked stale and
    not regrouped (as a process dying after the edit leaves them). Returns
    its path and what a full regroup of it stores."""
    path = tmp_path / "lib.sqlite"
    lib = Library(path)
    _add(lib, SHORT, "Ana Ruiz", "Pier news")
    second = _add(lib, SHORT, "Ivo Brask", "Ferry weekly")
    with lib.transaction():
        lib.set_item_speaker(_quote_of(lib, second), "Ana Ruiz", None)
        grouping_run.mark_stale(lib)
    lib.close()
    shutil.copy(path, tmp_path / "copy.sqlite")
    copy = Library(tmp_path / "copy.sqlite")
    corroborate.regroup(copy)
    expected = grouping(copy), _sources_together(copy)
    copy.close()
    return path, expected


def test_a_stale_library_is_regrouped_after_the_first_frame(
    qtbot, tmp_path, runs, said, monkeypatch
):
    path, (expected, together) = _stale_library(tmp_path)
    runs.clear()
    told = []
    tell = LiveLibrary._tell
    monkeypatch.setattr(
        LiveLibrary, "_tell", lambda live, changes: (told.append(changes), tell(live, changes))
    )
    library = Library(path)
    assert _sources_together(library) == [] != together  # what the edit left
    window = open_window(qtbot, library)  # waits until the window's writes are done

    assert runs == ["build"]  # a regroup's build, beside the writer
    assert grouping(library) == expected and _sources_together(library) == together == [2]
    assert _in_step(library)
    assert any(changes and changes.groups for changes in told)  # the views read them again
    assert said == [stale_groups.RUNNING_NOTE, stale_groups.DONE_NOTE]
    window.close()
    library.close()


def test_a_library_in_step_runs_no_grouping(qtbot, tmp_path, runs, said):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    _add(library, SHORT, "Ana Ruiz", "Pier news")
    _add(library, SHORT, "Ana Ruiz", "Ferry weekly")
    assert _in_step(library)
    runs.clear()
    window = open_window(qtbot, library)

    assert window.stale_groups._checked  # asked, after the first frame
    assert runs == [] and said == []
    window.close()
    library.close()


def test_a_library_grouped_by_another_format_is_regrouped(qtbot, tmp_path, runs, said):
    """Groups in step with the items but stored by an older version's rules
    (its index in another format) are made again by this version's."""
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    _add(library, SHORT, "Ana Ruiz", "Pier news")
    _add(library, SHORT, "Ana Ruiz", "Ferry weekly")
    expected = grouping(library)
    meta = index_format.stored_meta(library)
    meta["format"] = re.sub(r"-v(\d+)", lambda m: f"-v{int(m[1]) - 1}", meta["format"])
    with library.transaction():
        library.db.execute(
            "UPDATE group_index SET data = ? WHERE part = 'meta' AND bucket = 0",
            (marshal.dumps(meta),),
        )
    assert _in_step(library) and not index_format.stored_in_format(library)
    runs.clear()
    window = open_window(qtbot, library)

    assert runs == ["build"]  # a regroup's build, beside the writer
    assert index_format.stored_in_format(library) and grouping(library) == expected
    assert said == [stale_groups.RUNNING_NOTE, stale_groups.DONE_NOTE]
    window.close()
    library.close()


def test_a_read_only_stale_library_is_left_and_said(qtbot, tmp_path, runs, said):
    path, _ = _stale_library(tmp_path)
    runs.clear()
    library = Library(path, readonly=True)
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: said == [stale_groups.READONLY_NOTE], timeout=10_000)

    assert runs == [] and not _in_step(library)
    assert window.statusBar().currentMessage() == stale_groups.READONLY_NOTE
    window.close()
    library.close()
