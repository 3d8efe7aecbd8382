"""File > New Library…: a reporter starts a library of their own from nothing.

Open Library could only pick a file that exists, so a new library could
only be had by starting the app with --library on a path not yet there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core.brief import Brief
from app.core.store import Library
from app.ui import application, file_dialogs
from tests.ui.helpers import close_started
from tests.ui.test_library_switch import start_on_two_libraries


def choose_in_save_dialog(monkeypatch, path: Path, asked: list) -> None:
    def dialog(*args, **kwargs):
        asked.append((args, kwargs))
        return str(path), ""

    monkeypatch.setattr(file_dialogs, "save_file_name", dialog)


def done(qtbot, window) -> None:
    """The test's last window closed and deleted: none is left for the next test."""
    qtbot.waitExposed(window)
    qtbot.wait(100)  # its first frame's work done before it is deleted
    qtbot.waitUntil(lambda: not application._backups, timeout=10_000)  # today's backup ended
    application._windows.clear()
    close_started([window])


def new_window_after(qtbot, window):
    qtbot.waitUntil(lambda: application._windows[-1] is not window, timeout=10_000)
    new = application._windows[-1]
    qtbot.waitUntil(new.isVisible)
    return new


def test_new_library_makes_an_empty_library_and_switches_to_it(qtbot, tmp_path, monkeypatch):
    a, _b, _ = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    memo = tmp_path / "memo.brief.json"
    Brief().save(memo)
    assert window.open_brief(memo)  # a saved memo comes along; its line is said first
    asked: list = []
    choose_in_save_dialog(monkeypatch, tmp_path / "folder" / "backgrounder", asked)
    (tmp_path / "folder").mkdir()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.library_menu.new_action in file_menu.actions()
    window.library_menu.new_action.trigger()
    window = new_window_after(qtbot, window)
    made = tmp_path / "folder" / "backgrounder.sqlite"  # the name ending added
    assert window.library.path == made
    assert window.library.sources() == []  # new: no bundled sources, none of a's
    assert "New library" in window.statusBar().currentMessage()
    # The dialog opened beside the library in use, not in the app's working folder.
    assert Path(asked[0][0][2]).parent == Path(a).parent
    done(qtbot, window)
    with Library(made) as reread:
        assert reread.sources() == []


def test_new_library_on_an_existing_library_opens_it_untouched(qtbot, tmp_path, monkeypatch):
    _a, b, _ = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    choose_in_save_dialog(monkeypatch, Path(b), [])
    window.library_menu.new_action.trigger()
    window = new_window_after(qtbot, window)
    assert window.library.path == Path(b)
    assert list(window.library.source_titles().values()) == ["Team"]  # not emptied
    assert "already exists" in window.statusBar().currentMessage()
    done(qtbot, window)


def test_new_library_cancelled_keeps_the_window(qtbot, tmp_path, monkeypatch):
    start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: ("", ""))
    window.library_menu.new_action.trigger()
    QApplication.processEvents()
    assert application._windows == [window] and window.isVisible()
    done(qtbot, window)
