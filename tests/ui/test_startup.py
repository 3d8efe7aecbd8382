"""Start-up: the first frame shows the library; what it does not show waits.

The window's first frame shows the first quotes and their count. The
choosers' entries and the Sources list (the library's counts per source and
per speaker), the Speakers tab, the dialogs, the exporters and corroboration
are read or loaded after it, or when the user first needs them; every one of
them still works straight away.
"""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from app.core.importer import add_bundled_sources
from app.core.store import Library, SearchFilter
from app.main import gui_parser, plain_window_args, window_modules
from app.ui.main_window import MainWindow
from bench.bench_startup import FIRST_FRAME_HOOK
from tests.conftest import ROOT

# The app started as a user starts it, stopped at its first painted frame:
# what was loaded and shown by then.
FIRST_FRAME = (
    FIRST_FRAME_HOOK
    + """
QT_CLASSES_NOT_MADE = {QT_CLASSES_NOT_MADE}
def on_first_frame(window):
    modules = sorted(sys.modules)  # before this child loads json to print them
    import json
    from PySide6.QtWidgets import QApplication

    panel = window.library_panel
    tasks = "/proc/self/task"
    threads = [open(f"{tasks}/{t}/comm").read().strip() for t in os.listdir(tasks)]
    print(json.dumps({
        "threads": threads,
        "modules": modules,
        "rows": panel.model.rowCount(),
        "count": panel.count_label.text(),
        "choosers_read": panel.choosers_read,
        "status": window.statusBar().currentMessage(),
        "sheet": QApplication.instance().styleSheet(),
        "early_collections": len(early_collections),
        "waiting": sorted(c.__qualname__ for c in sys.modules["app.core.first_use"]._waiting),
        "qt_classes": {
            name: sorted(vars(sys.modules[name]).keys() & set(classes))
            for name, classes in QT_CLASSES_NOT_MADE.items()
        },
    }), flush=True)
    os._exit(0)

from app.main import main
import gc
early_collections = []

def before_the_window_modules(phase, info):
    if phase == "start" and "app.ui.application" not in sys.modules:
        early_collections.append(info["generation"])

gc.callbacks.append(before_the_window_modules)
main(sys.argv[1:])
"""
)

NOT_AT_START = (
    "docx",
    "reportlab",
    "lxml",
    "pikepdf",
    "simplemma",
    "app.core.importer",
    "app.core.export",
    "app.core.render",
    "app.core.backup",
    "app.core.corroborate.claims",
    "app.ui.export_dialog",
    "app.ui.conflicts_view",
    "app.ui.import_dialog",
    "app.ui.paste_source",
    "app.ui.tag_dialog",
    "app.ui.team_dialog",
    "app.ui.source_properties",
    "app.ui.help_pages",
    "app.ui.shortcuts",
    "app.core.offline",
    "app.ui.speakers_view",
    "app.ui.source_list",
    "app.core.cite",
    "app.core.brief_conflicts",
    "app.core.brief_sources",
    # Loaded where they are used: a desktop tool run, a new source's hash, an
    # export's note or the memo's preview, a sync.
    "subprocess",
    "hashlib",
    "html",
    "app.core.sync",
    # A new memo's ids come from os.urandom (uuid loads platform); an empty
    # search needs no search rules; the data folder is found without
    # platformdirs on Linux (tests/core/test_paths.py), or set (tests).
    "uuid",
    "platform",
    "app.core.search_query",
    "platformdirs",
    # What an undo keeps loads with the first edit; a future with the first
    # write queued.
    "app.core.undo_records",
    "concurrent.futures",
    # The usual arguments are read without building the parser, which loads
    # locale to look up its messages' translations.
    "locale",
    # json: a memo's file, a drag's data, a conflict's resolution.
    "json",
    # The window's modules are listed from their folder (app/main.py).
    "pkgutil",
)


WAITING_AT_THE_FIRST_FRAME = [
    *("SourceMeta", "Source", "Speaker", "NewItem", "Cluster"),  # app.core.model
    *("SourceRef", "Block"),  # app.core.brief
    *("Steps", "_Op", "Edit"),  # the library writer's operations, an undoable edit
    *("ConflictMark", "BlockStatus"),  # the marks of an item, of a memo block
]


