"""Atomic file writes: the old file or the new one, never a broken one.

`atomic_write_bytes` writes a temporary file beside the target (named
`.NAME.XXXXXXXX.tmp`), fsyncs it and renames it over the target, so a crash
or a kill at any moment leaves either the old file or the new one. Beyond
that it behaves as a plain write would:

- a symbolic link is written through: the file it points to is replaced and
  the link stays a link;
- a file being replaced keeps its permission bits (and, where allowed, its
  group); a new file gets the usual `0o666` less the process's umask, not
  the temporary file's private `0o600`;
- a file marked read-only (no write permission for us, or none for anyone)
  is refused with PermissionError, left as it is: a rename would replace it
  where a plain write is refused;
- temporary files of our own naming left by a killed save are removed on
  the next save (`remove_stale_temps`, which code opening a file may call
  too). A temporary file still being written by a live process is never
  touched: the writer holds a lock on it for as long as it writes.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; stale files are told by their age
    fcntl = None

TEMP_SUFFIX = ".tmp"
_FOLDER_SYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}
# A temporary file this recent may belong to a save that has created it but
# not yet locked it; one older than STALE_UNLOCKED is stale where no lock can tell.
_YOUNG_SECONDS = 5.0
_STALE_UNLOCKED_SECONDS = 3600.0


def _umask() -> int:
    """The process's umask, read without changing it where the system allows
    (os.umask can only be read by setting it, which races with other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_target(path: str | Path) -> Path:
    """The file a write to `path` must replace: `path` itself, or the file at
    the end of its chain of symbolic links (which may not exist yet)."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _temp_pattern(name: str) -> re.Pattern[str]:
    return _temp_pattern_of(re.escape(name))


def _temp_pattern_of(name: str) -> re.Pattern[str]:
    # tempfile.mkstemp's random part: 8 characters of [a-z0-9_].
    return re.compile(rf"\.(?:{name})\.[a-z0-9_]{{8}}{re.escape(TEMP_SUFFIX)}")


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Remove the temporary files that saves of `path` (or of the file its
    link points to) left behind when they were killed; returns those removed.

    Only files named as `atomic_write_bytes` names them are considered, and
    only those no live process is writing (it would hold their lock)."""
    target = write_target(path)
    return _remove_unheld(target.parent, _temp_pattern(target.name), _YOUNG_SECONDS)


def remove_stale_temps_in(folder: str | Path, name: str, min_age: float) -> list[Path]:
    """Remove the temporary files killed saves left in `folder` of any file
    whose name matches the regular expression `name` (files whose own names
    are made anew each run, as recovery files are, are never saved again
    under the same name, so `remove_stale_temps` never meets their leftovers);
    only those at least `min_age` seconds old that no live save holds."""
    pattern = _temp_pattern_of(name)
    return _remove_unheld(Path(folder), pattern, max(min_age, _YOUNG_SECONDS))


def _remove_unheld(folder: Path, pattern: re.Pattern[str], min_age: float) -> list[Path]:
    removed = []
    try:
        candidates = [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []
    now = time.time()
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < min_age:
                continue
            if fcntl is None:
                if now - info.st_mtime > _STALE_UNLOCKED_SECONDS:
                    candidate.unlink()
                    removed.append(candidate)
                continue
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a live save holds it
            else:
                candidate.unlink()
                removed.append(candidate)
            finally:
                os.close(fd)
        except OSError:
            continue  # gone already, or not ours to remove: leave it
    return removed


def _copy_owner_and_mode(fd: int, target: Path) -> None:
    """Give the open temporary file the permissions the target has (or, for a
    new file, those a plain write would give it)."""
    try:
        info = target.stat()
    except FileNotFoundError:
        os.fchmod(fd, 0o666 & ~_umask())
        return
    if info.st_gid != os.fstat(fd).st_gid:
        try:
            os.fchown(fd, -1, info.st_gid)  # keep a shared folder's group
        except OSError:
            pass  # not a member of that group: the mode is still kept
    os.fchmod(fd, stat.S_IMODE(info.st_mode))


class FolderNotSyncedError(OSError):
    """The new file is written and in place, but its folder's entry could not
    be flushed to disk: a crash soon after may bring the previous file back.
    Not "nothing was changed": the file on disk is the new one."""


def _refuse_read_only(target: Path) -> None:
    try:
        info = target.stat()
    except OSError:
        return  # a new file (or one we cannot see): the write itself will tell
    if stat.S_ISREG(info.st_mode) and (not info.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, "the file is read-only", str(target))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, fsync, then rename.

    Follows symbolic links, keeps the replaced file's mode, refuses a file
    marked read-only (PermissionError), honours the umask for a new file and
    removes stale temporary files of earlier killed saves. FolderNotSyncedError
    when only the folder's flush failed, the file being replaced already."""
    target = write_target(path)
    _refuse_read_only(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            if fcntl is not None:
                # Held while writing: tells remove_stale_temps this save is alive.
                fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            _copy_owner_and_mode(f.fileno(), target)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # Renamed once closed (Windows cannot rename an open file); just written,
        # it is too young for remove_stale_temps to touch though its lock is gone.
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:
        _fsync_folder(target.parent)
    except OSError as exc:
        raise FolderNotSyncedError(exc.errno, exc.strerror or str(exc), str(target)) from exc
    remove_stale_temps(target)


def _fsync_folder(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a folder; the rename is done anyway
    try:
        os.fsync(dir_fd)
    except OSError as exc:
        # A file system that cannot flush a folder at all (a Samba share, some
        # FUSE and cluster mounts) says so with these; the rename is as sure
        # there as it can be. A failed flush (EIO) is another error.
        if exc.errno not in _FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(dir_fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    """`atomic_write_bytes` of `text` encoded as UTF-8."""
    atomic_write_bytes(path, text.encode("utf-8"))
