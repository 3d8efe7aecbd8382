"""Several programs writing one library at once: nothing lost, nothing broken.

    .venv/bin/python bench/bench_concurrency.py [--rounds 20] [--writers 3] [--files 12]

Each round starts from no library at all (so the writers also race to create
it) and starts the writers together, each with its own files (the seeds,
which share quotes and disagree on a year, dealt out among them, then
passages of tests/data):

- writer 1 and 2: `main.py import FILES --library LIB`, as a user runs the CLI;
- writer 3 (with --writers 3): the window's way, through the library's writer
  thread (app/core/writer.py): an import job with edits between its files
  (tags, a speaker choice, a conflict resolved), as a user working during an
  import does.

Counted per round: sources lost (a file reported imported, or not reported
at all, that the library does not hold), files reported failed, tracebacks
on any writer's stderr, whether the library still opens for a later
command, and whether its groups, conflicts and derived marks equal what a
regroup of the same library makes. Baseline in the same run: the same files
imported by one process alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import corroborate  # noqa: E402
from app.core.store import Library, SearchFilter  # noqa: E402

SEEDS = ROOT / "resources" / "sources"
PASSAGES = [ROOT / "tests" / "data" / "dev", ROOT / "tests" / "data" / "holdout2"]


def files_for(writers: int, per_writer: int) -> list[list[Path]]:
    """Distinct files for each writer: the seeds dealt out first, so groups
    and conflicts span writers; then short passages."""
    pool = sorted(SEEDS.glob("*.txt"))
    for folder in PASSAGES:
        pool += sorted(p for p in folder.glob("*.txt"))
    need = writers * per_writer
    if need > len(pool):
        raise SystemExit(f"only {len(pool)} files available, {need} asked for")
    return [pool[w:need:writers] for w in range(writers)]


def _cli(library: Path, files: list[Path]) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "main.py"),
        "import",
        *map(str, files),
        "--library",
        str(library),
    ]


def _editor(library: Path, files: list[Path]) -> list[str]:
    return [
        sys.executable,
        str(Path(__file__).resolve()),
        "--edit-writer",
        str(library),
        *map(str, files),
    ]


def edit_writer(library: Path, files: list[Path]) -> int:
    """The window's way of writing: an import job on the writer thread, with
    undoable edits queued between its files. Prints one line per file (as
    the CLI does) and per edit."""
    from app.core import library_edits as edits
    from app.core.importer import import_paths
    from app.core.writer import LibraryWriter

    writer = LibraryWriter(library)
    lines: list[str] = []
    failed = False

    def edit_after(outcome) -> None:
        lines.append(outcome.line())
        if outcome.source_id is None:
            return
        sid = outcome.source_id

        def tag_and_speak(lib):
            items = lib.items_of_source(sid)
            if items:
                edits.set_tags(lib, items[0].id, ["bench", f"file-{sid}"])
            quotes = [i for i in items if i.kind == "quote"]
            if quotes:
                edits.set_item_speaker(lib, quotes[0].id, "Bench Speaker")
            open_ = lib.conflicts(unresolved_only=True)
            if open_:
                edits.resolve_conflict(lib, open_[0].id, open_[0].values[0], "bench")
            return "edit ok"

        future = writer.submit(tag_and_speak)
        future.add_done_callback(
            lambda f: lines.append(
                f.result() if f.exception() is None else f"edit error: {f.exception()}"
            )
        )

    job = writer.submit_steps(lambda lib: import_paths(lib, files), edit_after)
    try:
        job.future.result()
    except Exception as exc:  # noqa: BLE001 - reported as the CLI reports it
        lines.append(f"error: {exc}")
        failed = True
    writer.close()
    for line in lines:
        print(line, flush=True)
        failed |= line.startswith(("error", "edit error"))
    return 1 if failed else 0


def grouping_snapshot(library: Library) -> dict:
    """Groups, conflicts (with resolutions) and derived marks, by stable keys."""
    items = library.search(SearchFilter(), order="position")
    names = dict(library.db.execute("SELECT id, file_name FROM sources").fetchall())
    key = {i.id: (names[i.source_id], i.start, i.end) for i in items}
    return {
        "groups": sorted(
            sorted(key[i] for i in c.item_ids) for c in library.clusters(min_sources=1)
        ),
        "conflicts": sorted(
            (c.kind, sorted(zip((key[i] for i in c.item_ids), c.values, strict=True)), c.resolution)
            for c in library.conflicts()
        ),
        "derived": sorted((names[s], names.get(d), u) for s, d, _sim, u in library.derived_marks()),
    }


def equals_regroup(path: Path) -> bool:
    """Whether the stored grouping equals a regroup of a copy of the library."""
    with Library(path) as library:
        stored = grouping_snapshot(library)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = path.with_name("regrouped.sqlite")
    shutil.copyfile(path, copy)
    with Library(copy) as library:
        corroborate.regroup(library)
        again = grouping_snapshot(library)
    return stored == again


@dataclass
class Round:
    seconds: float = 0.0
    lost: int = 0
    failed: int = 0
    tracebacks: int = 0
    broken: bool = False
    grouping_equal: bool = True
    notes: list[str] = field(default_factory=list)


def run_round(folder: Path, groups: list[list[Path]], with_editor: bool) -> Round:
    """Start the writers together on a new library; check what they left."""
    library = folder / "library.sqlite"
    env = dict(os.environ, BRIEFING_BUILDER_DATA=str(folder / "data"))
    commands = [_cli(library, files) for files in groups]
    if with_editor:
        commands[-1] = _editor(library, groups[-1])
    started = time.perf_counter()
    procs = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for c in commands
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    result = Round(seconds=time.perf_counter() - started)
    reported_ok: set[str] = set()
    for out, err in outputs:
        for line in out.splitlines():
            if line.startswith("ok "):
                reported_ok.add(line.split()[1])
            elif line.startswith(("error", "edit error")):
                result.failed += 1
                result.notes.append(line[:160])
        if "Traceback" in err:
            result.tracebacks += 1
            result.notes.append(err.strip().splitlines()[-1][:160])
        for line in err.splitlines():
            if line.startswith("error:"):
                result.failed += 1
                result.notes.append(line[:160])
    try:
        with Library(library) as lib:
            stored = {name for _sid, name, _meta, _n in lib.sources()}
    except Exception as exc:  # noqa: BLE001 - a broken library is what this counts
        result.broken = True
        result.notes.append(f"library unusable: {exc}")
        return result
    expected = {p.name for files in groups for p in files}
    result.lost = len(expected - stored)
    if reported_ok - stored:
        result.notes.append(f"reported imported but missing: {sorted(reported_ok - stored)}")
    later = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "sources", "--library", str(library)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    result.broken = later.returncode != 0
    result.grouping_equal = equals_regroup(library)
    return result


def baseline(folder: Path, groups: list[list[Path]]) -> float:
    """The same files imported by one process alone."""
    library = folder / "alone.sqlite"
    env = dict(os.environ, BRIEFING_BUILDER_DATA=str(folder / "data"))
    files = [p for g in groups for p in g]
    started = time.perf_counter()
    subprocess.run(_cli(library, files), capture_output=True, env=env, timeout=600, check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--writers", type=int, default=3, choices=(2, 3))
    parser.add_argument("--files", type=int, default=12, help="files per writer")
    parser.add_argument(
        "--edit-writer", nargs="+", metavar=("LIBRARY", "FILE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.edit_writer:
        return edit_writer(Path(args.edit_writer[0]), [Path(p) for p in args.edit_writer[1:]])

    groups = files_for(args.writers, args.files)
    rounds: list[Round] = []
    with tempfile.TemporaryDirectory() as tmp:
        alone = baseline(Path(tmp), groups)
        for n in range(args.rounds):
            folder = Path(tmp) / f"round{n:02d}"
            folder.mkdir()
            r = run_round(folder, groups, with_editor=args.writers == 3)
            rounds.append(r)
            flags = "" if not r.notes else "  " + " | ".join(r.notes[:3])
            print(
                f"round {n + 1:2d}: {r.seconds:5.1f} s  lost {r.lost}  failed {r.failed}"
                f"  tracebacks {r.tracebacks}  broken {int(r.broken)}"
                f"  grouping {'=' if r.grouping_equal else '!='} regroup{flags}",
                flush=True,
            )
    n_files = sum(len(g) for g in groups)
    mean = sum(r.seconds for r in rounds) / len(rounds)
    print(
        f"\n{date.today()} · {platform.machine()} · {os.cpu_count()} CPUs · Python"
        f" {platform.python_version()} · SQLite {sqlite3.sqlite_version}"
    )
    print(f"{args.writers} writers x {args.files} files, {len(rounds)} rounds")
    print(f"lost sources:   {sum(r.lost for r in rounds)}")
    print(f"failed files:   {sum(r.failed for r in rounds)}")
    print(f"tracebacks:     {sum(r.tracebacks for r in rounds)}")
    print(f"broken after:   {sum(r.broken for r in rounds)}")
    print(f"grouping != regroup: {sum(not r.grouping_equal for r in rounds)} rounds")
    print(f"round (all writers at once): {mean:.1f} s for {n_files} files")
    print(f"baseline (one process, same files): {alone:.1f} s  ratio {mean / alone:.2f}x")
    clean = all(
        not (r.lost or r.failed or r.tracebacks or r.broken or not r.grouping_equal) for r in rounds
    )
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