# PySide's classes the first frame does without (PySide makes each, with
# its enums, when Python first names it): no list widget (the first frame's
# look asks only for classes made: app/ui/look.py); no QMetaMethod, which
# `QTimer.singleShot(ms, window, call)` makes (app/ui/application.py uses a
# timer); no QTextCursor (the first source shown, the first edit).
QT_CLASSES_NOT_MADE = {
    "PySide6.QtWidgets": ["QListWidget", "QListView"],
    "PySide6.QtCore": ["QMetaMethod"],
    "PySide6.QtGui": ["QTextCursor"],
}


def first_frame(args: list[str], env: dict[str, str] | None = None) -> dict:
    """What the app started with `args` had loaded and shown at its first frame."""
    code = FIRST_FRAME.replace("{QT_CLASSES_NOT_MADE}", repr(QT_CLASSES_NOT_MADE), 1)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    return json.loads(lines[-1])


def loaded_too_early(frame: dict) -> list[str]:
    return [
        name
        for name in NOT_AT_START
        if any(m == name or m.startswith(name + ".") for m in frame["modules"])
    ]


def test_the_first_frame_shows_the_library_and_loads_nothing_it_does_not_show(
    seeded_library, tmp_path
):
    path = str(seeded_library.path)
    n_quotes = seeded_library.count(SearchFilter(kind="quote"))
    frame = first_frame(["--library", path])
    assert loaded_too_early(frame) == []
    assert frame["rows"] == n_quotes and frame["count"] == f"{n_quotes} quotes"
    assert not frame["choosers_read"]  # read just after this frame
    assert frame["sheet"] == ""  # on the application just after it (tests/ui/test_look.py)
    # The cycle collector waits for the window's thread (app/ui/collector.py):
    # it does not run while the Qt-free modules and PySide load.
    assert frame["early_collections"] == 0
    # The dataclasses the first frame makes no instance of are not made yet
    # (app/core/first_use.py): each is made at its first use, or just after.
    assert frame["waiting"] == sorted(WAITING_AT_THE_FIRST_FRAME)
    # PySide makes a class (and its enums) when Python first names it.
    assert frame["qt_classes"] == {name: [] for name in QT_CLASSES_NOT_MADE}
    # The frame's tall fills (the scroll bars' grooves) are drawn on the
    # window's thread: Qt's pool of painting threads is never started.
    # (Qt names its threads; Python's keep the program's name.)
    assert frame["threads"] and not [name for name in frame["threads"] if "pooled" in name]
    status = frame["status"]
    assert status.startswith("Library ") and status.endswith(
        f" {seeded_library.count_sources()} sources"
    )


def test_a_users_start_finds_the_library_in_the_home_folder_without_platformdirs(
    tmp_path, monkeypatch
):
    # A user's start: no arguments, no folder set for the app, a home folder
    # holding the library the first start made (here made directly).
    home = tmp_path / "home"
    library = Library(home / ".local" / "share" / "briefing-builder" / "library.sqlite")
    add_bundled_sources(library)
    n_quotes = library.count(SearchFilter(kind="quote"))
    library.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.pop("BRIEFING_BUILDER_DATA")
    env["HOME"] = str(home)
    frame = first_frame([], env)
    assert loaded_too_early(frame) == []
    assert frame["rows"] == n_quotes and frame["count"] == f"{n_quotes} quotes"
    assert frame["status"].startswith("Library ")


def test_the_choosers_and_sources_are_there_whenever_they_are_needed(qtbot, seeded_library):
    window = MainWindow(seeded_library)  # never shown: no first frame to wait for
    qtbot.addWidget(window)
    panel = window.library_panel
    assert panel.source_filter.count() == 1 and panel.source_filter.currentText() == "All sources"
    sources = seeded_library.sources()
    # Show a source's quotes: the source chooser is filled for it.
    panel.show_quotes_of(sources[1][0])
    assert panel.source_filter.currentData() == sources[1][0]
    assert panel.source_filter.count() == len(sources) + 1
    assert {
        i.source_id for i in (panel.model.item_at(r) for r in range(panel.model.rowCount()))
    } == {sources[1][0]}
    panel.tabs.setCurrentIndex(2)  # the Sources tab
    assert panel.sources.count() == len(sources)
    assert panel.count_label.text() == f"{len(sources)} sources"
    n_speakers = len(seeded_library.speakers())
    assert panel.speaker_filter.count() == n_speakers + 1


