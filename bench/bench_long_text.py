"""Extraction time on one long text: does it grow in line with the length?

A source of several megabytes (a council's minutes, a report pasted whole)
holds the library's writer while its quotes and facts are found. Here a
text of invented sentences that speak of the same board and plan again and
again (what made the time grow with the square of the length before) is
made at several sizes, and `extract_items` is timed on each, CPU time,
best of `--rounds`. The baseline, in the same run, is a plain `str.split()`
plus a `\\w+` scan of the same text. The last column is the time per
100 kB against the smallest size's: 1.0 where the time grows in line with
the length.

    .venv/bin/python bench/bench_long_text.py [--sizes 50,100,200,400] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.extract import extract_items  # noqa: E402

PARAGRAPHS = (
    '"The ferry will run all winter," said Ana Ruiz of the Vesk Water Board.'
    " The board voted {n}-1 on Tuesday to keep ferry route {n}.",
    "The board met again on Thursday and voted {n}-2 on the ferry plan,"
    " which would cost ${n} million over two years.",
    '"We owe the island a timetable," Ruiz said. The plan names {n} stops'
    " and a new dock at Orrin Point.",
    "Board member Tomas Crane asked for a second reading. The board agreed"
    " to hear it on March {day}, 2031.",
)


def long_text(size: int) -> str:
    """Invented paragraphs, numbered, up to `size` characters."""
    parts: list[str] = []
    total = n = 0
    while total < size:
        line = PARAGRAPHS[n % len(PARAGRAPHS)].format(n=n, day=1 + n % 28)
        parts.append(line)
        total += len(line) + 2
        n += 1
    return "\n\n".join(parts)


def _cpu(fn, text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def _baseline(text: str) -> None:
    text.split()
    sum(1 for _ in re.finditer(r"\w+", text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,100,200,400", help="sizes in kB")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
        f" load {os.getloadavg()[0]:.2f}; CPU time, best of {args.rounds}"
    )
    extract_items(long_text(5_000))  # word lists and patterns loaded first
    first_per_100k = None
    for size in sizes:
        text = long_text(size)
        spent = _cpu(extract_items, text, args.rounds)
        base = _cpu(_baseline, text, args.rounds)
        per_100k = spent / size * 100_000
        first_per_100k = first_per_100k or per_100k
        print(
            f"  {size // 1000:>6} kB  extract_items {spent:8.2f} s  {size / spent / 1e6:5.2f} MB/s"
            f"  {spent / base:8.0f}x baseline  per 100 kB {per_100k / first_per_100k:5.2f}x the first"
        )


if __name__ == "__main__":
    main()
