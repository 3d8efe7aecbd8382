"""Time Delete Source and its undo at 200,000 items: regroup (main) against
the in-place update of app/core/corroborate/deleting.py, alternated.

    .venv/bin/python bench/bench_delete_time.py [--sources 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_corroborate import build  # noqa: E402

from app.core import corroborate  # noqa: E402
from app.core import library_edits as edits  # noqa: E402
from app.core.corroborate import deleting  # noqa: E402
from app.core.store import Library  # noqa: E402


def _main_path(library: Library, source_id: int) -> tuple[float, float]:
    t = time.perf_counter()
    edit = edits.delete_source(library, source_id)
    delete = time.perf_counter() - t
    t = time.perf_counter()
    edit.revert(library)
    return delete, time.perf_counter() - t


def _in_place(library: Library, source_id: int) -> tuple[float, float]:
    t = time.perf_counter()
    gone = deleting.before(library, [source_id])
    snapshot = library.delete_source(source_id)
    summary = deleting.update_deleted(library, gone)
    delete = time.perf_counter() - t
    assert not summary.rebuilt, "fell back to a regroup"
    t = time.perf_counter()
    in_step = deleting.before_restore(library)
    library.restore_source(snapshot)
    summary = deleting.update_restored(library, [source_id], in_step)
    assert not summary.rebuilt, "fell back to a regroup"
    return delete, time.perf_counter() - t


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print("load before", os.getloadavg())
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "lib.sqlite"
        print("items", build(path, args.sources, 20))
        library = Library(path)
        corroborate.regroup(library)
        ids = [s[0] for s in library.sources()]
        for n in range(args.rounds):
            source_id = rng.choice(ids)
            for label, run in (("main (regroup)", _main_path), ("in place", _in_place)):
                d, u = run(library, source_id)
                print(f"round {n} source {source_id} {label}: delete {d:.2f} s, undo {u:.2f} s")
        library.close()
    print("load after", os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