def test_the_choosers_fill_by_themselves_after_the_first_frame(qtbot, seeded_library):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    panel = window.library_panel
    assert not panel.choosers_read
    assert panel.stack.count() == 1  # the Sources and Speakers tabs' views are not made yet
    window.show()
    qtbot.waitUntil(lambda: panel.choosers_read)
    assert panel.stack.count() == 3  # made, so the panel is as small as it ever was
    assert panel.stack.widget(1) is panel.source_list and panel.stack.widget(2) is panel.speakers
    # The Sources list made late has its Delete key and its note's shortcut.
    assert panel.delete_source_action in panel.sources.actions()
    assert window.commands.key("properties") in panel.source_list.note.text()
    assert panel.source_filter.count() == len(seeded_library.sources()) + 1
    assert panel.tag_filter.itemText(0) == "Any tag"
    # Still on the Quotes tab, and the status bar still names the library.
    assert panel.tabs.currentIndex() == 0
    assert window.statusBar().currentMessage().startswith("Library ")


def test_the_search_boxs_clear_button_comes_after_the_first_frame_unseen(qtbot, seeded_library):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    search = window.library_panel.search
    assert not search.isClearButtonEnabled()  # the first frame does without it
    window.show()
    qtbot.waitUntil(search.isClearButtonEnabled)
    # An empty search box looks the same with it as without, at any width.
    for width in (1400, 700):
        window.resize(width, 800)
        qtbot.wait(20)
        with_button = search.grab().toImage()
        search.setClearButtonEnabled(False)
        without = search.grab().toImage()
        search.setClearButtonEnabled(True)
        assert with_button == without
    # With text, it is there to clear it.
    qtbot.keyClicks(search, "zorb")
    button = [b for b in search.findChildren(QToolButton) if b.isVisibleTo(search)]
    assert len(button) == 1
    qtbot.mouseClick(button[0], Qt.MouseButton.LeftButton)
    assert search.text() == ""
    qtbot.wait(400)  # the search typed and cleared runs (after a pause) before the end
    window.files.maybe_save = lambda: True


def test_the_speakers_tab_reads_the_speakers_when_first_shown(qtbot, seeded_library):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.show()
    panel = window.library_panel
    view = panel.speakers
    assert view.rows.total() == 0  # not read for the first frame
    panel.tabs.setCurrentIndex(3)
    speakers = seeded_library.speakers()
    assert view.rows.rowCount() == len(speakers)
    (first, n_first) = speakers[0]
    assert view.current_speaker_id() == first.id and view.model.rowCount() == n_first
    assert panel.count_label.text() == f"{len(speakers)} speakers"


def test_no_dataclass_waits_for_its_first_use_past_the_first_frame(qtbot, seeded_library):
    from app.core import first_use
    from app.core.first_use import dataclass_at_first_use, make_dataclass_now
    from app.ui import application

    @dataclass_at_first_use(frozen=True)
    class Unused:
        name: str

    try:
        window = MainWindow(seeded_library)
        qtbot.addWidget(window)
        application._after_first_frame(window)
        assert Unused in first_use._waiting
        window.show()
        qtbot.waitUntil(lambda: Unused not in first_use._waiting)
        assert repr(Unused("a")).endswith("Unused(name='a')")
    finally:
        make_dataclass_now(Unused)


def test_a_window_never_painted_still_gets_todays_backup(qtbot, seeded_library, monkeypatch):
    from app.core.backup import backups
    from app.ui import application

    monkeypatch.setattr(application, "_BACKUP_AT_THE_LATEST_MS", 50)
    window = MainWindow(seeded_library)  # never shown, so never painted
    qtbot.addWidget(window)
    assert backups(seeded_library.path) == []
    application._after_first_frame(window)
    qtbot.waitUntil(lambda: len(backups(seeded_library.path)) == 1, timeout=10000)
    # The first frame coming late does not make a second one.
    window.firstFramePainted.emit()
    qtbot.wait(200)
    assert len(backups(seeded_library.path)) == 1


