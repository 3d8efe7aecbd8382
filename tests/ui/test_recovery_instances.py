"""Two copies of the app running at once (a memo opened from the file manager
while the window is open): neither offers, overwrites or removes the other's
autosaved work, and the work of one killed mid-afternoon is offered at the
next start (invented memo text)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.brief import Brief, BriefError, Header
from app.ui.brief_commands import EditHeader
from app.ui.brief_document import BriefDocument, find_recovery, recovery_path

ROOT = Path(__file__).resolve().parents[2]

OTHER_INSTANCE = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.brief_commands import EditHeader
from app.ui.brief_document import BriefDocument
doc = BriefDocument(autosave_seconds=3600)
doc.undo_stack.push(EditHeader(doc.model, "subject", "Velmar ferry timetable"))
assert doc.autosave()
print("autosaved", flush=True)
time.sleep(120)
"""


def _start_other(data_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, BRIEFING_BUILDER_DATA=str(data_dir), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", OTHER_INSTANCE],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "autosaved"
    return proc


def test_a_second_instance_leaves_the_first_ones_autosave_alone(qtbot, data_dir):
    other = _start_other(data_dir)
    try:
        # This instance starts while the other runs: its work is no crash's.
        assert find_recovery() is None
        doc = BriefDocument(autosave_seconds=3600)
        doc.undo_stack.push(EditHeader(doc.model, "subject", "Quillon mill notes"))
        assert doc.autosave()
        doc.new()  # this one's work discarded on purpose (a clean close does the same)
    finally:
        other.send_signal(signal.SIGKILL)  # the other instance dies mid-afternoon
        other.wait()
    found = find_recovery()
    assert found is not None
    assert Brief.load(found[0]).header.subject == "Velmar ferry timetable"
    # Restored, it is this instance's unsaved work, kept through its own autosaves.
    doc = BriefDocument(autosave_seconds=3600)
    doc.restore(*found)
    assert doc.dirty and doc.brief.header.subject == "Velmar ferry timetable"
    assert find_recovery() is None  # ours now, and we are alive


def test_an_older_versions_recovery_file_is_still_offered(qtbot, data_dir):
    data = Brief(Header(subject="Brask harbour notes")).to_json()
    data["recovery_of"] = ""
    recovery_path().parent.mkdir(parents=True)
    recovery_path().write_text(json.dumps(data), encoding="utf-8")
    found = find_recovery()
    assert found == (recovery_path(), "")
    doc = BriefDocument(autosave_seconds=3600)
    doc.restore(*found)
    assert doc.brief.header.subject == "Brask harbour notes"
    assert not recovery_path().exists() and doc.recovery_file.exists()
    doc.close_recovery()
    assert list(recovery_path().parent.iterdir()) == []


def test_a_restored_memo_asks_before_replacing_a_file_changed_since_the_crash(
    qtbot, data_dir, tmp_path
):
    path = tmp_path / "ferry.brief.json"
    Brief(Header(subject="Velmar ferry")).save(path)
    crashed = BriefDocument(autosave_seconds=3600)
    crashed.open(path)
    crashed.undo_stack.push(EditHeader(crashed.model, "subject", "Velmar ferry, revised"))
    assert crashed.autosave()
    os.close(crashed._recovery_lock)  # the crash: the lock goes, the file stays
    crashed._recovery_lock = None
    # Meanwhile a colleague saves their own changes to the memo file.
    Brief(Header(subject="Velmar ferry, the colleague's")).save(path)
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    doc = BriefDocument(autosave_seconds=3600)
    doc.restore(*find_recovery())
    assert doc.path == path and doc.changed_on_disk()
    # Not changed since: a save asks nothing.
    unchanged = tmp_path / "mill.brief.json"
    Brief(Header(subject="Quillon mill")).save(unchanged)
    doc.open(unchanged)
    doc.undo_stack.push(EditHeader(doc.model, "subject", "Quillon mill, revised"))
    assert doc.autosave()
    os.close(doc._recovery_lock)
    doc._recovery_lock = None
    again = BriefDocument(autosave_seconds=3600)
    again.restore(*find_recovery())
    assert again.path == unchanged and not again.changed_on_disk()


def test_a_newer_versions_autosave_that_cannot_be_restored_is_kept(qtbot, data_dir, tmp_path):
    """After a newer copy of the app crashed, an older one is started: its
    "Restore?" Yes cannot read the autosave, and must not delete it (the
    newer version restores it)."""
    data = Brief(Header(subject="Velmar levy, newer draft")).to_json()
    data["schema_version"] += 1
    data["recovery_of"] = str(tmp_path / "levy.brief.json")
    recovery = recovery_path().with_name("autosave-0123456789ab.brief.json")
    recovery.parent.mkdir(parents=True)
    recovery.write_text(json.dumps(data), encoding="utf-8")
    kept = recovery.read_bytes()
    found = find_recovery()
    assert found is not None and found[0] == recovery
    doc = BriefDocument(autosave_seconds=3600)
    with pytest.raises(BriefError) as refused:
        doc.restore(*found)
    said = str(refused.value)
    assert "newer Briefing Builder" in said
    assert f"kept in {recovery}" in said  # where the work is, named in full
    assert recovery.read_bytes() == kept
    assert doc.brief.header.subject != "Velmar levy, newer draft"


def test_temporary_files_of_autosaves_killed_part_way_go_at_start(qtbot, data_dir):
    """An autosave killed while writing leaves its temporary file in the
    recovery folder; the recovery file's name is never written again, so only
    the start removes it: an old one no save holds, never a live save's, a
    young one, the recovery files themselves or a file not of our naming."""
    import fcntl
    import time

    from app.ui.brief_document import recovery_folder

    folder = recovery_folder()
    folder.mkdir(parents=True)
    old = time.time() - 600

    def made(name: str, *, aged: bool = True) -> Path:
        path = folder / name
        path.write_text('{"subject": "Velmar ferry', encoding="utf-8")
        if aged:
            os.utime(path, (old, old))
        return path

    killed = made(".autosave-0a1b2c3d4e5f.brief.json.k3j2h1g0.tmp")
    killed_older_name = made(".autosave.brief.json.zz09ab12.tmp")
    young = made(".autosave-0a1b2c3d4e5f.brief.json.m4n5p6q7.tmp", aged=False)
    live = made(".autosave-9f8e7d6c5b4a.brief.json.a1b2c3d4.tmp")
    recovery = made("autosave-0a1b2c3d4e5f.brief.json")
    not_ours = made(".notes.txt.abcdefgh.tmp")
    held = os.open(live, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # a running copy's autosave writing it now
    try:
        find_recovery()
    finally:
        os.close(held)
    assert not killed.exists() and not killed_older_name.exists()
    assert young.exists() and live.exists() and recovery.exists() and not_ours.exists()
