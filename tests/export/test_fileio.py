"""Atomic writes behave as plain writes would: links, modes, umask, leftovers."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core.brief import Brief, Header
from app.core.export import ExportOptions, export_brief
from app.core.fileio import atomic_write_bytes, atomic_write_text, remove_stale_temps

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    old = os.umask(0o022)
    yield lambda value: os.umask(value)
    os.umask(old)


def test_saving_through_a_symlink_writes_the_linked_file(tmp_path):
    real = tmp_path / "shared" / "memo.brief.json"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o644)
    link = tmp_path / "memo.brief.json"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new" and mode(real) == 0o644
    # Temporary files go beside the real file, and none is left.
    assert sorted(p.name for p in real.parent.iterdir()) == ["memo.brief.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.brief.json", "shared"]


def test_a_chain_of_links_and_a_dangling_link_are_followed(tmp_path):
    real = tmp_path / "real.pdf"
    (tmp_path / "one.pdf").symlink_to(real)  # dangling until the first save
    (tmp_path / "two.pdf").symlink_to(tmp_path / "one.pdf")
    atomic_write_bytes(tmp_path / "two.pdf", b"%PDF")
    assert real.read_bytes() == b"%PDF"
    assert (tmp_path / "one.pdf").is_symlink() and (tmp_path / "two.pdf").is_symlink()


@pytest.mark.parametrize("old_mode", [0o644, 0o640, 0o600, 0o664])
def test_replacing_a_file_keeps_its_mode(tmp_path, umask, old_mode):
    umask(0o077)  # a strict umask must not tighten an existing file
    path = tmp_path / "memo.brief.json"
    path.write_text("old")
    path.chmod(old_mode)
    atomic_write_text(path, "new")
    assert path.read_text() == "new" and mode(path) == old_mode


@pytest.mark.parametrize("old_mode", [0o444, 0o400, 0o555])
def test_a_file_marked_read_only_is_refused_not_replaced(tmp_path, old_mode):
    # A memo or an export the user marked read-only (a final, sent version):
    # a plain write is refused, so the atomic one is too, leaving it as it is.
    path = tmp_path / "memo.brief.json"
    path.write_text("final")
    path.chmod(old_mode)
    with pytest.raises(PermissionError):
        atomic_write_text(path, "draft")
    assert path.read_text() == "final" and mode(path) == old_mode
    assert [p.name for p in tmp_path.iterdir()] == ["memo.brief.json"]


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_a_new_file_honours_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    path = tmp_path / "new.brief.json"
    atomic_write_text(path, "{}")
    assert mode(path) == expected


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_exports_come_out_readable_by_colleagues_under_umask_022(tmp_path, umask, suffix):
    umask(0o022)
    out = tmp_path / f"memo.{suffix}"
    export_brief(Brief(Header(subject="Modes")), out, ExportOptions())
    assert mode(out) == 0o644
    out.chmod(0o660)
    export_brief(Brief(Header(subject="Modes again")), out, ExportOptions())
    assert mode(out) == 0o660


KILLED_SAVE = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, sys.argv[1])
    from app.core import fileio
    # Die at the worst moment: temporary file written, not yet renamed.
    os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
    fileio.atomic_write_bytes(sys.argv[2], b"half" * 1000)
    """
)


def _killed_saves(path: Path, count: int) -> list[Path]:
    for _ in range(count):
        run = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(ROOT), str(path)])
        assert run.returncode == -9
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def _age(paths: list[Path], seconds: float = 60) -> None:
    old = time.time() - seconds
    for p in paths:
        os.utime(p, (old, old))


def test_killed_saves_leave_temporaries_that_the_next_save_removes(tmp_path):
    memo = tmp_path / "memo.brief.json"
    memo.write_text("kept")
    left = _killed_saves(memo, 3)
    assert len(left) == 3 and memo.read_text() == "kept"
    # Files that only look alike are someone else's: never touched.
    others = [tmp_path / ".memo.brief.json.notours.tmp", tmp_path / ".other.json.abcdefgh.tmp"]
    for p in others:
        p.write_text("x")
    _age(left + others)
    atomic_write_text(memo, "saved")
    assert memo.read_text() == "saved"
    assert sorted(tmp_path.glob(".memo.brief.json.*.tmp")) == [others[0]]
    assert all(p.exists() for p in others)


def test_remove_stale_temps_is_there_for_the_code_that_opens_a_memo(tmp_path):
    memo = tmp_path / "memo.brief.json"
    memo.write_text("{}")
    left = _killed_saves(memo, 2)
    # Just written: could be a save that has not locked its file yet.
    assert remove_stale_temps(memo) == []
    _age(left)
    assert sorted(remove_stale_temps(memo)) == left
    assert not any(p.exists() for p in left)


@pytest.mark.skipif(sys.platform == "win32", reason="advisory locks are POSIX")
def test_a_temporary_file_being_written_by_a_live_save_is_left_alone(tmp_path):
    memo = tmp_path / "memo.brief.json"
    busy = tmp_path / ".memo.brief.json.abcd1234.tmp"
    busy.write_text("being written")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'rb'); fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('locked', flush=True); time.sleep(30)",
            str(busy),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        _age([busy])
        atomic_write_text(memo, "saved")
        assert busy.exists()
    finally:
        holder.kill()
        holder.wait()
    assert remove_stale_temps(memo) == [busy]


@pytest.mark.parametrize("code", ["EINVAL", "EOPNOTSUPP"])
def test_a_folder_whose_file_system_cannot_sync_folders_is_no_failed_save(
    tmp_path, monkeypatch, code
):
    """Some file systems (shared folders of a virtual machine, some network
    and FUSE mounts) refuse to flush a folder at all: the rename is as sure
    as they make it, and a save there must not be said uncertain every time
    (the memo would stay "unsaved" for ever, and closing ask again)."""
    import errno

    from app.core.fileio import FolderNotSyncedError

    real_fsync = os.fsync

    def folders_refused(fd, error=getattr(errno, code)):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(error, os.strerror(error))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", folders_refused)
    target = tmp_path / "memo.brief.json"
    atomic_write_text(target, "Velmar levy notes\n")
    assert target.read_text(encoding="utf-8") == "Velmar levy notes\n"

    def folder_io_error(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", folder_io_error)  # a real failure is still said
    with pytest.raises(FolderNotSyncedError):
        atomic_write_text(target, "Velmar levy notes, v2\n")
