"""How far Delete Source's groups, updated in place, are from a regroup's.

    .venv/bin/python bench/bench_delete_regroup.py LIBRARY [--rounds 6] [--seed 1]
    .venv/bin/python bench/bench_delete_regroup.py --synthetic 1000 [--rounds 6]

Works on a copy of LIBRARY (grouped first), or on bench_corroborate.py's
synthetic library of N sources of 20 items. Each round deletes a random
source and brings the groups up to date with app/core/corroborate/deleting.py,
then undoes the delete the same way; after each step the groups,
conflicts and derived marks are compared with those of a full regroup of a
copy of the library at that point. Prints counts and seconds only.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_corroborate import build  # noqa: E402
from bench_redate import _differences, _grouping  # noqa: E402

from app.core import corroborate  # noqa: E402
from app.core.corroborate import deleting  # noqa: E402
from app.core.store import Library  # noqa: E402


def _regrouped(library: Library, tmp: Path) -> tuple:
    copy = tmp / "regrouped.sqlite"
    copy.unlink(missing_ok=True)
    src, dst = sqlite3.connect(library.path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    other = Library(copy)
    try:
        corroborate.regroup(other)
        return _grouping(other)
    finally:
        other.close()


def _count(ours: tuple, theirs: tuple) -> tuple[int, int, int]:
    return tuple(len(a ^ b) for a, b in zip(ours, theirs, strict=True))  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", nargs="?", type=Path)
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        path = tmp / "lib.sqlite"
        if args.synthetic:
            build(path, args.synthetic, 20)
        else:
            shutil.copy(args.library, path)
        library = Library(path)
        corroborate.regroup(library)
        print(f"items {library.item_extent()[1]}, groups {len(_grouping(library)[0])}")
        ids = [s[0] for s in library.sources()]
        for n in range(args.rounds):
            source_id = rng.choice(ids)
            t = time.perf_counter()
            gone = deleting.before(library, [source_id])
            snapshot = library.delete_source(source_id)
            deleting.update_deleted(library, gone)
            took = time.perf_counter() - t
            diff = _count(_grouping(library), _regrouped(library, tmp))
            print(f"round {n} delete: {took:.2f} s, differing groups/conflicts/derived {diff}")
            totals = [a + b for a, b in zip(totals, diff, strict=True)]
            t = time.perf_counter()
            in_step = deleting.before_restore(library)
            library.restore_source(snapshot)
            deleting.update_restored(library, [source_id], in_step)
            took = time.perf_counter() - t
            ours, theirs = _grouping(library), _regrouped(library, tmp)
            diff = _count(ours, theirs)
            print(f"round {n} undo: {took:.2f} s, differing groups/conflicts/derived {diff}")
            if any(diff):
                print("  ", _differences(ours, theirs))
            totals = [a + b for a, b in zip(totals, diff, strict=True)]
        print(
            f"total differing (symmetric) groups {totals[0]}, conflicts {totals[1]},"
            f" derived {totals[2]}; groups now {len(_grouping(library)[0])}"
        )
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
