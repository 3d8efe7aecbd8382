"""Whether a regroup's results are unchanged by a change of code: groups,
conflicts, derived-source marks and the stored index, dumped and compared.

    .venv/bin/python bench/regroup_same.py build seeds|synthetic LIBRARY
    .venv/bin/python bench/regroup_same.py dump LIBRARY OUT.json [--code DIR] [--parallel-min N]
        [--twice]
    .venv/bin/python bench/regroup_same.py compare BEFORE.json AFTER.json

`build` makes a library to compare on: the five bundled articles (with
facts clipped by tests/core/test_corroborate_seeds.py's _ensure_facts), or the
synthetic library of bench/bench_corroborate.py at 1,000 sources (20,000
items). The real-news library is built by bench/realnews_library.py.

`dump` regroups a copy of LIBRARY from scratch with the code under DIR
(default: this checkout; e.g. `git archive COMMIT app | tar -x -C DIR` for
the code of another commit) and writes what the regroup stored, by item id
(a copy keeps them): each group of two items or more with its counts, each
conflict with its claims and values, each derived mark, and a digest of each
part of the stored index. `--parallel-min N`: build the signatures in a
second process from N items on (app/core/corroborate/signing.py; 0: always).
`--twice`: regroup once, then dump a second regroup, which reads the claims'
signatures the first kept in the library (sig_cache.py). `compare` says
what differs; exit status 1 when anything does.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _code(argv: list[str]) -> list[str]:
    """Put the code to run first on the path (before importing `app`)."""
    if "--code" in argv:
        at = argv.index("--code")
        sys.path.insert(0, str(Path(argv[at + 1]).resolve()))
        return argv[:at] + argv[at + 2 :]
    sys.path.insert(0, str(ROOT))
    return argv


def build(what: str, path: Path) -> None:
    from app.core import corroborate
    from app.core.store import Library

    if what == "synthetic":
        sys.path.insert(0, str(ROOT / "bench"))
        import bench_corroborate

        bench_corroborate.build(path, 1000, 20)
        return
    from app.core.importer import add_bundled_sources
    from tests.core.test_corroborate_seeds import _ensure_facts

    with Library(path) as library:
        add_bundled_sources(library)
        _ensure_facts(library)  # the seeds' library exactly as the test builds it
        corroborate.update(library)


def _index_digests(db: sqlite3.Connection) -> dict[str, str]:
    """A digest of each stored index part, merged over its buckets (the
    split into buckets and the order of keys within one do not count)."""
    parts: dict[str, dict] = {}
    for part, data in db.execute(
        "SELECT part, data FROM group_index"
        " WHERE part NOT IN ('fact_sigs', 'claim_sigs', 'group_edges', 'wide_edges')"
        " ORDER BY part, bucket"
    ):
        parts.setdefault(part, {}).update(marshal.loads(data))
    out = {}
    for part, entries in parts.items():
        if part in ("meta", "wide_meta"):
            # Left out: what a regroup's index was built from and the digest
            # of its rows (index_store.save), which name the code itself, as
            # the claims' index's format does (wide_store.code_format).
            code = ("inputs", "rows", "format") if part == "wide_meta" else ("inputs", "rows")
            kept = {k: v for k, v in entries.items() if k not in code}
            out[part] = repr(sorted(kept.items()))
            continue
        text = repr(sorted(entries.items(), key=lambda kv: repr(kv[0])))
        out[part] = hashlib.sha256(text.encode()).hexdigest()
    return out


def dump(
    library_path: Path, out: Path, parallel_min: int | None = None, twice: bool = False
) -> None:
    from app.core import corroborate
    from app.core.store import Library

    if parallel_min is not None:
        from app.core.corroborate import signing

        signing.PARALLEL_MIN = parallel_min

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        with sqlite3.connect(library_path) as src, sqlite3.connect(path) as dst:
            src.backup(dst)  # the file and its WAL, as one consistent copy
        library = Library(path)
        if twice:  # the second regroup reads the signatures the first kept
            corroborate.regroup(library)
        t = time.process_time()
        summary = corroborate.regroup(library)
        cpu = time.process_time() - t
        library.close()
        db = sqlite3.connect(path)
        members: dict[int, list[int]] = {}
        for cid, iid in db.execute("SELECT cluster_id, item_id FROM cluster_members"):
            members.setdefault(cid, []).append(iid)
        groups = sorted(
            [kind, sorted(members.get(cid, [])), n_sources, n_independent]
            for cid, kind, n_sources, n_independent in db.execute(
                "SELECT id, kind, source_count, independent_count FROM clusters"
            )
        )
        conflict_rows: dict[int, list] = {}
        for cid, iid, value, direct in db.execute(
            "SELECT conflict_id, item_id, value, direct FROM conflict_members"
        ):
            conflict_rows.setdefault(cid, []).append([iid, value, direct])
        conflicts = sorted(
            [kind, subject, sorted(conflict_rows.get(cid, []))]
            for cid, kind, subject in db.execute("SELECT id, value_kind, subject FROM conflicts")
        )
        derived = sorted(
            list(r)
            for r in db.execute(
                "SELECT source_id, derived_from, similarity, by_user FROM derived_marks"
            )
        )
        result = {
            "library": str(library_path),
            "code": str(Path(corroborate.__file__).parents[3]),
            "regroup_cpu_s": round(cpu, 2),
            "summary": {
                "items_indexed": summary.items_indexed,
                "groups": summary.groups,
                "derived": sorted(summary.derived.items()),
                "conflicts": summary.conflicts,
            },
            "groups": groups,
            "conflicts": conflicts,
            "derived_marks": derived,
            "mark": list(db.execute("SELECT max_item_id, item_count FROM grouping_mark")),
            "index": _index_digests(db),
        }
        db.close()
    out.write_text(json.dumps(result, indent=0, sort_keys=True), encoding="utf-8")
    print(
        f"{library_path}: regroup {cpu:.2f} s CPU; {len(groups)} groups,"
        f" {len(conflicts)} conflicts, {sum(1 for d in derived if d[1])} derived"
    )


def compare(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    differ = 0
    for key in ("summary", "groups", "conflicts", "derived_marks", "mark", "index"):
        if a[key] == b[key]:
            size = len(a[key]) if isinstance(a[key], list) else ""
            print(f"{key}: same {size}".rstrip())
            continue
        differ += 1
        if isinstance(a[key], list):
            only_a = [x for x in a[key] if x not in b[key]]
            only_b = [x for x in b[key] if x not in a[key]]
            print(f"{key}: DIFFER ({len(only_a)} only before, {len(only_b)} only after)")
            for x in only_a[:5]:
                print(f"  - {json.dumps(x)[:200]}")
            for x in only_b[:5]:
                print(f"  + {json.dumps(x)[:200]}")
        else:
            print(f"{key}: DIFFER\n  - {a[key]}\n  + {b[key]}")
    print(f"code: {a.get('code')} before, {b.get('code')} after")
    print(f"regroup CPU: {a['regroup_cpu_s']} s before, {b['regroup_cpu_s']} s after")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    argv = _code(argv)
    if len(argv) == 3 and argv[0] == "build" and argv[1] in ("seeds", "synthetic"):
        build(argv[1], Path(argv[2]))
        return 0
    parallel_min = None
    if "--parallel-min" in argv:
        at = argv.index("--parallel-min")
        parallel_min = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    twice = "--twice" in argv
    argv = [a for a in argv if a != "--twice"]
    if len(argv) == 3 and argv[0] == "dump":
        dump(Path(argv[1]), Path(argv[2]), parallel_min, twice)
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
