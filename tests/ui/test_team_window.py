"""The window on a team library: others' changes appear within 2 s without
losing the selection or the scroll position; a reader's edit is refused
with the role it needs; File > Open Team Library and recent libraries."""

from __future__ import annotations

import gc
import time
import weakref

import pytest

from app.core.importer import add_bundled_sources
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team, set_role
from app.ui import file_dialogs
from tests.ui.helpers import add_by_keyboard, open_window, wait_idle

OFFICE = "The Quillon harbour board met on Friday. It approved the ferry timetable."


@pytest.fixture
def team(pg_database):
    init_team(pg_database)
    with PgLibrary(pg_database) as owner:
        add_bundled_sources(owner)
    library = PgLibrary(pg_database)
    yield pg_database, library
    library.close()


def test_others_changes_appear_keeping_selection_and_scroll(qtbot, team):
    url, library = team
    window = open_window(qtbot, library)
    wait_idle(qtbot, window)
    panel = window.library_panel
    assert window.statusBar().currentMessage().startswith("Team library")
    rows = panel.model.rowCount()
    assert rows > 20
    panel.items.setFocus()
    panel.items.selectRow(rows - 3)
    chosen = panel.current_item().id
    bar = panel.items.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    top = bar.value()
    sources = panel.sources.count()

    with PgLibrary(url) as someone_else:
        started = time.monotonic()
        sid = someone_else.add_source(
            OFFICE, SourceMeta(title="Harbour board"), items=[NewItem("fact", 0, 40)]
        )
        item = someone_else.items_of_source(sid)[0]
        someone_else.set_item_tags(item.id, ["harbour"])
    qtbot.waitUntil(lambda: panel.sources.count() == sources + 1, timeout=2000)
    took = time.monotonic() - started
    qtbot.waitUntil(lambda: panel.tag_filter.findData("harbour") >= 0, timeout=2000)
    assert took < 2.0
    assert panel.current_item().id == chosen
    assert bar.value() == top
    window.close()


def _reader(team, pg_cluster, name: str) -> PgLibrary:
    """The team library as a login user `name` with the reader role opens it."""
    url, _ = team
    import psycopg

    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'")
    pg_cluster.add_password(name, f"pw-{name}")
    set_role(url, name, "reader")
    dbname = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    return PgLibrary(pg_cluster.url(dbname, user=name))


def test_a_readers_edit_is_refused_naming_the_role(qtbot, team, pg_cluster):
    reader = _reader(team, pg_cluster, "reader_in_window")
    window = open_window(qtbot, reader)
    wait_idle(qtbot, window)
    item = window.library_panel.model.item_at(0)
    with qtbot.waitSignal(window.live.failed, timeout=10_000) as refused:
        from app.core import library_edits

        window.live.edit(lambda lib: library_edits.set_tags(lib, item.id, ["mine"]))
    assert "tagging needs the editor role" in refused.args[0]
    assert "main.py team grant reader_in_window editor" in refused.args[0]
    window.close()
    reader.close()


def test_a_readers_memo_marks_nothing_and_says_no_error(qtbot, team, pg_cluster):
    """A reader may not mark what a memo cites (`items.in_memo`): the memo
    works as ever, no message box comes up for a write not asked for."""
    reader = _reader(team, pg_cluster, "reader_marking")
    window = open_window(qtbot, reader)
    refused = []
    window.live.failed.connect(refused.append)
    item = add_by_keyboard(window, qtbot, "sanctuary")

    qtbot.waitUntil(lambda: window.editor.status.mark_error != "", timeout=10_000)
    wait_idle(qtbot, window)
    assert [b.item_id for b in window.current_brief().blocks()] == [item.id]
    assert refused == []
    assert "editor role" in window.editor.status.mark_error
    window.close()
    reader.close()


def test_team_library_is_remembered_without_password(qtbot, team, pg_cluster):
    from app.ui.settings import Settings

    url, library = team
    settings = Settings()
    typed = url.replace("bb_test_super@", f"bb_test_super:{pg_cluster.password}@")
    settings.add_recent_library(typed)
    settings.add_recent_library(url)  # the same library: listed once
    assert settings.recent_libraries() == [url]
    assert pg_cluster.password not in settings.path.read_text()


def test_switching_to_a_team_library_from_the_file_menu(qtbot, team, tmp_path, monkeypatch):
    import argparse

    from app.ui import application
    from app.ui.main_window import MainWindow

    url, _ = team
    args = argparse.Namespace(library=str(tmp_path / "mine.sqlite"), screenshot=None, brief=None)
    first = application._window_for(args.library, args)
    qtbot.addWidget(first)
    first.files.maybe_save = lambda: True
    application._follow_library_choices(first, args)
    application._after_first_frame(first)
    first.firstFramePainted.emit()  # its library goes in the recent list then
    chosen = []
    monkeypatch.setattr(
        application,
        "switch_library",
        lambda w, loc, a, real=application.switch_library: chosen.append(real(w, loc, a)),
    )
    first.library_menu.openRequested.emit(url)
    qtbot.waitUntil(lambda: bool(chosen), timeout=10_000)
    second = chosen[0]
    assert isinstance(second, MainWindow) and second is not first
    old = weakref.ref(first)
    del first

    def old_window_freed() -> bool:
        gc.collect()
        return old() is None

    qtbot.waitUntil(old_window_freed)  # Qt object and wrapper (qtbot holds it weakly)
    qtbot.addWidget(second)
    second.files.maybe_save = lambda: True
    assert isinstance(second.library, PgLibrary)
    qtbot.waitUntil(lambda: second.settings.recent_libraries()[:1] == [url])
    assert str((tmp_path / "mine.sqlite").resolve()) in second.settings.recent_libraries()
    second.close()
    second.library.close()


def test_take_offline_and_sync_from_the_file_menu(
    qtbot, team, tmp_path, monkeypatch, message_boxes
):
    from PySide6.QtWidgets import QInputDialog

    from app.core.store import Library
    from app.ui import offline_actions
    from app.ui.tasks import wait_for_tasks

    url, library = team
    window = open_window(qtbot, library)
    assert window.offline.take_action.isEnabled() and not window.offline.sync_action.isEnabled()
    path = tmp_path / "road.sqlite"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (offline_actions.WHOLE, True))
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), ""))
    opened = []
    window.offline.openRequested.connect(opened.append)
    window.offline.take_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened == [str(path)]  # the question was answered Yes
    assert any("5 sources" in text for _, _, text in message_boxes)
    window.close()

    road = Library(path)
    road.add_source(OFFICE, SourceMeta(title="On the road"), items=[NewItem("fact", 0, 40)])
    copy_window = open_window(qtbot, road)
    assert copy_window.offline.sync_action.isEnabled()
    reports = []
    copy_window.offline.synced.connect(reports.append)
    copy_window.offline.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    wait_for_tasks()
    assert reports[0].sources_sent == 1
    assert any("sent: 1 new source (" in text for _, _, text in message_boxes)
    with PgLibrary(url) as team_again:
        assert team_again.count_sources() == 6
    copy_window.close()
    road.close()
