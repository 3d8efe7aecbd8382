"""Many apps on one team library at once: nothing lost, nothing failed.

    .venv/bin/python bench/bench_team_concurrency.py [--rounds 10] [--articles 200]

Each round, on a fresh team library in a throwaway PostgreSQL server
(tests/pg_cluster.py): 4 client processes each run `main.py import` on 200
real-news articles of their own (../shared/realnews, found from the
repository) and 6 invented reports whose figures differ between clients, while 2 other processes, as editors, keep tagging items and
resolving conflicts until the imports end. Then:

- lost: articles an importer reported imported that are not in the library,
  tags an editor added that are gone, resolutions an editor made whose row
  is gone;
- failed: "error" lines of the importers, failed edits;
- tracebacks: in any process's output;
- grouping: groups and conflicts equal those of a regroup from scratch.

Target: 0 lost, 0 failed, 0 tracebacks, grouping equal, every round.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import corroborate  # noqa: E402
from app.core.errors import LibraryError  # noqa: E402
from app.core.pg.library import PgLibrary  # noqa: E402
from app.core.pg.roles import init_team, set_role  # noqa: E402
from app.core.store import SearchFilter  # noqa: E402
from tests.core.test_corroborate_concurrency import _article  # noqa: E402
from tests.pg_cluster import TempCluster  # noqa: E402

REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"
IMPORTERS = 4
EDITORS = 2


def editor(url: str, name: str, stop_file: str, log_file: str) -> None:
    """An editor's loop: tag items and resolve conflicts until `stop_file` appears;
    what was done goes to `log_file` (JSON)."""
    rng = random.Random(name)
    done = {"tags": [], "resolutions": [], "superseded": [], "failed": [], "ops": 0}
    library = PgLibrary(url)
    while not os.path.exists(stop_file):
        try:
            top = library.max_item_id()
            if top and rng.random() < 0.6:
                items = library.search(
                    SearchFilter(), limit=20, offset=rng.randrange(max(1, top // 2))
                )
                if items:
                    item = rng.choice(items)
                    tag = f"{name}-{done['ops']}"
                    # Read and write in one transaction: the write lock makes it atomic.
                    with library.transaction():
                        library.set_item_tags(item.id, [*library.item_tags(item.id), tag])
                    done["tags"].append([item.id, tag])
            else:
                conflicts = library.conflicts()
                if conflicts:
                    c = rng.choice(conflicts)
                    choice = rng.choice(c.values)
                    note = f"{name} chose {choice} ({done['ops']})"
                    # One's own earlier decision on it gives way (as it should).
                    me = library.db.raw.info.user
                    mine = [n for _, n, by in c.others if by == me]
                    if c.resolved_by == me:
                        mine.append(c.note)
                    library.resolve_conflict(c.id, choice, note)
                    done["resolutions"].append([choice, note])
                    done["superseded"].extend(mine)
            done["ops"] += 1
        except (LibraryError, KeyError) as exc:
            # A conflict rebuilt by an import between reading and resolving is
            # gone: that is a retry, not a failure.
            if isinstance(exc, KeyError):
                continue
            done["failed"].append(str(exc))
        time.sleep(rng.uniform(0.01, 0.05))
    library.close()
    Path(log_file).write_text(json.dumps(done), encoding="utf-8")


def _snapshot(library: PgLibrary) -> tuple:
    names = {sid: fname for sid, fname, _, _ in library.sources()}
    spans = {
        r[0]: (names[r[1]], r[2], r[3])
        for r in library.db.execute('SELECT id, source_id, start, "end" FROM items')
    }
    groups = sorted(sorted(spans[i] for i in c.item_ids) for c in library.clusters(min_sources=1))
    conflicts = sorted(
        sorted((spans[i], v) for i, v in zip(c.item_ids, c.values, strict=True))
        for c in library.conflicts()
    )
    return groups, conflicts


def one_round(cluster: TempCluster, n: int, articles: list[Path], per_client: int, work: Path):
    url = cluster.create_database(f"round{n}")
    init_team(url)
    # Two editors: two people, each with a login of their own.
    editor_urls = []
    for e in range(EDITORS):
        user = f"editor{n}_{e}"
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'x{n}secret{e}'")
        cluster.add_password(user, f"x{n}secret{e}")
        set_role(url, user, "editor")
        editor_urls.append(cluster.url(f"round{n}", user=user))
    editor_url = editor_urls[0]

    folders = []
    for c in range(IMPORTERS):
        folder = work / f"r{n}c{c}"
        folder.mkdir()
        for path in articles[c * per_client : (c + 1) * per_client]:
            (folder / path.name).symlink_to(path)
        # Invented reports whose figures differ between clients: conflicts to resolve.
        for k in range(6):
            (folder / f"invented_{k}_{c}.txt").write_text(_article(k, c), encoding="utf-8")
        folders.append(folder)
    stop = work / f"stop{n}"
    env = {**os.environ}
    started = time.monotonic()
    importers = [
        subprocess.Popen(
            [sys.executable, "main.py", "import", str(f), "--library", editor_url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for f in folders
    ]
    editors = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--editor",
                editor_urls[e],
                f"ed{e}",
                str(stop),
                str(work / f"r{n}e{e}.json"),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for e in range(EDITORS)
    ]
    outputs = [p.communicate() for p in importers]
    took = time.monotonic() - started
    stop.touch()
    editor_out = [p.communicate() for p in editors]

    ok_files, failed, tracebacks, duplicates = set(), [], 0, 0
    for (out, err), proc in zip(outputs, importers, strict=True):
        tracebacks += err.count("Traceback")
        before = (len(failed), duplicates)
        for line in out.splitlines():
            if line.startswith("ok "):
                ok_files.add(Path(line.split()[1]).name)
            elif "already in the library" in line:
                duplicates += 1  # the same text under two names: deduplicated, as it should
            elif line.startswith("error"):
                failed.append(line)
        # Exit status 1 says some file was not imported: explained by its line.
        if proc.returncode != 0 and (len(failed), duplicates) == before:
            failed.append(f"importer exit {proc.returncode}: {err[-300:]}")
    for out, err in editor_out:
        tracebacks += err.count("Traceback") + out.count("Traceback")
    logs = [json.loads((work / f"r{n}e{e}.json").read_text()) for e in range(EDITORS)]

    library = PgLibrary(url)
    stored = {fname for _, fname, _, _ in library.sources()}
    lost_sources = ok_files - stored
    lost_tags = [
        (item, tag)
        for log in logs
        for item, tag in log["tags"]
        if tag not in library.item_tags(item)
    ]
    notes = {r[0] for r in library.db.execute("SELECT note FROM conflict_resolutions")}
    superseded = {n for log in logs for n in log["superseded"]}
    lost_resolutions = [
        note
        for log in logs
        for _, note in log["resolutions"]
        if note not in notes and note not in superseded
    ]
    edit_failures = [f for log in logs for f in log["failed"]]
    grouped = _snapshot(library)
    corroborate.regroup(library)
    equal = grouped == _snapshot(library)
    result = {
        "round": n,
        "imported": len(ok_files),
        "duplicates": len(duplicates) if isinstance(duplicates, list) else duplicates,
        "stored": len(stored),
        "seconds": round(took, 1),
        "edits": sum(log["ops"] for log in logs),
        "tags": sum(len(log["tags"]) for log in logs),
        "resolutions": sum(len(log["resolutions"]) for log in logs),
        "lost_sources": len(lost_sources),
        "lost_tags": len(lost_tags),
        "lost_resolutions": len(lost_resolutions),
        "failed": len(failed) + len(edit_failures),
        "tracebacks": tracebacks,
        "grouping_equal": equal,
        "groups": len(grouped[0]),
        "conflicts": len(grouped[1]),
    }
    if failed or edit_failures:
        result["first_failures"] = (failed + edit_failures)[:3]
    library.close()
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--editor":
        try:
            editor(*sys.argv[2:6])
        except Exception:  # noqa: BLE001 - counted by the parent as a traceback
            traceback.print_exc()
            return 1
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--articles", type=int, default=200, help="per importing client")
    args = parser.parse_args()
    if not REALNEWS.is_dir():
        print(f"missing {REALNEWS} (../shared/realnews beside the repository)", file=sys.stderr)
        return 1
    articles = sorted(REALNEWS.glob("*.txt"))
    # Stopped from outside: still stop the server and remove its folder.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    cluster = TempCluster().start()
    os.environ.update(cluster.env())
    results = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(1, args.rounds + 1):
                picked = random.Random(n).sample(articles, IMPORTERS * args.articles)
                result = one_round(cluster, n, picked, args.articles, Path(tmp))
                print(json.dumps(result), flush=True)
                results.append(result)
    finally:
        cluster.stop()
    bad = [
        r
        for r in results
        if r["lost_sources"]
        or r["lost_tags"]
        or r["lost_resolutions"]
        or r["failed"]
        or r["tracebacks"]
        or not r["grouping_equal"]
    ]
    print(
        f"{len(results)} rounds, {IMPORTERS} importers x {args.articles} articles + {EDITORS} editors:"
        f" {len(bad)} rounds with losses, failures, tracebacks or grouping different from a regroup"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
