"""Going back to the automatic backup as the damaged-library message says:
the steps it names give the backup's library, even when the crash left the
library's write-ahead log (library.sqlite-wal) beside it. Copied over the
library alone, the backup would have that log replayed onto it: the
library after the crash again, or pages of it mixed into the backup's."""

from __future__ import annotations

import datetime
import re
import shutil
import sqlite3

from app.core.backup import make_daily_backup
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui.application import backup_note


def _stale_log(path):
    """Writes left in the library's log, as a killed app leaves them."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("UPDATE sources SET title = 'after the backup'")
    db.commit()
    log = path.with_name(path.name + "-wal")
    kept = log.read_bytes()
    db.close()  # checkpoints and removes the log: put it back as a crash leaves it
    log.write_bytes(kept)


def test_the_steps_the_note_gives_restore_the_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.add_source("The Quillon ward levy was set on Monday.", SourceMeta(title="Levy"))
    make_daily_backup(path, datetime.date(2026, 11, 2))
    _stale_log(path)
    note = backup_note(path)
    backup = re.search(r" is (\S+\.sqlite)", note).group(1)
    shutil.copy(backup, path)  # "copy it over library.sqlite"
    for name in (f"{path.name}-wal", f"{path.name}-shm"):
        assert name in note
        path.with_name(name).unlink(missing_ok=True)
    with Library(path) as library:
        assert [meta.title for _id, _n, meta, _c in library.sources()] == ["Levy"]
