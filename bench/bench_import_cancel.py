"""Cancel inside one file: how long from Cancel until the import stops?

An import runs on the library's writer as one step per file (as the Import
dialog runs it). One big invented text (`bench_long_text.long_text`) is
imported into an empty library, and Cancel is pressed `--after` seconds in
(the Steps job cancelled and, where the importer takes one, its stop
flag set). The figure is the wall time from Cancel until the job has
ended, with whether the source was stored. Before the import could stop
inside a file, the wait was the rest of the file's reading and
extraction; with the stop checked between steps of it, it is one step.

    .venv/bin/python bench/bench_import_cancel.py [--size-mb 5] [--after 2,6] [--rounds 2]
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.importer import import_paths  # noqa: E402
from app.core.store import Library  # noqa: E402
from app.core.writer import LibraryWriter  # noqa: E402
from bench.bench_long_text import long_text  # noqa: E402


def one_run(text_path: Path, folder: Path, after: float) -> tuple[float, int, list[str]]:
    """(seconds from Cancel to stop, sources stored, outcome lines)."""
    library_path = folder / f"lib-{time.monotonic_ns()}.db"
    Library(library_path).close()
    writer = LibraryWriter(library_path)
    stop = threading.Event()
    takes_stop = "stop" in inspect.signature(import_paths).parameters
    lines: list[str] = []

    def start(library):
        if takes_stop:
            yield from import_paths(library, [text_path], stop=stop.is_set)
        else:
            yield from import_paths(library, [text_path])

    job = writer.submit_steps(start, lambda outcome: lines.append(outcome.line()))
    time.sleep(after)
    pressed = time.monotonic()
    stop.set()
    job.cancel()
    job.future.result()
    waited = time.monotonic() - pressed
    stored = writer.call(lambda library: len(library.sources()))
    writer.close()
    return waited, stored, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=5.0)
    parser.add_argument("--after", default="2,6", help="seconds into the file, comma-separated")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(f"load {os.getloadavg()[0]:.2f}; {args.size_mb} MB invented text")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text_path = folder / "minutes.txt"
        text_path.write_text(long_text(int(args.size_mb * 1_000_000)), encoding="utf-8")
        for after in (float(a) for a in args.after.split(",")):
            for _ in range(args.rounds):
                waited, stored, lines = one_run(text_path, folder, after)
                said = lines[0] if lines else "(no outcome)"
                print(
                    f"  cancel at {after:4.1f} s: stopped {waited:6.2f} s later;"
                    f" sources stored {stored}; {said[:70]}"
                )


if __name__ == "__main__":
    main()
