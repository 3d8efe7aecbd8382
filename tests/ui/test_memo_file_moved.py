"""The memo's file moved, renamed or deleted by another program while it is
open: the work is never saved silently under the old name, nor lost at close."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.brief import Brief, Header
from app.ui import file_dialogs
from tests.ui.helpers import open_window


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def open_and_edit(window, qtbot, path) -> None:
    """A memo of the user's, opened, then its subject typed on."""
    Brief(Header(subject="Velmar ferry")).save(path)
    assert window.open_brief(path)
    window.editor.fields["subject"].end(False)
    qtbot.keyClicks(window.editor.fields["subject"], " (revised)")


def memo_files(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.brief.json"))


def answering(monkeypatch, reply):
    """Questions answered `reply`; returns the list of (title, text) asked."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_memo_renamed_in_its_folder_is_saved_under_its_new_name_once_asked(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    renamed = path.rename(tmp_path / "memo-final.brief.json")  # by a file manager
    assert window.document.autosave()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.files.save()
    [(title, text)] = asked
    assert title == "Memo renamed" and str(path) in text and str(renamed) in text
    # Not made again under the old name beside the renamed one.
    assert memo_files(tmp_path) == ["memo-final.brief.json"]
    assert Brief.load(renamed).header.subject == "Velmar ferry (revised)"
    assert window.document.path == renamed and "memo-final" in window.windowTitle()
    assert not window.isWindowModified()


def test_a_memo_moved_to_another_folder_is_saved_only_where_the_user_says(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    (tmp_path / "archive").mkdir()
    moved = path.rename(tmp_path / "archive" / "memo.brief.json")
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.files.save()
    [(title, text)] = asked
    assert title == "Memo file gone" and str(path) in text
    assert memo_files(tmp_path) == ["archive/memo.brief.json"]  # nothing written
    assert window.isWindowModified()  # the work is still in the window
    # Save: the Save As dialog offers the old name; the user picks another.
    answering(monkeypatch, QMessageBox.StandardButton.Save)
    offered = []

    def choose(parent, caption, default, *args, **kwargs):
        offered.append(default)
        return str(tmp_path / "archive" / "memo-2.brief.json"), ""

    monkeypatch.setattr(file_dialogs, "save_file_name", choose)
    assert window.files.save()
    assert offered == [str(path)]
    assert memo_files(tmp_path) == ["archive/memo-2.brief.json", "archive/memo.brief.json"]
    assert Brief.load(moved).header.subject == "Velmar ferry"  # left as it was
    assert Brief.load(tmp_path / "archive" / "memo-2.brief.json").header.subject.endswith(
        "(revised)"
    )


def crashed_then_restored(path, meanwhile):
    """A document edits the memo at `path`, autosaves and crashes; `meanwhile`
    (another program) acts on the file; a new document restores the work."""
    from app.ui.brief_commands import EditHeader
    from app.ui.brief_document import BriefDocument, find_recovery

    Brief(Header(subject="Quillon mill")).save(path)
    crashed = BriefDocument(autosave_seconds=3600)
    crashed.open(path)
    crashed.undo_stack.push(EditHeader(crashed.model, "subject", "Quillon mill, revised"))
    assert crashed.autosave()
    os.close(crashed._recovery_lock)  # the crash: the system lets go of the lock
    crashed._recovery_lock = None
    meanwhile()
    recovery, original = find_recovery()
    restored = BriefDocument(autosave_seconds=3600)
    restored.restore(recovery, original)
    return restored


def test_work_autosaved_before_a_crash_finds_its_memo_renamed_since(tmp_path):
    """The recovery file keeps which file the memo was: restored after a
    crash, the memo is found under the name another program gave it."""
    path, renamed = tmp_path / "memo.brief.json", tmp_path / "mill.brief.json"
    restored = crashed_then_restored(path, lambda: path.rename(renamed))
    assert restored.path == path and restored.renamed_to() == renamed
    restored.close_recovery()


def test_work_autosaved_before_a_crash_knows_the_memo_was_saved_elsewhere_since(tmp_path):
    """Another window's save of the memo after the crash is not overwritten
    unasked by the restored work."""
    path = tmp_path / "memo.brief.json"

    def other_window_saves():
        Brief(Header(subject="Quillon mill, the other window's")).save(path)
        os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)

    restored = crashed_then_restored(path, other_window_saves)
    assert restored.path == path and restored.changed_on_disk()
    restored.close_recovery()


def test_a_saved_memo_deleted_while_open_is_autosaved_and_asked_about_at_close(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    assert window.files.save() and not window.isWindowModified()
    path.unlink()  # by another program: the window holds the only copy now
    assert window.document.autosave()  # kept against a crash, though saved
    said = window.statusBar().currentMessage()
    assert f"memo.brief.json is no longer in {tmp_path}" in said, said
    del window.files.maybe_save  # the window asks, as it does for the user
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    [(title, text)] = asked
    assert title == "Memo file gone" and str(path) in text
    answering(monkeypatch, QMessageBox.StandardButton.Save)
    monkeypatch.setattr(
        file_dialogs, "save_file_name", lambda p, c, default, *a, **k: (default, "")
    )
    assert window.close()  # saved again under the name the dialog offered: its old one
    assert Brief.load(path).header.subject == "Velmar ferry (revised)"


def test_save_as_onto_the_memo_another_window_saved_since_asks_first(
    window, qtbot, monkeypatch, tmp_path, seeded_library
):
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    other = open_window(qtbot, seeded_library)  # the same memo in a second window
    assert other.open_brief(path)
    qtbot.keyClicks(other.editor.fields["to"], "Ivo Brask")
    assert other.files.save()
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), ""))
    assert not window.files.save_as()  # onto the memo's own file, by Save As
    [(title, text)] = asked
    assert title == "Memo changed on disk" and str(path) in text
    assert Brief.load(path).header.to == "Ivo Brask"  # the other window's edits stay
    assert window.isWindowModified()
    # Every other way the memo is written asks too.
    del window.files.maybe_save
    # Closing: save the changes? Save; replace the other window's? No.
    monkeypatch.setattr(QMessageBox, "question", _answers(asked, "Save", "No"))
    asked.clear()
    assert not window.close()
    assert [title for title, _ in asked] == ["Unsaved changes", "Memo changed on disk"]
    assert Brief.load(path).header.to == "Ivo Brask"
    window.files.maybe_save = lambda: True


def _answers(asked, *replies):
    """Questions answered by `replies` in turn, each recorded in `asked`."""
    left = [getattr(QMessageBox.StandardButton, reply) for reply in replies]

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return left.pop(0)

    return question


def _newer_memo(path) -> bytes:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] += 1
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "replaced_by, said",
    [
        (lambda path: b"", "What is there now is not a memo file (broken JSON: "),
        (
            lambda path: path.read_bytes()[:40],
            "What is there now is not a memo file (broken JSON: ",
        ),
        (
            lambda path: b"\x00\xff\x00\x01",
            "What is there now is not a memo file (broken JSON: not",
        ),
        (_newer_memo, "It is now a memo made by a newer Briefing Builder, which this version"),
    ],
    ids=["empty", "truncated", "binary", "newer"],
)
def test_saving_over_a_memo_file_replaced_on_disk_says_what_is_there_now(
    window, qtbot, monkeypatch, tmp_path, replaced_by, said
):
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    theirs = replaced_by(path)
    path.write_bytes(theirs)
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.files.save()
    [(title, text)] = asked
    assert title == "Memo changed on disk" and str(path) in text and said in text, text
    assert path.read_bytes() == theirs  # left as it is: No
    assert window.isWindowModified()
    # Opened again, it gets a message naming the file, and the memo stays.
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    assert not window.files.open(path, ask=False)
    [(title, text)] = shown
    assert title == "Cannot open the memo" and text.startswith("memo.brief.json: not a")
    assert window.current_brief().header.subject == "Velmar ferry (revised)"


def test_a_memo_on_a_drive_made_read_only_keeps_its_work_and_says_where_else_to_save(
    window, qtbot, monkeypatch, tmp_path
):
    from tests.core.library_faults import read_only_folder

    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    with read_only_folder(stick):
        assert not window.files.save()
        [(title, text)] = shown
        assert title == "Cannot save" and text.startswith(f"{path}: ")
        assert text.endswith("The file on disk was not changed; Save As keeps the memo elsewhere.")
        assert window.isWindowModified() and window.document.autosave()  # in recovery too
        monkeypatch.setattr(
            file_dialogs, "save_file_name", lambda *a, **k: (str(tmp_path / "memo.brief.json"), "")
        )
        assert window.files.save_as()  # elsewhere
    assert Brief.load(tmp_path / "memo.brief.json").header.subject == "Velmar ferry (revised)"
    assert Brief.load(path).header.subject == "Velmar ferry"


def test_a_save_by_another_window_within_the_same_clock_tick_is_still_noticed(
    window, qtbot, monkeypatch, tmp_path, seeded_library
):
    """Another window's save of the same size in the same tick of the file
    system's clock (2 s on a FAT stick) leaves the time and size as they
    were; the file is another one all the same (saves replace it)."""
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    read_at = path.stat().st_mtime_ns
    other = open_window(qtbot, seeded_library)
    assert other.open_brief(path)
    subject = other.editor.fields["subject"]
    subject.selectAll()
    qtbot.keyClicks(subject, "Velmar Ferry")  # one letter changed: the same size
    assert other.files.save()
    os.utime(path, ns=(read_at, read_at))
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.files.save()
    assert [title for title, _ in asked] == ["Memo changed on disk"]
    assert Brief.load(path).header.subject == "Velmar Ferry"


def recent_names(window) -> list[str]:
    """File > Open Recent's entries as the menu shows them."""
    window.files.recent_menu.aboutToShow.emit()
    return [a.text() for a in window.files.recent_menu.actions()]


def test_open_recent_lists_a_renamed_memo_under_its_new_name_once_saved_there(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "memo.brief.json"
    open_and_edit(window, qtbot, path)
    path.rename(tmp_path / "memo-final.brief.json")
    answering(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.files.save()
    assert recent_names(window)[0] == "&1 memo-final.brief.json"
    assert not any(name.endswith(" memo.brief.json") for name in recent_names(window))


def test_a_recent_memo_whose_file_is_gone_is_dropped_when_picked_and_said(
    window, qtbot, monkeypatch, tmp_path
):
    gone, kept = tmp_path / "gone.brief.json", tmp_path / "kept.brief.json"
    for path in (kept, gone):  # the last added is listed first
        Brief(Header(subject="Orlan quay")).save(path)
        window.settings.add_recent(path)
    gone.unlink()  # by another program; the menu still lists it until picked
    assert recent_names(window) == ["&1 gone.brief.json", "&2 kept.brief.json"]
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append((a[1], a[2])))
    window.files.recent_menu.actions()[0].trigger()
    [(title, text)] = shown
    assert "gone.brief.json" in text and "Open Recent" in text
    assert recent_names(window) == ["&1 kept.brief.json"]
    assert window.document.path is None  # the untitled memo stays
