"""What the window does with damaged, read-only, busy and shared libraries, and
with hostile, broken and huge memos: one clear message, the window stays up,
nothing saved is lost."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile

import pytest

from app.core.backup import make_daily_backup
from app.core.brief import MAX_BRIEF_BYTES, Brief
from app.core.importer import open_library
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui import application
from app.ui.brief_files import BACKGROUND_BYTES
from app.ui.live_library import BUSY_NOTE
from app.ui.main_window import MainWindow
from tests.conftest import DATA, ROOT
from tests.core.library_faults import damage_pages, read_only_folder, seeded_library_file
from tests.ui.helpers import open_window, row_of_text, wait_idle

HOSTILE = {
    "deep.brief.json": "[" * 10_000 + "]" * 10_000,
    "digits.brief.json": '{"format": "briefing-builder/brief", "schema_version": '
    + "9" * 5000
    + "}",
}


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_memo_gets_one_message_and_the_window_stays(
    window, tmp_path, message_boxes, name
):
    path = tmp_path / name
    path.write_text(HOSTILE[name], encoding="utf-8")
    before = window.current_brief()
    assert window.open_brief(path) is False
    [(kind, _title, text)] = message_boxes
    assert kind == "warning" and text.startswith(f"{name}: not a memo file (")
    assert window.isVisible() and window.current_brief() is before


def test_screenshot_with_a_refused_memo_says_why_and_exits(tmp_path):
    memo = tmp_path / "deep.brief.json"
    memo.write_text(HOSTILE["deep.brief.json"], encoding="utf-8")
    lib = seeded_library_file(tmp_path / "lib.sqlite")
    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--screenshot",
            str(out),
            "--library",
            str(lib),
            str(memo),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "BRIEFING_BUILDER_DATA": str(tmp_path / "data"),
            "PATH": "",
        },
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error")]
    assert errors == ["error: deep.brief.json: not a memo file (nested too deeply)"]
    assert "Traceback" not in proc.stderr and out.exists()


def test_broken_characters_are_replaced_said_and_the_memo_saves(window, tmp_path, message_boxes):
    memo = Brief().to_json()
    memo["header"] = {"subject": "pasted \ud800 badly"}
    path = tmp_path / "broken.brief.json"
    path.write_text(json.dumps(memo), encoding="ascii")
    assert window.open_brief(path)
    assert window.current_brief().header.subject == "pasted \ufffd badly"
    [(_kind, title, text)] = message_boxes
    assert title == "Opened with repairs" and "1 broken character" in text
    assert window.files.save()
    assert Brief.load(path).header.subject == "pasted \ufffd badly"


def test_a_large_memo_opens_off_the_window_thread_and_a_huge_one_is_refused(
    window, qtbot, tmp_path, message_boxes
):
    brief = window.current_brief()
    text = "A long paragraph of the memo. " * 40
    for n in range(int(BACKGROUND_BYTES / len(text)) + 50):
        brief.sections[0].blocks.append(
            __import__("app.core.brief", fromlist=["Block"]).Block("prose", f"{n} {text}")
        )
    big = tmp_path / "big.brief.json"
    brief.save(big)
    assert big.stat().st_size > BACKGROUND_BYTES
    window.document.new()
    assert window.open_brief(big)
    assert window.files.loading is not None  # the progress note, while a worker reads
    qtbot.waitUntil(lambda: window.document.path == big, timeout=30_000)
    assert window.files.loading is None
    assert len(window.current_brief().blocks()) == len(brief.blocks())

    huge = tmp_path / "huge.brief.json"
    with huge.open("wb") as fh:
        fh.truncate(MAX_BRIEF_BYTES + 1)
    assert window.open_brief(huge)  # read in the background too ...
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    assert "too large for a memo" in message_boxes[-1][2]  # ... and refused unread
    assert window.document.path == big


def _args(tmp_path, lib, screenshot=None):
    return argparse.Namespace(library=str(lib), screenshot=screenshot, brief=None)


def test_a_damaged_library_is_offered_as_a_salvaged_read_only_copy(
    qtbot, tmp_path, monkeypatch, capsys
):
    lib = seeded_library_file(tmp_path / "lib.sqlite")
    make_daily_backup(lib)
    damage_pages(lib, prefix="speakers")  # speakers unreadable: the window cannot start on it
    # Offscreen, nothing is asked: one line names the library and its backup.
    assert application._window_for(lib, _args(tmp_path, lib, "x.png")) is None
    err = capsys.readouterr().err
    assert "the library file is damaged" in err and "The automatic backup from" in err

    offered = []
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the salvaged copy's folder
    monkeypatch.setattr(
        application, "_ask_about_damage", lambda path, exc: offered.append(str(exc)) or True
    )
    window = application._window_for(lib, _args(tmp_path, lib))
    qtbot.addWidget(window)
    assert offered and f"{lib}: the library file is damaged" in offered[0]
    assert window.live.readonly and window.readonly_label.isVisibleTo(window)
    assert "salvaged copy of the damaged" in window.live.readonly_message
    assert window.library.count_sources() == 5
    assert window.library.path.parent.parent == tmp_path  # a new folder; the damaged file kept
    assert lib.exists()
    assert window.library_panel.model.rowCount() > 0  # quotes kept, unattributed
    assert "Read-only copy of the damaged library: 5 sources" in window.statusBar().currentMessage()
    window.close()


def test_a_read_only_library_opens_read_only_and_says_so(qtbot, tmp_path, message_boxes):
    folder = tmp_path / "ro"
    folder.mkdir()
    lib = seeded_library_file(folder / "lib.sqlite")
    with read_only_folder(folder):
        window = MainWindow(open_library(lib))
        qtbot.addWidget(window)
        window.show()
        assert window.live.readonly and window.readonly_label.isVisibleTo(window)
        assert "(read-only)" in window.statusBar().currentMessage()
        # Shown before any is tried: the edits' commands disabled, saying why.
        tags = window.commands["tags"]
        assert not tags.isEnabled() and "the file or its folder is read-only" in tags.toolTip()
        panel = window.library_panel
        item = panel.model.item_at(row_of_text(panel, "hardening our defenses"))
        panel.item_actions.set_tags(item.id, ["key"])
        [(_kind, _title, text)] = message_boxes
        assert f"{lib} is open read-only" in text
        assert window.isVisible()
        window.files.maybe_save = lambda: True
        window.close()
        window.library.close()


def test_a_busy_library_shows_a_note_and_the_edit_goes_through(window, qtbot, seeded_library):
    other = sqlite3.connect(seeded_library.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    panel = window.library_panel
    item = panel.model.item_at(row_of_text(panel, "hardening our defenses"))
    panel.item_actions.set_tags(item.id, ["key"])
    # The window keeps running while it waits, and says why.
    qtbot.waitUntil(lambda: window.busy_label.text() == BUSY_NOTE, timeout=10_000)
    assert window.busy_label.isVisibleTo(window)
    other.execute("COMMIT")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not window.busy_label.isVisibleTo(window), timeout=10_000)
    assert seeded_library.item_tags(item.id) == ["key"]
    other.close()


def test_paste_after_an_import_in_the_same_run(window, qtbot, seeded_library):
    dialog = window.sources.start_import([DATA / "dev" / "dev_01.txt"])
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.outcomes[0].ok
    paste = window.sources.paste_as_new_source(
        "A pasted note. \u201cWe will see,\u201d the clerk said."
    )
    with qtbot.waitSignal(paste.accepted, timeout=30_000):
        paste.accept()
    assert paste.outcome.ok and paste.error.text() == "Adding\u2026"
    assert seeded_library.source(paste.outcome.source_id).file_name == "(pasted)"


def test_another_programs_writes_show_up(window, qtbot, seeded_library):
    panel = window.library_panel
    n = panel.sources.count()
    with Library(seeded_library.path) as other:
        other.add_source("Written by another program. It has words.", SourceMeta(title="Elsewhere"))
    window.live.check_others()
    qtbot.waitUntil(lambda: panel.sources.count() == n + 1, timeout=10_000)


def test_a_library_error_in_use_becomes_a_message_not_a_traceback(
    window, monkeypatch, message_boxes
):
    from app.core.errors import LibraryDamagedError

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    application._report_library_errors(window)
    error = LibraryDamagedError("lib.sqlite: the library file is damaged (malformed)")
    sys.excepthook(type(error), error, None)
    assert message_boxes == [("warning", "Library problem", str(error))]
    assert window.isVisible()


def test_opening_a_memo_removes_what_killed_saves_left_beside_it(window, tmp_path):
    import os
    import time

    path = tmp_path / "memo.brief.json"
    Brief().save(path)
    stale = tmp_path / ".memo.brief.json.k1ll3d_x.tmp"  # named as a save names its temporary file
    stale.write_text("half a memo")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    other = tmp_path / ".other.brief.json.k1ll3d_x.tmp"  # another memo's: not ours to remove
    other.write_text("x")
    os.utime(other, (old, old))
    assert window.open_brief(path)
    assert not stale.exists() and other.exists()


def test_an_empty_library_file_is_refused_and_made_new_only_when_asked(
    qtbot, tmp_path, monkeypatch, capsys
):
    lib = tmp_path / "lib.sqlite"
    lib.write_bytes(b"")  # a library cut short (or never one)
    # Offscreen, nothing is asked: one line names the file and says it is empty.
    assert application._window_for(lib, _args(tmp_path, lib, "x.png")) is None
    assert f"error: {lib}: the file is empty (0 bytes)" in capsys.readouterr().err
    # The question's default button (Enter) is Cancel: nothing is made.
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def enter(box):
        shown.append((box.text(), box.informativeText(), box.defaultButton().text()))
        box.defaultButton().click()

    monkeypatch.setattr(QMessageBox, "exec", enter)
    assert application._window_for(lib, _args(tmp_path, lib)) is None
    [(text, more, default)] = shown
    assert text.startswith(f"{lib}: the file is empty") and "Start a new" in more
    assert default == "Cancel"
    asked = []
    monkeypatch.setattr(
        application, "_ask_about_empty", lambda path, exc: asked.append(exc.reason) or False
    )
    assert application._window_for(lib, _args(tmp_path, lib)) is None  # Cancel
    assert asked and asked[0].startswith(f"{lib}: the file is empty")
    assert lib.stat().st_size == 0 and sorted(tmp_path.iterdir()) == [lib]
    monkeypatch.setattr(application, "_ask_about_empty", lambda path, exc: True)
    window = application._window_for(lib, _args(tmp_path, lib))  # Start a New Library Here
    qtbot.addWidget(window)
    assert window.library.path == lib and window.library.count_sources() == 0
    window.close()
    with Library(lib) as library:  # a library now
        assert library.count_sources() == 0
