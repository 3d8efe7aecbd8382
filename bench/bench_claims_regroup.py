"""What figure claims cost a regroup, and the writer's steps of a regroup
built beside it, on a copy of a grouped library.

    .venv/bin/python bench/bench_claims_regroup.py LIBRARY [--code DIR] [--beside]

Times (CPU of this process, and wall) a full regroup on the writer twice in
a row (the second with whatever signatures the first kept), then, with
`--beside`, marks the groups stale and regroups beside a writer
(corroborate/beside.py, as the window does when it opens the library):
the writer's longest step (`store`: the result written in one grouping
transaction, the edits queued meanwhile wait behind it), CPU of the
writer's thread and wall. `--code`: the tree whose code runs (another
checkout: main against a branch, in the same minutes). Prints one line of
`key: value` each; the conflicts stored after each run, to check that the
result is the same.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _cpu() -> float:
    return time.process_time()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--beside", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from app.core import corroborate
    from app.core.corroborate import beside, grouping
    from app.core.store import Library
    from app.core.writer import LibraryWriter

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite"
        with Library(args.library) as source:
            source.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(args.library, path)
        with Library(path) as library:
            for run in (1, 2):
                grouping.forget(library)
                cpu, wall = _cpu(), time.perf_counter()
                corroborate.regroup(library)
                print(f"regroup_{run}_cpu_s: {_cpu() - cpu:.2f}")
                print(f"regroup_{run}_wall_s: {time.perf_counter() - wall:.2f}")
                print(f"regroup_{run}_conflicts: {library.count_conflicts()}")
            if args.beside:
                with library.transaction():
                    grouping.mark_stale(library)
        if not args.beside:
            return
        writer = LibraryWriter(path)
        steps: list[tuple[float, float]] = []
        try:

            def call(fn):
                def timed(library):
                    cpu, wall = time.thread_time(), time.perf_counter()
                    try:
                        return fn(library)
                    finally:
                        steps.append((time.thread_time() - cpu, time.perf_counter() - wall))

                return writer.call(timed)

            wall = time.perf_counter()
            summary = beside.regroup(path, call, writer.submit)
            print(f"beside_wall_s: {time.perf_counter() - wall:.2f}")
            assert summary is not None and summary.rebuilt
            cpu, longest = max(steps, key=lambda s: s[1])
            print(f"beside_store_step_cpu_s: {cpu:.2f}")
            print(f"beside_store_step_wall_s: {longest:.2f}")
            print(f"beside_conflicts: {writer.call(lambda library: library.count_conflicts())}")
        finally:
            writer.close()


if __name__ == "__main__":
    main()
