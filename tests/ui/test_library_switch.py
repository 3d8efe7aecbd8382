"""Switching libraries from File > Open leaves no old window behind.

Users keep the app open for days and move between their own library and a
team one: each switch must free the window it replaces (its Python wrapper
and its Qt object), or every switch keeps a whole window and its library.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import weakref
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.brief import Brief
from app.core.errors import LibraryDamagedError
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui import application
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_for_tasks

SWITCHES = 6


def library_file(path, title: str) -> str:
    with Library(path) as library:
        library.add_source(
            f"The {title} council voted on the kettle levy on Tuesday, officials said.",
            SourceMeta(title=title),
            items=[NewItem("fact", 0, 40)],
        )
    return str(path)


def live_main_windows(folder: Path) -> list[MainWindow]:
    """The windows still in memory after a full collection (their Qt object
    deleted or not) on the libraries in `folder`: this test's, not others'."""
    gc.collect()
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, MainWindow) and Path(o.library.path).resolve().parent == folder.resolve()
    ]


def start_on_two_libraries(tmp_path, monkeypatch) -> tuple[str, str, argparse.Namespace]:
    """Libraries a and b in `tmp_path`, and the app's first window on a,
    wired as run_gui wires it (application._windows[-1]). The error hook and
    the list of windows are put back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(application, "_windows", [])
    a = library_file(tmp_path / "a.sqlite", "Ours")
    b = library_file(tmp_path / "b.sqlite", "Team")
    args = argparse.Namespace(library=a, screenshot=None, brief=None)
    window = application._window_for(a, args)
    application._report_library_errors(window)
    application._follow_library_choices(window, args)
    application._after_first_frame(window)
    window.show()
    return a, b, args


def switch_from_the_menu(qtbot, window: MainWindow, path: str) -> MainWindow:
    """File > Open Library... on `path`, as the menu asks for it."""
    window.library_menu.openRequested.emit(path)
    qtbot.waitUntil(lambda: application._windows[-1] is not window, timeout=10_000)
    new = application._windows[-1]
    qtbot.waitUntil(new.isVisible)
    return new


def close_last(window: MainWindow) -> None:
    window.close()
    application._windows.clear()
    wait_for_tasks()


def test_switching_libraries_frees_each_old_window(qtbot, tmp_path, monkeypatch):
    a, b, args = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    old: list[weakref.ref] = []
    libraries: list[weakref.ref] = []
    destroyed: list[int] = []
    for n in range(SWITCHES):
        old.append(weakref.ref(window))
        libraries.append(weakref.ref(window.library))
        window.destroyed.connect(lambda *_: destroyed.append(1))  # its Qt object went
        window = switch_from_the_menu(qtbot, window, b if n % 2 == 0 else a)
    assert window.library.path.name == "a.sqlite"
    qtbot.wait(50)  # the event loop runs on: what was to go goes
    assert len(live_main_windows(tmp_path)) == 1  # the current window only
    assert [ref() for ref in old] == [None] * SWITCHES
    assert len(destroyed) == SWITCHES
    assert [ref() for ref in libraries] == [None] * SWITCHES  # freed with them, files closed
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == [window]
    close_last(window)


def test_a_switch_finishes_the_old_windows_writes_and_memo(qtbot, tmp_path, monkeypatch):
    a, b, args = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    memo = tmp_path / "memo.brief.json"
    Brief().save(memo)
    assert window.open_brief(memo)
    qtbot.keyClicks(window.editor.fields["subject"], "Kettle levy")
    assert window.document.dirty

    # Cancel at "Save the changes?": the old window stays, the new one goes.
    cancel = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", lambda *_, **__: cancel)
    assert application.switch_library(window, b, args) is None
    qtbot.wait(50)
    assert application._windows == [window] and window.isVisible() and window.document.dirty
    assert len(live_main_windows(tmp_path)) == 1

    # Save: the memo is written, a write still queued reaches the library
    # file, and the memo comes along into the new window.
    monkeypatch.setattr(QMessageBox, "question", lambda *_, **__: QMessageBox.StandardButton.Save)
    window.live.run(
        lambda library: library.add_source(
            "Queued just before the switch, the council said.", SourceMeta(title="Queued")
        )
    )
    old = weakref.ref(window)
    window = switch_from_the_menu(qtbot, window, b)
    assert window.library.path.name == "b.sqlite"
    assert json.loads(memo.read_text(encoding="utf-8"))["header"]["subject"] == "Kettle levy"
    assert window.document.path == memo
    assert window.current_brief().header.subject == "Kettle levy"
    with Library(Path(a)) as reread:
        assert "Queued" in reread.source_titles().values()
    qtbot.wait(50)
    assert len(live_main_windows(tmp_path)) == 1 and old() is None
    close_last(window)


def test_library_errors_are_said_once_in_the_current_window(qtbot, tmp_path, monkeypatch):
    earlier: list[type] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: earlier.append(kind))
    a, b, _ = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    for path in (b, a, b):
        window = switch_from_the_menu(qtbot, window, path)
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "report", lambda self, *_: shown.append(self))
    error = LibraryDamagedError("b.sqlite: the library file is damaged (malformed)")
    sys.excepthook(type(error), error, None)
    assert shown == [window]  # once, in the window in use, not in the ones before it
    sys.excepthook(ValueError, ValueError("not the library's"), None)
    assert earlier == [ValueError]  # the hook there before the app's, once
    close_last(window)


def test_a_recent_library_no_longer_there_is_said_and_not_made_anew(qtbot, tmp_path, monkeypatch):
    """A library in Recent Libraries that was moved or renamed (or whose
    drive is not connected) is refused with a message: opened, an empty
    library would be made in its place, and the window would show none of
    the user's sources."""
    a, b, _ = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: said.append(text))
    moved = tmp_path / "moved" / "b.sqlite"
    window.library_menu.openRequested.emit(str(moved))
    QApplication.processEvents()
    assert application._windows[-1] is window and window.isVisible()
    assert said and f"{moved}: library file not found" in said[0]
    assert not moved.parent.exists()
    close_last(window)


def test_opening_the_library_already_open_keeps_the_window_and_its_undo(
    qtbot, tmp_path, monkeypatch
):
    a, b, args = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    source_id = window.library.sources()[0][0]
    window.sources.delete_source(source_id, ask=False)
    qtbot.waitUntil(lambda: window.live.idle and window.undo_action.isEnabled())
    # Chosen again from Recent Libraries: a new window on the same file took
    # the Edit menu's "Undo Delete Source" (and the memo's history) with the old.
    for location in (a, str(Path(a).parent / "." / Path(a).name)):
        window.library_menu.request(location)
    qtbot.wait(50)
    assert application._windows == [window] and window.isVisible()
    assert window.undo_action.text().startswith("&Undo Delete Source")
    assert "already open" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.live.idle)
    assert source_id in [row[0] for row in window.library.sources()]
    close_last(window)
