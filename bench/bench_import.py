"""Import 500 mixed files into a new library and report files per second.

    .venv/bin/python bench/bench_import.py [--files 500]

The files are made from the five bundled articles, 100 of each kind: .txt,
.md, .docx, two-column .pdf and saved .html pages; each has a unique first
paragraph so none is a duplicate. The run reports:

- the whole import (read + extract + store, one transaction per file) in files/s,
  the way the CLI and the import dialog do it;
- per format, the time to read a file (ingest only) and to import it, as a
  ratio to plain text measured in the same run (the baseline).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data" / "ingest"))
sys.path.insert(0, str(ROOT))

from samples import article_paragraphs, make_docx, make_html, make_pdf  # noqa: E402

from app.core.importer import import_paths  # noqa: E402
from app.core.ingest import read_document  # noqa: E402
from app.core.store import Library  # noqa: E402

KINDS = ("txt", "md", "docx", "pdf", "html")


def make_files(folder: Path, count: int) -> list[Path]:
    files = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        paras = [f"File {n} opens with its own paragraph, number {n}.", *article_paragraphs(n % 5)]
        path = folder / f"{n:04d}.{kind}"
        if kind in ("txt", "md"):
            path.write_text("\n\n".join(paras), encoding="utf-8")
        elif kind == "docx":
            make_docx(path, paras, title=f"Article {n}", author="Staff", year=2024)
        elif kind == "pdf":
            make_pdf(path, paras[1:], title=paras[0])
        else:
            make_html(path, paras, title=f"Article {n}", author="Staff", outlet="Daily")
        files.append(path)
    return files


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        t0 = time.perf_counter()
        files = make_files(folder, args.files)
        print(f"made {len(files)} files in {time.perf_counter() - t0:.1f} s")

        read_times: dict[str, list[float]] = defaultdict(list)
        for path in files:
            t = time.perf_counter()
            read_document(path)
            read_times[path.suffix[1:]].append(time.perf_counter() - t)

        library = Library(Path(tmp) / "lib.sqlite")
        import_times: dict[str, list[float]] = defaultdict(list)
        failed = 0
        t0 = time.perf_counter()
        t = t0
        for path, outcome in zip(files, import_paths(library, [folder]), strict=True):
            now = time.perf_counter()
            import_times[path.suffix[1:]].append(now - t)
            t = now
            failed += not outcome.ok
        total = time.perf_counter() - t0
        stored = library.count_sources()
        library.close()

    print(
        f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, {date.today()}"
    )
    print(f"imported {stored} of {len(files)} files ({failed} failed) in {total:.2f} s: "
          f"{len(files) / total:.1f} files/s")  # fmt: skip
    base_read = statistics.mean(read_times["txt"])
    base_import = statistics.mean(import_times["txt"])
    print(f"{'kind':<6} {'read ms':>8} {'x txt':>6} {'import ms':>10} {'x txt':>6}")
    for kind in KINDS:
        r, i = statistics.mean(read_times[kind]), statistics.mean(import_times[kind])
        print(
            f"{kind:<6} {1000 * r:8.2f} {r / base_read:6.1f} {1000 * i:10.2f} {i / base_import:6.2f}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
