"""What checking each page's cells as it is read (PRAGMA cell_size_check, on
for every library connection) costs the library list's searches.

    .venv/bin/python bench/bench_cell_check.py [--items 200000] [--rounds 7]

Builds a synthetic library (bench/bench_library.py), then alternates the two
settings round by round on the same file: each round opens the library and
runs the list's searches (first page of 100 + count) for a mix of queries.
Prints the medians and their ratio, for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_library  # noqa: E402

from app.core.store import Library, SearchFilter  # noqa: E402

QUERIES = ["council", "council budget vote", '"budget vote"', "c", "mayor OR police", "zzzq", ""]


def searches(path: Path, checked: bool) -> float:
    """Seconds for the list's searches, with or without the page check."""
    library = Library(path)
    try:
        if not checked:
            library.db.execute("PRAGMA cell_size_check = OFF")
        start = time.perf_counter()
        for query in QUERIES:
            wanted = SearchFilter(query=query)
            library.search(wanted, limit=100)
            library.count(wanted)
        return time.perf_counter() - start
    finally:
        library.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="bench-cells-")) / "library.sqlite"
    bench_library.build(path, args.items)
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.rounds):
        for checked in (False, True):
            times[checked].append(searches(path, checked))
    off, on = statistics.median(times[False]), statistics.median(times[True])
    print(
        f"{args.items:,} items, {len(QUERIES)} searches, median of {args.rounds}: "
        f"without the check {off:.3f} s, with it {on:.3f} s ({on / off:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
