"""Brief files through the window: save and reopen, atomic save, recovery, bad files."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.brief import Brief
from app.ui import file_dialogs
from app.ui.brief_document import find_recovery
from app.ui.main_window import MainWindow
from tests.ui.helpers import open_window, row_of_text, select_library_row


@pytest.fixture
def window(qtbot, seeded_library):
    return open_window(qtbot, seeded_library)


def build_brief(window, qtbot) -> None:
    """A brief with a header, a quote, an altered quote and a paragraph."""
    editor = window.editor
    qtbot.keyClicks(editor.fields["subject"], "Sanctuary ordinance")
    qtbot.keyClicks(editor.fields["to"], "Council member")
    panel = window.library_panel
    for words in ("hardening our defenses", "pro-immigrant city"):
        select_library_row(panel, row_of_text(panel, words))
        qtbot.keyClick(panel.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    quote = window.current_brief().blocks()[-1]
    window.document.model.setData(
        window.document.model.block_index(quote.id), "We are a pro-immigrant city."
    )
    editor.add_paragraph()
    editor.view.closePersistentEditor(editor.view.currentIndex())
    prose = window.current_brief().blocks()[-1]
    window.document.model.setData(window.document.model.block_index(prose.id), "My note.")


def save_as(window, monkeypatch, path) -> None:
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), ""))
    assert window.files.save_as()


def test_save_and_reopen_loses_nothing(window, qtbot, monkeypatch, tmp_path, seeded_library):
    build_brief(window, qtbot)
    assert window.isWindowModified()
    path = tmp_path / "memo.brief.json"
    save_as(window, monkeypatch, path)
    assert not window.isWindowModified()
    assert "memo.brief.json" in window.windowTitle()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 1 and saved["header"]["subject"] == "Sanctuary ordinance"

    other = open_window(qtbot, seeded_library)
    assert other.open_brief(path)
    assert other.current_brief().to_json() == window.current_brief().to_json()
    blocks = other.current_brief().blocks()
    assert [b.kind for b in blocks] == ["quote", "quote", "prose"]
    assert [b.altered for b in blocks] == [False, True, False]
    assert other.editor.fields["subject"].text() == "Sanctuary ordinance"
    assert str(path.resolve()) in other.settings.recent_files()


def test_saving_without_a_file_asks_for_one_and_adds_the_suffix(
    window, qtbot, monkeypatch, tmp_path
):
    build_brief(window, qtbot)
    monkeypatch.setattr(
        file_dialogs, "save_file_name", lambda *a, **k: (str(tmp_path / "notes"), "")
    )
    window.files.save()
    assert (tmp_path / "notes.brief.json").exists()


def test_a_failed_save_leaves_the_previous_file_intact(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "memo.brief.json"
    build_brief(window, qtbot)
    save_as(window, monkeypatch, path)
    before = path.read_bytes()
    qtbot.keyClicks(window.editor.fields["subject"], " (draft 2)")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.files.save()
    assert path.read_bytes() == before
    assert Brief.load(path).header.subject == "Sanctuary ordinance"
    assert shown and "No space left" in shown[0] and "not changed" in shown[0]
    assert window.isWindowModified()  # the changes are still unsaved, and still there
    assert window.current_brief().header.subject == "Sanctuary ordinance (draft 2)"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def _saved_then_retyped(window, qtbot, monkeypatch, tmp_path):
    """A memo saved, then its subject typed on: " (draft 2)"."""
    path = tmp_path / "memo.brief.json"
    build_brief(window, qtbot)
    save_as(window, monkeypatch, path)
    qtbot.keyClicks(window.editor.fields["subject"], " (draft 2)")
    return path


def _folder_flush_fails(monkeypatch):
    """A folder's fsync fails (files' still work); returns the real fsync."""
    real_fsync = os.fsync

    def folder_fsync_fails(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", folder_fsync_fails)
    return real_fsync


def test_a_save_whose_folder_flush_fails_says_the_file_was_written(
    window, qtbot, monkeypatch, tmp_path
):
    path = _saved_then_retyped(window, qtbot, monkeypatch, tmp_path)
    real_fsync = _folder_flush_fails(monkeypatch)
    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    assert not window.files.save()
    # The file was replaced: the message must not say it was not.
    assert Brief.load(path).header.subject == "Sanctuary ordinance (draft 2)"
    assert "not changed" not in shown[0] and "Input/output error" in shown[0]
    assert "saved, but the folder's entry may not be on disk yet" in shown[0]
    assert window.isWindowModified()  # kept unsaved (and autosaved) until a save is sure
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert window.files.save() and not asked  # no "changed by another program"
    assert not window.isWindowModified()


def test_after_a_save_not_sure_on_disk_no_undo_makes_the_memo_look_saved(
    window, qtbot, monkeypatch, tmp_path
):
    path = _saved_then_retyped(window, qtbot, monkeypatch, tmp_path)
    _folder_flush_fails(monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    assert not window.files.save()
    assert Brief.load(path).header.subject == "Sanctuary ordinance (draft 2)"
    window.undo_action.trigger()  # the subject as first saved
    assert window.current_brief().header.subject == "Sanctuary ordinance"
    # The file holds "(draft 2)": the memo is not as saved, and closing asks.
    # (The undo reached the first save's state, which read as saved.)
    assert window.isWindowModified()


def test_autosave_then_crash_then_restore(qtbot, monkeypatch, tmp_path, seeded_library):
    window = open_window(qtbot, seeded_library)
    path = tmp_path / "memo.brief.json"
    build_brief(window, qtbot)
    save_as(window, monkeypatch, path)
    qtbot.keyClicks(window.editor.fields["subject"], " - revised")
    assert window.document.recovery_file is None
    window.document.autosave_timer.timeout.emit()  # the 30-second tick
    assert window.document.recovery_file.exists()
    expected = window.current_brief().to_json()
    # A crash: the window is never closed, so the recovery file stays, and
    # the system lets go of the lock that said its owner was alive.
    window.document.autosave_timer.stop()
    os.close(window.document._recovery_lock)
    window.document._recovery_lock = None

    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    restarted = MainWindow(seeded_library)
    qtbot.addWidget(restarted)
    assert restarted.files.offer_recovery()
    assert asked and "memo.brief.json" in asked[0]
    # When it was autosaved, so the user knows what the last seconds cost.
    assert "They were last autosaved on " in asked[0]
    assert restarted.current_brief().to_json() == expected
    assert restarted.document.path == path and restarted.isWindowModified()
    # The status line says what happened, not just "Autosaved".
    said = restarted.statusBar().currentMessage()
    assert said.startswith("Restored the changes autosaved on "), said
    assert said.endswith("not yet saved in memo.brief.json: Save keeps them"), said
    # Saving makes it the real file and removes the recovery file.
    assert restarted.files.save()
    assert Brief.load(path).header.subject.endswith("revised")
    assert find_recovery() is None


def test_an_edit_undone_back_to_the_saved_memo_leaves_nothing_to_restore(
    qtbot, monkeypatch, tmp_path, window
):
    path = tmp_path / "memo.brief.json"
    build_brief(window, qtbot)
    save_as(window, monkeypatch, path)
    saved = window.current_brief().to_json()
    window.editor.select_block(window.current_brief().blocks()[0].id)
    window.editor.delete_selected()
    window.document.autosave_timer.timeout.emit()  # autosaved without the block
    assert window.document.recovery_file.exists()
    window.undo_action.trigger()  # the block is back: the memo is the saved file
    assert not window.isWindowModified()
    assert window.current_brief().to_json() == saved
    # A crash now: the autosave without the block was offered at the next
    # start ("Restore the autosaved changes?", Yes by default), taking the
    # block out of the memo again.
    window.document.autosave_timer.stop()
    os.close(window.document._recovery_lock)
    window.document._recovery_lock = None
    assert find_recovery() is None


def test_opening_the_memo_already_open_keeps_its_undo_history(qtbot, monkeypatch, tmp_path, window):
    path = tmp_path / "memo.brief.json"
    build_brief(window, qtbot)
    window.editor.select_block(window.current_brief().blocks()[0].id)
    window.editor.delete_selected()
    save_as(window, monkeypatch, path)
    saved = window.current_brief().to_json()
    # From Open Recent: the memo read again from its file took the undo
    # history with it, and the block deleted before the save was lost.
    assert window.files.open(path)
    assert window.current_brief().to_json() == saved
    assert window.undo_action.text() == "&Undo Remove Quote in Memo"
    window.undo_action.trigger()
    assert len(window.current_brief().blocks()) == 3


def test_declining_recovery_discards_it(qtbot, monkeypatch, window):
    qtbot.keyClicks(window.editor.fields["subject"], "Lost work")
    assert window.document.autosave()
    os.close(window.document._recovery_lock)  # a crash lets go of the lock
    window.document._recovery_lock = None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not window.files.offer_recovery()
    assert find_recovery() is None


def test_nothing_to_autosave_writes_nothing(window):
    assert not window.document.autosave()
    assert window.document.recovery_file is None
    assert find_recovery() is None


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"{ not json", "broken JSON"),
        (b"\xff\xfe\x00garbage", "broken JSON"),
        (json.dumps({"format": "something else"}).encode(), "not a usable memo"),
        (
            json.dumps(
                {"format": "briefing-builder/brief", "schema_version": 99, "sections": []}
            ).encode(),
            "newer Briefing Builder",
        ),
        (
            json.dumps(
                {
                    "format": "briefing-builder/brief",
                    "schema_version": 1,
                    "sections": [{"title": "A", "blocks": [{"kind": "poem", "text": "x"}]}],
                }
            ).encode(),
            "unknown block kind",
        ),
    ],
)
def test_a_broken_brief_gets_a_clear_message(window, qtbot, monkeypatch, tmp_path, content, reason):
    qtbot.keyClicks(window.editor.fields["subject"], "Keep me")
    bad = tmp_path / "bad.brief.json"
    bad.write_bytes(content)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_brief(bad)
    assert shown and "bad.brief.json" in shown[0] and reason in shown[0]
    assert window.current_brief().header.subject == "Keep me"


def test_closing_with_unsaved_changes_asks(qtbot, seeded_library, monkeypatch):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.editor.fields["subject"], "Unsaved")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert window.isVisible() and "Untitled memo" in asked[0]
    assert window.close()
    assert len(asked) == 2


def test_new_from_template(window, monkeypatch):
    window.files.new("Reporter's backgrounder")
    titles = [s.title for s in window.current_brief().sections]
    assert titles == ["Summary", "Timeline", "Key players", "Quotes", "Sources"]
    assert not window.isWindowModified()
    assert window.windowTitle().endswith("Untitled memo[*]")
    new_menu = next(
        a.menu() for a in window.menus["file"].actions() if a.text().replace("&", "") == "New Memo"
    )
    names = [a.text() for a in new_menu.actions()]
    # Numbered, so each has an accelerator: Alt+F, N, 2 opens the second.
    assert names[:2] == ["&1 Council briefing memo", "&2 Reporter's backgrounder"]


def test_window_layout_is_remembered(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    window.splitter.setSizes([300, 500, 600])
    sizes = window.splitter.sizes()
    assert window.close()
    again = open_window(qtbot, seeded_library)
    # The offscreen screen is smaller than the window, so the restored window
    # is clamped to it; the library panel keeps its width, the others shrink.
    assert again.splitter.sizes()[0] == sizes[0] != 450


def test_saving_over_a_memo_another_program_changed_asks_first(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "memo.brief.json"
    build_brief(window, qtbot)
    save_as(window, monkeypatch, path)
    # A colleague's copy of the app (or a sync tool) rewrites the file meanwhile.
    theirs = Brief.load(path)
    theirs.header.subject = "Velmar ferry: the colleague's version"
    theirs.save(path)
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    on_disk = path.read_bytes()
    qtbot.keyClicks(window.editor.fields["subject"], " (mine)")
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not window.files.save()
    assert asked and "changed by another program" in asked[0]
    assert path.read_bytes() == on_disk  # their work is still there
    assert window.isWindowModified()  # and so is ours, unsaved
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.files.save()
    assert Brief.load(path).header.subject.endswith("(mine)")
    # Saved by us, the file is ours again: the next save asks nothing.
    asked.clear()
    qtbot.keyClicks(window.editor.fields["subject"], "!")
    assert window.files.save() and not asked


def test_changes_discarded_at_close_are_never_autosaved_again(window, qtbot, monkeypatch):
    qtbot.keyClicks(window.editor.fields["subject"], "Brask draft, thrown away")
    assert window.document.autosave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert find_recovery() is None
    # The window may outlive its close a while (a library switch deletes it
    # later): its timer must not write the discarded changes back.
    assert not window.document.autosave_timer.isActive()


def test_a_save_into_a_folder_no_longer_there_makes_no_folder(window, qtbot, monkeypatch, tmp_path):
    share = tmp_path / "share"  # a network share or a stick, mounted
    share.mkdir()
    path = share / "memo.brief.json"
    build_brief(window, qtbot)
    save_as(window, monkeypatch, path)
    qtbot.keyClicks(window.editor.fields["subject"], " (draft 2)")
    away = share.rename(tmp_path / "share-unmounted")  # gone from its place
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.files.save()
    assert not share.exists()  # not made anew on the local disk
    assert shown == [
        f"{path}: its folder is not there (renamed, moved, or on a drive or network share"
        " that is not connected); use Save As to keep the memo elsewhere. The file on disk"
        " was not changed."
    ]
    assert window.isWindowModified()
    assert window.document.autosave()  # the work stays safe meanwhile
    away.rename(share)  # connected again: the next save goes through
    assert window.files.save()
    assert Brief.load(path).header.subject == "Sanctuary ordinance (draft 2)"


def test_two_crashed_memos_of_one_name_are_told_apart(qtbot, monkeypatch, tmp_path, window):
    """Two windows (or two runs) on memos of one name in two folders, both
    lost in a crash: each recovery stays its own, and the question names the
    folder, before No discards one of them."""
    from app.core.brief import Header
    from app.ui.brief_commands import EditHeader
    from app.ui.brief_document import BriefDocument

    paths = []
    for folder, subject in (("north", "Velmar ferry"), ("south", "Quillon mill")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "notes.brief.json"
        Brief(Header(subject=subject)).save(path)
        doc = BriefDocument(autosave_seconds=3600)
        doc.open(path)
        doc.undo_stack.push(EditHeader(doc.model, "subject", f"{subject}, revised"))
        assert doc.autosave()
        os.close(doc._recovery_lock)  # the crash
        doc._recovery_lock = None
        os.utime(doc.recovery_file, (len(paths) + 1e9,) * 2)  # the south one is newer
        paths.append(path)
    asked = []

    def answer(*args, **_):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.files.offer_recovery()
    written = datetime.fromtimestamp(1e9 + 2)
    assert asked == [
        "Briefing Builder did not close properly. Restore the autosaved changes to"
        f" notes.brief.json (in {paths[1].parent})? They were last autosaved on"
        f" {written.day} {written:%b %Y} at {written:%H:%M}: what was typed after that is"
        " not in them. (No discards them.)"
    ]
    assert window.document.path == paths[1]
    assert window.current_brief().header.subject == "Quillon mill, revised"
    # The other stays for the next start, its own folder's changes.
    recovery, original = find_recovery()
    assert original == str(paths[0])
    assert Brief.load(recovery).header.subject == "Velmar ferry, revised"


def test_save_as_first_offers_the_home_folder_not_the_apps_own_examples(
    window, monkeypatch, tmp_path
):
    # The bundled examples' folder is the app's (read-only once installed,
    # replaced by an upgrade): a user's memo saved there could be lost.
    from pathlib import Path

    from app.core.paths import BRIEFS

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (asked.append(a) or "", ""))
    assert window.files.save_as() is False
    assert Path(asked[0][2]) == home / "memo.brief.json"
    assert BRIEFS not in Path(asked[0][2]).parents
