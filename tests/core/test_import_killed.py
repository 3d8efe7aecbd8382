"""An import killed mid-way (the power goes, the app is killed): the library
file is whole, each stored source has all its items, and importing the same
folder again adds exactly the rest."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import ROOT

FILES = 400


def _article(n: int) -> str:
    return (
        f"The Quillon ward {n} council met on Monday to set the levy for bridge {n}.\n\n"
        f'"We will fund bridge {n} this spring," said Vesk Brask, who chairs ward {n}.\n\n'
        f"The vote in ward {n} was {n % 9 + 1} to 2, the Velmar office said."
    )


def _count(path, sql: str) -> int:
    if not path.exists():
        return 0  # not made yet
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return db.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return 0  # its tables not made yet
    finally:
        db.close()


def _import(folder, library):
    return [sys.executable, str(ROOT / "main.py"), "import", str(folder), "--library", str(library)]


def test_a_killed_import_leaves_whole_sources_and_a_second_run_adds_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"ward{n:03}.txt").write_text(_article(n), encoding="utf-8")
    library = tmp_path / "library.sqlite"
    proc = subprocess.Popen(_import(folder, library), cwd=ROOT, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(library, "SELECT count(*) FROM sources") < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    stored = _count(library, "SELECT count(*) FROM sources")
    assert 3 <= stored < FILES  # killed mid-way
    db = sqlite3.connect(library)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    per_source = db.execute(
        "SELECT s.id, count(i.id) FROM sources s LEFT JOIN items i ON i.source_id = s.id"
        " GROUP BY s.id"
    ).fetchall()
    db.close()
    counts = {n for _sid, n in per_source}
    assert len(counts) == 1 and counts != {0}, per_source  # every source whole
    again = subprocess.run(
        _import(folder, library), cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    lines = again.stdout.splitlines()
    assert sum(line.startswith("ok ") for line in lines) == FILES - stored, again.stderr
    assert sum("already" in line for line in lines) == stored
    assert _count(library, "SELECT count(*) FROM sources") == FILES
