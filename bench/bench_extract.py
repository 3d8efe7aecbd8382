"""Extraction throughput: MB of article text per second on one core.

Runs `find_quotes`, `find_facts` (given the quote spans, as `extract_items`
calls it) and `extract_items` (quotes with speakers + facts) over the bundled
seeds and the dev passages, repeated until about 2 MB of text has been
processed, article by article as the importer does. Baseline measured in the
same run: a plain `str.split()` plus a regex `\\w+` scan over the same text,
so the figures compare across machines as ratios ("x baseline time").
A second run times `extract_items` on full-length articles only (the seeds
and the second hold-out), where per-article costs weigh less. A third times
the whole process a user or a script runs, `main.py quotes` over the 839
articles of ../shared/realnews (start-up, reading, extraction, output), wall
and CPU time of the child process.

Times are CPU time of this process (`time.process_time`), best of 3 rounds,
the functions interleaved in each round, so other jobs on a shared machine
disturb them less than wall-clock time.

    .venv/bin/python bench/bench_extract.py
"""

from __future__ import annotations

import os
import platform
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.extract import extract_items, find_facts, find_quotes  # noqa: E402

TARGET = 2_000_000
ROUNDS = 3


def corpus() -> list[str]:
    files = sorted((ROOT / "resources" / "sources").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data" / "dev").glob("dev_*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def full_length() -> list[str]:
    """Whole articles only (the seeds and the second hold-out): the dev
    passages are a few sentences each, so per-article costs weigh more there."""
    files = sorted((ROOT / "resources" / "sources").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data" / "holdout2").glob("h2_*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def whole_process() -> None:
    """`main.py quotes` over every realnews article, as one process."""
    folder = ROOT / ".." / "shared" / "realnews" / "articles"
    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"whole process: {folder} not found, skipped")
        return
    size = sum(f.stat().st_size for f in files) / 1e6
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "main.py", "quotes", *map(str, files)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        f"whole process, main.py quotes over {len(files)} articles ({size:.2f} MB): "
        f"{wall:.2f} s wall, {cpu:.2f} s CPU ({size / cpu:.2f} MB/s of CPU)"
    )


def timed(fn: Callable[[str], object], docs: list[str]) -> float:
    start = time.process_time()
    for doc in docs:
        fn(doc)
    return time.process_time() - start


def measure(base: list[str], runs: dict[str, Callable[[str], object]]) -> None:
    """Print MB/s and the ratio to the first of `runs` (the baseline)."""
    size = sum(len(d.encode("utf-8")) for d in base)
    docs = base * max(1, TARGET // size + 1)
    total = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    best = {name: float("inf") for name in runs}
    for _ in range(ROUNDS):
        for name, fn in runs.items():
            best[name] = min(best[name], timed(fn, docs))
    baseline = next(iter(best.values()))
    print(f"text: {total:.2f} MB in {len(docs)} articles ({len(base)} distinct)")
    for name, seconds in best.items():
        print(f"  {name:32s} {total / seconds:6.2f} MB/s  {seconds / baseline:5.2f}x baseline time")


def main() -> None:
    word = re.compile(r"\w+")

    def baseline(d: str) -> object:
        return d.split(), sum(1 for _ in word.finditer(d))

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, load average {load}; CPU time, best of {ROUNDS}"
    )
    base = corpus()
    spans = {d: [(q.start, q.end) for q in find_quotes(d)] for d in base}
    measure(
        base,
        {
            "baseline (split + \\w+ scan)": baseline,
            "find_quotes": find_quotes,
            "find_facts (quote spans given)": lambda d: find_facts(d, spans[d]),
            "extract_items": extract_items,
        },
    )
    print("full-length articles only:")
    measure(
        full_length(),
        {"baseline (split + \\w+ scan)": baseline, "extract_items": extract_items},
    )
    whole_process()


if __name__ == "__main__":
    main()
