"""Extraction throughput: MB of article text per second on one core.

Runs `extract_items` (quotes with speakers + facts) over the bundled seeds
and the dev passages, repeated until about 2 MB of text has been processed,
article by article as the importer does. Baseline measured in the same run:
a plain `str.split()` plus a regex `finditer` over the same text, so the
figure can be compared across machines as a ratio.

    .venv/bin/python bench/bench_extract.py
"""

from __future__ import annotations

import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.extract import extract_items, find_quotes  # noqa: E402

TARGET = 2_000_000


def corpus() -> list[str]:
    files = sorted((ROOT / "resources" / "sources").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data" / "dev").glob("dev_*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def timed(fn, docs: list[str]) -> float:
    start = time.perf_counter()
    for doc in docs:
        fn(doc)
    return time.perf_counter() - start


def main() -> None:
    base = corpus()
    size = sum(len(d.encode("utf-8")) for d in base)
    docs = base * max(1, TARGET // size + 1)
    total = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    word = re.compile(r"\w+")
    baseline = timed(lambda d: (d.split(), sum(1 for _ in word.finditer(d))), docs)
    best_items = min(timed(extract_items, docs) for _ in range(3))
    best_quotes = min(timed(find_quotes, docs) for _ in range(3))
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(f"text: {total:.2f} MB in {len(docs)} articles")
    print(f"baseline (split + regex words): {total / baseline:.1f} MB/s")
    print(
        f"find_quotes:   {total / best_quotes:.2f} MB/s  ({best_quotes / baseline:.1f}x baseline time)"
    )
    print(
        f"extract_items: {total / best_items:.2f} MB/s  ({best_items / baseline:.1f}x baseline time)"
    )


if __name__ == "__main__":
    main()
