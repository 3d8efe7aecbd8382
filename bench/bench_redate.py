"""Time a source's date change in a large library: 10,000 sources, 200,000 items.

    .venv/bin/python bench/bench_redate.py [--sources 10000] [--items-per-source 20]
        [--library PATH]

Builds the synthetic library of bench/bench_corroborate.py in a temporary
folder (or uses PATH, built there once and kept), groups it, then gives
sources another date as the Sources view does
(`library_edits.update_source_meta`: the details stored, the facts found
again for the new day, the groups brought up to date by
corroborate/redating.py) and undoes it. Each is timed:

- in the session that grouped the library (its grouping state in memory),
  for a source with a near copy in the library and for one without;
- in a new process (the state read from the stored index first);
- against a regroup from scratch with the signatures kept, which is what a
  date change cost before, and the baseline of bench_corroborate.py
  (reading every item and splitting it into words), measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
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
from app.core.corroborate.text import words  # noqa: E402
from app.core.model import SourceMeta  # noqa: E402
from app.core.store import Library  # noqa: E402

# Run in a new process: open the library, change one source's date, print seconds.
_FRESH = """
import sys, time
sys.path.insert(0, sys.argv[1])
from app.core import library_edits as edits
from app.core.model import SourceMeta
from app.core.store import Library
library = Library(sys.argv[2])
t = time.perf_counter()
edit = edits.update_source_meta(library, int(sys.argv[3]), SourceMeta(date=sys.argv[4]))
change = time.perf_counter() - t
t = time.perf_counter()
edit.revert(library)
print(change, time.perf_counter() - t)
library.close()
"""


def _timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def _change(library: Library, source_id: int, date: str) -> tuple[float, float]:
    """Seconds to give the source `date`, and to undo it."""
    facts = len(library.items_of_source(source_id, "fact"))
    change, edit = _timed(
        lambda: edits.update_source_meta(library, source_id, SourceMeta(date=date))
    )
    now = len(library.items_of_source(source_id, "fact"))
    undo, _ = _timed(lambda: edit.revert(library))
    print(f"  source {source_id}: {facts} facts, {now} found again for the date")
    return change, undo


def _grouping(library: Library) -> tuple[set, set, set]:
    groups = {tuple(sorted(c.item_ids)) for c in library.clusters(min_sources=1)}
    conflicts = {
        (c.kind, tuple(sorted(zip(c.item_ids, c.values, strict=True)))) for c in library.conflicts()
    }
    derived = {(s, o) for s, o, _sim, _user in library.derived_marks() if o}
    return groups, conflicts, derived


def _differences(ours: tuple, regrouped: tuple) -> str:
    return ", ".join(
        f"{name} {len(a - b)} of {len(a)} / {len(b - a)} of {len(b)}"
        for name, a, b in zip(("groups", "conflicts", "derived"), ours, regrouped, strict=True)
    )


def _machine(load_before: tuple[float, ...]) -> str:
    """The date, the machine and how busy it was (1, 5, 15-minute loads)."""
    loads = (
        ", ".join(f"{x:.1f}" for x in load_before),
        ", ".join(f"{x:.1f}" for x in os.getloadavg()),
    )
    return (
        f"{datetime.date.today()}: {platform.processor() or platform.machine()},"
        f" {os.cpu_count()} CPUs, Python {platform.python_version()};"
        f" load before ({loads[0]}), after ({loads[1]})"
    )


def synthetic_args(doc: str) -> argparse.Namespace:
    """The command line of a bench on bench_corroborate.py's synthetic
    library (`doc`: the bench's docstring): its size, and where to keep it."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--items-per-source", type=int, default=20)
    parser.add_argument("--library", type=Path, help="build here once and keep it")
    return parser.parse_args()


def main() -> int:
    args = synthetic_args(__doc__)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.library or Path(tmp) / "bench.sqlite"
        if not path.exists():
            t = time.perf_counter()
            n_items = build(path, args.sources, args.items_per_source)
            print(
                f"built {args.sources} sources, {n_items} items in {time.perf_counter() - t:.1f} s"
            )
        library = Library(path)
        baseline, n = _timed(
            lambda: sum(len(words(t)) for (t,) in library.db.execute("SELECT text FROM items"))
        )
        print(f"baseline (read + split {n} words): {baseline:.2f} s")
        first, _ = _timed(lambda: corroborate.regroup(library))
        print(f"regroup from scratch: {first:.2f} s")
        full, _ = _timed(lambda: corroborate.regroup(library))
        print(f"regroup, signatures kept (a date change before): {full:.2f} s")

        # Source 1 opens a story of ten; the story's last source is its near copy.
        copied, lone = 1, 5
        rows = []
        for name, sid, date in (
            ("date typed in, a source with a near copy", copied, "2024-11-08"),
            ("date typed in, a source without", lone, "2024-11-08"),
        ):
            change, undo = _change(library, sid, date)
            print(f"{name}: {change:.2f} s, undo {undo:.2f} s")
            rows += [(f"{name}, same session", change), ("undo of it, same session", undo)]
        # How far the update's groups are from a regroup's (see redating.py).
        edits.update_source_meta(library, copied, SourceMeta(date="2024-11-08"))
        after = _grouping(library)
        corroborate.regroup(library)
        print(
            "differs from a regroup of the same library:", _differences(after, _grouping(library))
        )
        edits.update_source_meta(library, copied, SourceMeta(date=""))
        library.close()
        out = subprocess.run(
            [sys.executable, "-c", _FRESH, str(ROOT), str(path), str(copied), "2024-11-08"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        cold, cold_undo = map(float, out.split())
        print(f"date typed in, new process: {cold:.2f} s, undo {cold_undo:.2f} s")
        rows += [("date typed in, new process (state read first)", cold)]
    rows.insert(0, ("regroup, signatures kept (what a date change cost)", full))
    print("\n" + "\n".join(f"| {n} | {secs:.2f} s | {secs / baseline:.2f}x |" for n, secs in rows))
    print(_machine(load_before))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
