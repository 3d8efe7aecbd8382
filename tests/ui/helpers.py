"""Helpers shared by the window tests: open a window, find things, drop mime data."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_window(qtbot, library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The choosers and the Sources list are read just after the first frame,
    # and a library opened with its groups out of step is grouped (stale_groups).
    qtbot.waitUntil(lambda: window.library_panel.choosers_read)
    wait_idle(qtbot, window)
    # Shortcuts only reach the active window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Tests close windows without being asked about unsaved work.
    window.files.maybe_save = lambda: True
    return window


def row_of_text(panel, words: str) -> int:
    model = panel.model
    for row in range(model.rowCount()):
        if words in model.item_at(row).text:
            return row
    raise AssertionError(f"no row with {words!r}")


def select_library_row(panel, row: int) -> None:
    panel.items.setFocus()
    panel.items.selectRow(row)


def drop(widget, mime, pos: QPoint) -> None:
    """Deliver a drag enter, move and drop of `mime` at `pos` to `widget`."""
    posf = QPointF(pos)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt 6 declares the enter and move events with an integer point.
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    event = QDropEvent(posf, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, event)


def block_texts(window) -> list[list[str]]:
    return [[b.text for b in s.blocks] for s in window.current_brief().sections]


def wait_idle(qtbot, window, timeout: int = 30_000) -> None:
    """Wait until the window's library writes are done and views have followed
    (a regroup beside the writer, of a library opened stale, too)."""
    qtbot.waitUntil(lambda: window.live.idle and not window.stale_groups.updating, timeout=timeout)


def add_by_keyboard(window, qtbot, words: str, kind: str | None = None):
    """Select the library item holding `words` and add it to the memo (Ctrl+Enter)."""
    panel = window.library_panel
    if kind is not None:
        panel.show_kind(kind)
    row = row_of_text(panel, words)
    select_library_row(panel, row)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return panel.model.item_at(row)


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Press a key where the keyboard focus is, as a person at the keyboard does."""
    for _ in range(times):
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, key, modifiers)


def type_text(qtbot, text: str) -> None:
    """Type `text` into the widget that has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(target, text)


def when_modal(qtbot, act) -> list:
    """Call `act(dialog)` on the next modal dialog once it is up (a dialog run
    with exec() blocks the test until it closes). Returns a list that holds the
    dialog afterwards, and any error `act` raised (the dialog is then closed,
    so the test fails instead of hanging)."""
    from PySide6.QtCore import QTimer

    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        qtbot.waitExposed(dialog)
        # A window manager activates a new dialog; the offscreen platform
        # does so only when asked, and keys go to the active window.
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as exc:  # handed to the test, which re-raises it
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def check_modal(seen: list) -> object:
    """The dialog `when_modal` answered; re-raises what went wrong in it."""
    assert seen, "no modal dialog came up"
    for thing in seen[1:]:
        if isinstance(thing, BaseException):
            raise thing
    return seen[0]


def focused() -> object:
    return QApplication.focusWidget()


def library_of_texts(tmp_path, texts: list[str]):
    """A library file in `tmp_path` with each text imported as a source of its own."""
    from app.core.importer import import_file
    from app.core.store import Library

    library = Library(tmp_path / "lib.sqlite")
    for number, text in enumerate(texts):
        (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
        import_file(library, tmp_path / f"a{number}.txt")
    return library


def run_gui_started(monkeypatch, library: str | None = None):
    """Starts the app as `main.py` does (its event loop returns at once, no
    backup waited for at the end), with `library` as --library; gives its window."""
    import argparse
    import sys

    from app.ui import application
    from app.ui.tasks import wait_for_tasks

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(application, "_windows", [])
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(application, "finish_backups", lambda: None)
    args = argparse.Namespace(library=library, screenshot=None, brief=None)
    assert application.run_gui(args) == 0
    wait_for_tasks()
    QApplication.processEvents()
    return application._windows[-1]


def close_started(windows: list[MainWindow]) -> None:
    """Closes the windows `run_gui_started` gave, and their libraries: none is left for
    the next test."""
    from PySide6.QtCore import QEvent

    from app.ui.tasks import wait_for_tasks

    for window in windows:
        window.files.maybe_save = lambda: True
        library = window.library
        window.close()
        wait_for_tasks()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        library.close()


def window_with_article(qtbot, library, folder, name: str, text: str) -> MainWindow:
    """A window on `library` once `text` is imported into it as the file `name`."""
    from app.core.importer import import_file

    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert import_file(library, path).ok
    return open_window(qtbot, library)


def date_in_source_properties(window, qtbot, source_id: int, date: str) -> str:
    """Source Properties of `source_id` given `date` and saved; the status line after it."""
    dialog = window.sources.edit_current_source(source_id)
    dialog.form.edits["date"].setText(date)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
    wait_idle(qtbot, window)
    return window.statusBar().currentMessage()


def import_waiting_after_first_file(monkeypatch):
    """The import dialog's import waits after its first file until the event
    returned is set (the user pressed Cancel): small files import faster than
    the window shows them."""
    import threading

    from app.ui import import_dialog

    pressed = threading.Event()
    real_import_paths = import_dialog.import_paths

    def import_paths_waiting_for_cancel(library, plan, stop=None):
        for n, outcome in enumerate(real_import_paths(library, plan, stop=stop)):
            yield outcome
            if n == 0:
                pressed.wait(30)

    monkeypatch.setattr(import_dialog, "import_paths", import_paths_waiting_for_cancel)
    return pressed


def team_user(pg_cluster, url: str, level: str, stem: str) -> tuple[str, str]:
    """A new login user given `level` in the team library at `url` (the
    password in the session's passfile): (name, their URL)."""
    import secrets

    import psycopg

    from app.core.pg.roles import set_role

    name = f"{stem}_{secrets.token_hex(3)}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'")
    pg_cluster.add_password(name, f"pw-{name}")
    set_role(url, name, level)
    dbname = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    return name, pg_cluster.url(dbname, user=name)
