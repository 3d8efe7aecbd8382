"""A team library at scale, side by side with a library file.

    .venv/bin/python bench/bench_team_scale.py [--items 1000000] [--clients 8]
        [--searches 60] [--articles 60] [--keep DIR] [--search-only BACKEND]

1. Builds the same synthetic library (bench/bench_library.py: 1,000 sources
   x 1,000 sentences, half quotes) in a library file and in a team library
   on a throwaway PostgreSQL server (tests/pg_cluster.py), timing each.
2. Import rate: the same real-news articles (../shared/realnews) imported
   through the app's import (read, extract, store, group) into a fresh file
   and a fresh team library: articles per second, and the ratio.
3. Search: `--clients` processes at once, each running `--searches` searches
   over a mix of queries, each exactly as the library list runs one on a big
   library (app/ui/item_model.py: `first_page`, the library opened on the
   worker thread, the first page of 200 in the list's order, its tags and
   carried-by counts; then, when the page is full, `Count`, the library
   opened on the counts' worker, the count capped at 1,001); per search, the
   time to the rows (what the user waits for: the list shows them) and the
   time to the count (from the same start: the count label fills in then),
   p50/p95/max of each per backend. Then the same while one more process imports
   articles into the library, one after another until the searches are done
   (copies of the real-news articles not in the rate set, each ending with a
   line that names the run: new to a kept library, whose earlier runs
   imported the articles themselves). On PostgreSQL a watcher looks at the server's
   sessions every 20 ms during each round and counts any that waits for a
   lock (a search blocked by the import would). Each round notes the
   machine's load average before and after it.

Prints the figures for BENCHMARKS.md. Target: PostgreSQL search p95 <= 50 ms
with 8 clients at 1,000,000 items (the time to the rows), and no search
waiting for an import.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_library import build  # noqa: E402

from app.core.importer import import_paths, open_library  # noqa: E402
from app.core.store import SearchFilter, fts_query  # noqa: E402

REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"
QUERIES = [
    ("council", None),
    ("council budget vote", None),
    ("c", None),
    ("zon", "quote"),
    ('"budget vote"', None),
    ("mayor OR police", "fact"),
    ("tax -audit", None),
    ("zzzq", None),
    ("", "quote"),
    ("hearing", "quote"),
]


def searcher(location: str, searches: int, seed: int, out: str) -> None:
    """One client: run searches as the library list does; write latencies (s)."""
    # What the list runs on its workers for a search in a big library.
    from app.ui.item_model import COUNT_CAP, Count, first_page, total_on_page

    # As the app once started (app/ui/collector.py): what is alive by now is
    # left out of the cycle collector's full collections.
    gc.freeze()
    rng = random.Random(seed)
    times = []
    # The window's own library, open all along (the list's searches each open
    # it anew beside it, as on the worker thread), with a connection kept
    # ready for the worker as the list's model asks (app/ui/item_model.py).
    window = open_library(location)
    window.ready_for_workers()
    for _ in range(searches):
        query, kind = rng.choice(QUERIES)
        flt = SearchFilter(query=query, kind=kind)
        order = "id" if fts_query(query) else "position"  # as ItemTableModel._order
        started = time.perf_counter()
        page = first_page(location, flt, order).run()
        rows = time.perf_counter() - started
        if total_on_page(page) is None:  # a full page: counted after it is shown
            Count(location, flt, COUNT_CAP + 1).run()
        # (query, seconds to the rows, seconds to the count, when it started):
        # slow searches at the same moment in every client point at the
        # machine, not at the query.
        label = f"{query!r} {kind or ''}".strip()
        times.append((label, rows, time.perf_counter() - started, time.time()))
    window.close()
    Path(out).write_text(json.dumps(times))


def importer(location: str, folder: str, out: str) -> None:
    """The import client: import a folder's files one by one until `out`'s
    ".stop" file is there (the searches are done), then write how many it
    imported, how long it took and whether it was still importing then.
    Its ".going" file says the first article is in (the extraction is loaded:
    what follows is imports only)."""
    library = open_library(location)
    stop = Path(out + ".stop")
    started = time.perf_counter()
    done = 0
    busy = False
    for outcome in import_paths(library, [folder]):
        done += outcome.ok
        Path(out + ".going").touch()
        if stop.exists():
            busy = True
            break  # stopping between files is a cancelled import: what is in stays
    library.close()
    Path(out).write_text(json.dumps([done, time.perf_counter() - started, busy]))


class LockWatch(threading.Thread):
    """Looks at a team library's server sessions every 20 ms while a round
    runs: `waits` counts, by statement, the looks that found one waiting for
    a lock another session holds (a search blocked by an import would)."""

    def __init__(self, location: str) -> None:
        super().__init__(daemon=True)
        self.location = location
        self.stop = threading.Event()
        self.looks = 0
        self.waits: dict[str, int] = {}

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.location, autocommit=True) as conn:
            while not self.stop.wait(0.02):
                rows = conn.execute(
                    "SELECT left(query, 60) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
                ).fetchall()
                self.looks += 1
                for (query,) in rows:
                    self.waits[query] = self.waits.get(query, 0) + 1


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, *args], cwd=ROOT)


def search_round(
    location: str, clients: int, searches: int, work: Path, tag: str, import_folder: Path | None
) -> dict:
    outs = [work / f"{tag}-s{c}.json" for c in range(clients)]
    for o in outs:  # a client that fails leaves no file: never an earlier run's figures
        o.unlink(missing_ok=True)
    load_before = os.getloadavg()[0]
    watch = LockWatch(location) if location.startswith("postgresql") else None
    if watch is not None:
        watch.start()
    imp = None
    if import_folder is not None:
        imp_out = work / f"{tag}-import.json"
        imp = _spawn("--importer", location, str(import_folder), str(imp_out))
        going = Path(f"{imp_out}.going")
        deadline = time.monotonic() + 120
        while not going.exists() and time.monotonic() < deadline and imp.poll() is None:
            time.sleep(0.1)  # the import is under way before the searches start
    procs = [
        _spawn("--searcher", location, str(searches), str(c), str(o)) for c, o in enumerate(outs)
    ]
    failed = [c for c, p in enumerate(procs) if p.wait() != 0]
    if failed:
        raise SystemExit(f"{tag}: search clients {failed} failed (see their tracebacks above)")
    if imp is not None:
        Path(f"{imp_out}.stop").touch()
    if watch is not None:
        watch.stop.set()
        watch.join()
    runs = [tuple(p[:3]) for o in outs for p in json.loads(o.read_text())]
    result: dict = {"searches": len(runs)}
    for n, what in ((1, "rows"), (2, "count")):
        times = sorted(r[n] for r in runs)
        result[f"{what}_p50_ms"] = _ms(times, 0.5)
        result[f"{what}_p95_ms"] = _ms(times, 0.95)
        result[f"{what}_max_ms"] = round(1000 * times[-1], 1)
    # Other jobs on the machine wait for the same cores: the 1-minute load
    # average before and after the round says how busy it was.
    result["load"] = [round(load_before, 1), round(os.getloadavg()[0], 1)]
    per_query: dict[str, list[tuple]] = {}
    for r in runs:
        per_query.setdefault(r[0], []).append(r)
    result["p95_ms_by_query"] = {  # (to the rows, to the count)
        q: (_ms(sorted(r[1] for r in rs), 0.95), _ms(sorted(r[2] for r in rs), 0.95))
        for q, rs in sorted(per_query.items())
    }
    if watch is not None:
        result["lock_waits"] = {"looks": watch.looks, "waiting": watch.waits}
    if imp is not None:
        imp.wait()
        done, seconds, busy = json.loads(imp_out.read_text())
        Path(f"{imp_out}.stop").unlink()
        going.unlink(missing_ok=True)
        result["imported_meanwhile"] = done
        # False: the import ran out of articles before the searches were done.
        result["importing_to_the_end"] = busy
    return result


def _ms(times: list[float], at: float) -> float:
    """The `at` quantile of sorted `times` (s), in ms."""
    return round(1000 * times[int(len(times) * at)], 1)


def _has_library(location: str, items: int) -> bool:
    """Whether a library with at least `items` items is there (a kept one)."""
    from app.core.errors import LibraryError

    if not location.startswith("postgresql") and not Path(location).exists():
        return False
    try:
        with open_library(location) as library:
            return library.max_item_id() >= items
    except LibraryError:
        return False


def _drop(cluster, name: str) -> None:
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")


def import_rate(location: str, articles: list[Path]) -> float:
    library = open_library(location)
    started = time.perf_counter()
    ok = sum(o.ok for o in import_paths(library, articles))
    seconds = time.perf_counter() - started
    library.close()
    return ok / seconds


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--searcher":
        searcher(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--importer":
        importer(*sys.argv[2:5])
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--searches", type=int, default=60)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--keep", metavar="DIR")
    parser.add_argument(
        "--search-only",
        choices=["sqlite", "postgresql"],
        help="search rounds on one backend only (not the figures for BENCHMARKS.md: the"
        " other backend's rounds no longer load the machine just before)",
    )
    args = parser.parse_args()
    from tests.pg_cluster import TempCluster

    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-team-"))
    work.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    cluster = TempCluster(
        settings={"shared_buffers": "'512MB'", "max_connections": "60"},
        keep=work / "pg" if args.keep else None,
    ).start()
    os.environ.update(cluster.env())
    from app.core.pg.roles import init_team

    report: dict = {
        "date": date.today().isoformat(),
        "machine": platform.processor() or platform.machine(),
    }
    try:
        articles = sorted(REALNEWS.glob("*.txt"))
        # A kept library already holds the articles earlier runs imported
        # meanwhile: each run takes others (the run number is kept beside it).
        runs = work / "runs"
        run = int(runs.read_text()) + 1 if runs.exists() else 1
        runs.write_text(str(run))
        rate_set = random.Random(run).sample(articles, args.articles)
        import_set = [a for a in articles if a not in rate_set]
        big = cluster.url("big")
        if not _has_library(big, args.items):
            _drop(cluster, "big")
            cluster.create_database("big")
            init_team(big)
        locations = {"sqlite": str(work / "big.sqlite"), "postgresql": big}
        for backend, location in locations.items():
            if _has_library(location, args.items):
                print(f"reusing the {backend} library in {work}", flush=True)
                continue
            if backend == "sqlite" and Path(location).exists():
                Path(location).unlink()
            report[f"build_{backend}_s"] = round(build(location, args.items), 1)
            print(f"built {backend}: {report[f'build_{backend}_s']} s", flush=True)
        import psycopg

        with psycopg.connect(locations["postgresql"], autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE briefing.items")  # as autovacuum would, soon after
        _drop(cluster, "rate")
        for name in ("rate.sqlite", "rate.sqlite-wal", "rate.sqlite-shm"):
            (work / name).unlink(missing_ok=True)
        fresh = {"sqlite": str(work / "rate.sqlite"), "postgresql": cluster.create_database("rate")}
        init_team(fresh["postgresql"])
        for backend, location in fresh.items():
            report[f"import_{backend}_articles_per_s"] = round(import_rate(location, rate_set), 2)
            print(
                f"import {backend}: {report[f'import_{backend}_articles_per_s']} articles/s",
                flush=True,
            )
        folder = work / "meanwhile"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for path in import_set:
            text = path.read_text(encoding="utf-8").rstrip()
            (folder / path.name).write_text(f"{text}\n\nBench run {run}.\n", encoding="utf-8")
        for backend, location in locations.items():
            if args.search_only not in (None, backend):
                continue
            for tag, imp in (("quiet", None), ("importing", folder)):
                key = f"search_{backend}_{tag}"
                report[key] = search_round(location, args.clients, args.searches, work, key, imp)
                print(key, report[key], flush=True)
    finally:
        cluster.stop()
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
