"""How long a user's edits wait behind the regroup of a library opened stale.

    .venv/bin/python bench/bench_stale_waits.py LIBRARY [--at 2 15] [--late]
    .venv/bin/python bench/bench_stale_waits.py --synthetic 15000 [--at 2 15] [--late]

LIBRARY is a grouped library (only read: a copy is used), or --synthetic
builds bench_corroborate.py's library of N sources of 20 items, its quotes
given bench_respeak.py's invented speakers, and groups it. The copy's
groups are marked stale (`grouping.mark_stale`, as an edit whose run never
came leaves them), and the window's writer (app/core/writer.py) is given
what the window gives it as the library opens: the check, then the regroup
(app/ui/stale_groups.py: built beside the writer on a worker thread,
`corroborate.beside`, stored by the writer). At each time of
`--at` (seconds after the regroup started) an edit of each kind is queued,
as the window queues it: tags on a quote, a speaker renamed, the mark that
a memo cites a quote, a source deleted (of sources spread over the
library, or the last imported with `--late`). Each one's wait (queued to done,
less its own time on an idle writer, measured after) is printed; times only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import Future
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_corroborate import build  # noqa: E402
from bench_respeak import _give_speakers  # noqa: E402

from app.core import corroborate  # noqa: E402
from app.core import library_edits as edits  # noqa: E402
from app.core.corroborate import beside as corroborate_beside  # noqa: E402
from app.core.corroborate import grouping  # noqa: E402
from app.core.store import Library  # noqa: E402
from app.core.writer import LibraryWriter  # noqa: E402
from app.ui import stale_groups  # noqa: E402


def _stale(path: Path) -> None:
    with Library(path) as library:
        with library.transaction():
            grouping.mark_stale(library)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _targets(path: Path, n: int, late: bool = False) -> list[tuple]:
    """`n` sets of (quote id, its place, speaker id, source id), each of
    another source: spread over the library, or the last ones (`late`)."""
    with Library(path) as library:
        rows = library.db.execute(
            'SELECT id, source_id, start, "end", speaker_id FROM items'
            " WHERE kind = 'quote' AND speaker_id IS NOT NULL ORDER BY id"
            + (" DESC" if late else "")
        ).fetchall()
    out, seen = [], set()
    for item_id, source_id, start, end, speaker_id in rows[:: max(1, len(rows) // (4 * n))]:
        if source_id not in seen and speaker_id not in {t[2] for t in out}:
            seen.add(source_id)
            out.append((item_id, (source_id, "quote", start, end), speaker_id, source_id))
        if len(out) == n:
            return out
    raise SystemExit("too few quotes with speakers")


def _edits(target: tuple, label: str) -> list[tuple[str, object]]:
    item_id, place, speaker_id, source_id = target
    return [
        ("tag a quote", lambda lib: edits.set_tags(lib, item_id, [f"checked {label}"])),
        ("rename a speaker", lambda lib: edits.rename_speaker(lib, speaker_id, f"Ana {label}")),
        ("memo cites a quote", lambda lib: lib.mark_in_memo([place])),
        ("delete a source", lambda lib: edits.delete_source(lib, source_id)),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", nargs="?", type=Path)
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--at", type=float, nargs="+", default=[2.0, 15.0])
    # The sources edited (a delete among them) are the last imported, which
    # a regroup built beside the writer reads last: a delete folds in.
    parser.add_argument("--late", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "library.sqlite"
        if args.synthetic:
            build(path, args.synthetic, 20)
            _give_speakers(Library(path))
            with Library(path) as library:
                corroborate.regroup(library)
        else:
            shutil.copyfile(args.library, path)
        targets = _targets(path, len(args.at) + 1, args.late)
        _stale(path)
        print("load before", os.getloadavg())
        writer = LibraryWriter(path)
        done: dict[str, float] = {}
        finished = threading.Event()

        def at_end(key: str, last: bool):
            def record(_future) -> None:
                done[key] = time.perf_counter()
                if last:
                    finished.set()

            return record

        assert not writer.call(stale_groups._in_step)
        start = time.perf_counter()
        builds: list[str] = []  # when each build began (an edit of what it read outdates one)
        real_build = corroborate_beside.build

        def timed_build(*args):
            builds.append(f"{time.perf_counter() - start:.1f}")
            return real_build(*args)

        corroborate_beside.build = timed_build
        stores: list[str] = []  # the writer's store steps, seconds each
        real_store = corroborate_beside.store

        def timed_store(*args):
            t = time.perf_counter()
            try:
                return real_store(*args)
            finally:
                stores.append(f"{time.perf_counter() - t:.2f}")

        corroborate_beside.store = timed_store
        regroup: Future = Future()
        regroup.add_done_callback(at_end("regroup", False))

        def beside() -> None:  # the window's worker
            try:
                result = stale_groups._bring_up_to_date(path, writer.call, writer.submit, None)
            except BaseException as exc:  # noqa: BLE001 - handed to the future, raised below
                regroup.set_exception(exc)
                return
            regroup.set_result(result)

        threading.Thread(target=beside, name="regroup-beside").start()
        queued: list[tuple[str, float]] = []
        for n, at in enumerate(args.at):
            time.sleep(max(0.0, start + at - time.perf_counter()))
            kinds = _edits(targets[n], f"at {at:g}")
            for k, (kind, edit) in enumerate(kinds):
                key = f"{kind}, queued at {at:g} s"
                queued.append((key, time.perf_counter()))
                last = n == len(args.at) - 1 and k == len(kinds) - 1
                writer.submit(edit).add_done_callback(at_end(key, last))
        finished.wait()
        while "regroup" not in done:  # an edit outdated a build: it was built again
            time.sleep(0.1)
        summary = regroup.result()
        print(
            f"regroup beside the writer, stored: {done['regroup'] - start:.1f} s"
            f" ({summary.items_indexed if summary else 0} items, builds from {builds} s,"
            f" the writer's store steps {stores} s)"
        )
        own: dict[str, float] = {}
        for kind, edit in _edits(targets[-1], "idle"):
            t = time.perf_counter()
            writer.call(edit)
            own[kind] = time.perf_counter() - t
        for key, at in queued:
            kind = key.split(",")[0]
            took = done[key] - at
            print(
                f"{key}: done after {took:.1f} s, its own time idle {own[kind]:.2f} s,"
                f" waited {took - own[kind]:.1f} s"
            )
        writer.close()
    print("load after", os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
