"""Today's backup may run on after its window is gone (the user opened
another library meanwhile): waiting to report a failure, it must not keep
the old window, and its library, alive; the failure is said in the window
the user has now."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QLabel, QMessageBox

from app.core import backup
from app.core.errors import LibraryDamagedError
from app.ui import application
from app.ui.tasks import wait_for_tasks
from tests.ui.test_backup_at_close import close_and_delete
from tests.ui.test_library_switch import start_on_two_libraries, switch_from_the_menu


def test_a_backup_still_running_does_not_keep_the_window_it_was_started_for(
    qtbot, tmp_path, monkeypatch
):
    started, finish = threading.Event(), threading.Event()

    def slow_failing_backup(path, *args, **kwargs):
        started.set()
        finish.wait(30)
        raise LibraryDamagedError(f"{path}: the file is damaged")

    monkeypatch.setattr(backup, "make_daily_backup", slow_failing_backup)
    said: list[tuple[object, str]] = []  # (the window it was said in, the title)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, *_: said.append((parent, title))
    )
    try:
        _a, b, _args = start_on_two_libraries(tmp_path, monkeypatch)
        window = application._windows[-1]
        qtbot.waitUntil(started.is_set, timeout=10_000)  # the first window's backup runs
        old, old_library = weakref.ref(window), weakref.ref(window.library)

        # The old window's close does not wait for the backup (it goes on
        # by itself): the switch is done while the backup still runs.
        window = switch_from_the_menu(qtbot, window, b)
        qtbot.wait(50)
        gc.collect()
        assert not finish.is_set()  # the backup has not ended
        assert old() is None and old_library() is None
        # The new window's first count line comes from a read on a worker:
        # let it come before the failure, which is then the line left
        # (under load it came after, and the test read the count).
        qtbot.waitUntil(lambda: "shown" in window.statusBar().currentMessage(), timeout=10_000)
    finally:
        finish.set()
    try:
        wait_for_tasks()
        qtbot.waitUntil(lambda: len(said) >= 1, timeout=10_000)
        assert said[0] == (window, "The library is damaged")  # said where the user is now
        window.show_status("2 quotes shown")  # a passing line does not take it away
        notices = window.statusBar().findChildren(QLabel, "backupNoticeText")
        assert any(
            n.isVisible() and "backup of a.sqlite failed" in n.text() and "damaged" in n.text()
            for n in notices
        )
    finally:  # a failure here must not leave the window to the next test
        said.clear()
        close_and_delete(qtbot, window)
