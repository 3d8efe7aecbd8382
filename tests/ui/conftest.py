"""Window tests: no message box ever waits for a click."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Every message box a test does not answer itself is recorded as
    (kind, title, text) and answered with its default button (Yes for a
    question without one), so a forgotten box fails an assertion instead of
    hanging the suite."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            default = kwargs.get("defaultButton", args[1] if len(args) > 1 else None)
            return default or QMessageBox.StandardButton.Yes

        return box

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@pytest.fixture(autouse=True, scope="session")
def collector_on_the_window_thread(qapp):
    """As the app does (app.ui.application.make_app): cycles, Qt wrappers
    among them, are collected on the window's thread only."""
    from app.ui.collector import collect_on_this_thread

    collect_on_this_thread(qapp)


@pytest.fixture(autouse=True)
def no_style_sheet_left(qapp):
    """The app's style sheet, where a test started the app's look
    (app.ui.look), is taken off after it: each test starts with none."""
    yield
    if qapp.styleSheet():
        qapp.setStyleSheet("")


@pytest.fixture(autouse=True)
def no_backup_failure_left(monkeypatch):
    """Each test starts with no backup failure said or still shown: a
    failure not dismissed would be shown in every later test's windows."""
    from app.ui import backup_notice

    monkeypatch.setattr(backup_notice, "_told", set())
    monkeypatch.setattr(backup_notice, "_unseen", {})


@pytest.fixture
def seeded_library(tmp_path):
    """The bundled library (as tests/conftest.py gives it), closed only after the
    windows on it: their last reads must not meet a closed connection."""
    from PySide6.QtWidgets import QApplication

    from app.core.importer import add_bundled_sources
    from app.core.store import Library
    from app.ui.main_window import MainWindow

    library = Library(tmp_path / "library.sqlite")
    add_bundled_sources(library)
    yield library
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.library is library:
            widget.files.maybe_save = lambda: True  # the test is over: nothing to ask
            widget.close()
    library.close()


@pytest.fixture
def live_of():
    """Wraps a library as the window has it (a LiveLibrary); its writer is
    stopped at the end of the test."""
    from app.ui.live_library import LiveLibrary

    made = []

    def make(library):
        made.append(LiveLibrary(library))
        return made[-1]

    yield make
    for live in made:
        live.close()