def test_the_memo_cards_are_as_wide_as_the_memo_view_shows(qtbot, seeded_library):
    from app.ui.look import finish_look, style_first_frame

    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    style_first_frame(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.editor.view
    # The delegate reads the width from the view, not from its viewport.
    widths = [(view.maximumViewportSize().width(), view.viewport().width())]
    finish_look(window)
    for width in (900, 1800):
        window.resize(width, 800)
        qtbot.wait(20)
        widths.append((view.maximumViewportSize().width(), view.viewport().width()))
    assert all(a == b for a, b in widths) and len({b for _, b in widths}) == 3
    window.files.maybe_save = lambda: True


def test_the_library_goes_in_the_recent_list_after_the_first_frame(qtbot, seeded_library):
    import argparse

    from app.ui import application

    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    args = argparse.Namespace(library=str(seeded_library.path), screenshot=None, brief=None)
    application._follow_library_choices(window, args)
    application._after_first_frame(window)
    assert str(seeded_library.path.resolve()) not in window.settings.recent_libraries()
    window.show()
    qtbot.waitUntil(
        lambda: window.settings.recent_libraries()[:1] == [str(seeded_library.path.resolve())]
    )


def test_pyside_reads_the_source_of_none_of_the_windows_modules():
    # PySide reads each module first named in an import after it is loaded
    # (looking for `from __feature__ import`): app/main.py tells it first.
    code = """
import app.main
app.main._before_qt()
import PySide6.support.feature as feature
read = []
check = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or check(module)
import app.ui.application
print(sorted(name for name in read if name.split(".")[0] == "app"))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip() == "[]", done.stderr[-2000:]


def test_the_window_modules_are_the_ones_pkgutil_lists(tmp_path, monkeypatch):
    import pkgutil

    import app.ui

    listed = [m.name for m in pkgutil.iter_modules(app.ui.__path__, "app.ui.")]
    assert window_modules() == listed and "app.ui.main_window" in listed
    # Also on a folder holding the other things pkgutil skips or lists.
    folder = tmp_path / "ui"
    for name in ("zeta.py", "alpha.py", "not-a-name.py", "notes.txt", "__init__.py"):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text("")
    (folder / "pane").mkdir()
    (folder / "pane" / "__init__.py").write_text("")
    (folder / "loose").mkdir()  # no __init__.py: not a package
    monkeypatch.setattr(app.ui, "__path__", [str(folder)])
    listed = [m.name for m in pkgutil.iter_modules([str(folder)], "app.ui.")]
    assert window_modules() == listed
    assert listed == ["app.ui.alpha", "app.ui.not-a-name", "app.ui.pane", "app.ui.zeta"]
    # A folder with no module file (the packaged app keeps its modules in its
    # archive, and teaches pkgutil to list them): pkgutil is asked.
    data_only = tmp_path / "packaged"
    data_only.mkdir()
    (data_only / "style.qss").write_text("")
    monkeypatch.setattr(app.ui, "__path__", [str(data_only)])
    archive = [pkgutil.ModuleInfo(None, "app.ui.main_window", False)]
    monkeypatch.setattr(pkgutil, "iter_modules", lambda path, prefix: iter(archive))
    assert window_modules() == ["app.ui.main_window"]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["plan.brief.json"],
        ["--library", "lib.sqlite"],
        ["plan.brief.json", "--library", "lib.sqlite"],
        ["--library", "lib.sqlite", "plan.brief.json"],
        ["--library", ""],
    ],
)
def test_the_usual_arguments_are_read_as_the_parser_reads_them(argv):
    assert plain_window_args(argv) == gui_parser(with_commands=False).parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--library", "a.sqlite", "--library", "b.sqlite"],  # the parser keeps the last
        ["--lib", "a.sqlite"],  # an abbreviation
        ["--library=a.sqlite"],
        ["--library"],  # the parser's error
        ["--library", "-a"],
        ["--screenshot", "out.png"],
        ["-h"],
        ["one.brief.json", "two.brief.json"],
        ["--", "plan.brief.json"],
    ],
)
def test_any_other_arguments_go_to_the_parser(argv):
    assert plain_window_args(argv) is None


@pytest.mark.parametrize("own", [False, True])
def test_the_painting_threads_switch_is_not_passed_on_after_the_first_frame(
    qtbot, seeded_library, monkeypatch, own
):
    from app.ui import application

    # As make_app leaves it (QApplication is the tests' own here), or as a
    # user set it: theirs stays.
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    if own:
        monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "1")
    application.make_app()
    assert "QT_NO_GUI_THREADPOOL" in os.environ
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    application._after_first_frame(window)
    window.show()
    qtbot.waitUntil(lambda: window.settings.recent_libraries() != [])  # the first frame is past
    assert ("QT_NO_GUI_THREADPOOL" in os.environ) == own
    window.files.maybe_save = lambda: True
