"""Read and judge the groups and conflict flags of a library, by hand.

    .venv/bin/python bench/judge_corroboration.py show groups LIBRARY [--sample 100] [--seed 1]
    .venv/bin/python bench/judge_corroboration.py show flags LIBRARY
    .venv/bin/python bench/judge_corroboration.py score groups LIBRARY bench/verdicts_groups.tsv
    .venv/bin/python bench/judge_corroboration.py score flags LIBRARY bench/verdicts_flags.tsv

`show` prints multi-source fact groups (a random sample) or every conflict,
each with a key (a hash of its members' files and spans, stable across
regrouping) and what it was matched on, for a person to read. The verdicts
go in a TSV file in bench/: key, verdict ("right" or "wrong"), reason, and
for flags the part ("tune": every source dated before 2016-07-01 in the
real-news set, else "check"). No article text goes in that file.

`score` reports precision over the judged groups or flags the library still
has, and lists those it has that nobody judged.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import corroborate  # noqa: E402
from app.core.store import Library  # noqa: E402


def _key(members: list[dict]) -> str:
    spans = sorted(f"{m['source']}:{m['start']}-{m['end']}" for m in members)
    return hashlib.sha1("|".join(spans).encode()).hexdigest()[:12]


def _part(members: list[dict]) -> str:
    dates = [re.search(r"_(\d{4}-\d\d-\d\d)_", m["source"]) for m in members]
    late = any(d and d.group(1) >= "2016-07-01" for d in dates)
    return "check" if late else "tune"


def _entries(library: Library, what: str) -> list[tuple[str, dict, list[dict]]]:
    if what == "groups":
        return [
            (_key(g["items"]), g, g["items"])
            for g in corroborate.describe_clusters(library, kind="fact")
        ]
    return [(_key(c["claims"]), c, c["claims"]) for c in corroborate.describe_conflicts(library)]


def show(what: str, library: Library, sample: int, seed: int) -> int:
    entries = _entries(library, what)
    if what == "groups" and sample and len(entries) > sample:
        entries = random.Random(seed).sample(entries, sample)
    print(f"# {len(entries)} {what}")
    for key, entry, members in entries:
        head = corroborate.why_text(entry["why"])
        values = " vs ".join(entry.get("values", [])) if what == "flags" else ""
        print(f"{key}\t{_part(members)}\t{values}\t{head}")
        for m in members:
            value = f"[{m['value']}] " if "value" in m else ""
            print(f"    {value}{m['source'][:40]}: {' '.join(m['text'].split())[:300]}")
    return 0


def score(what: str, library: Library, verdict_file: Path) -> int:
    judged: dict[str, tuple[str, str]] = {}
    for line in verdict_file.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, verdict, part, *_ = line.split("\t")
            judged[key] = (verdict, part)
    entries = _entries(library, what)
    present = [(k, judged[k]) for k, _, _ in entries if k in judged]
    for part in ("tune", "check", "all"):
        rows = [v for _, (v, p) in present if part in ("all", p)]
        right = sum(v == "right" for v in rows)
        if rows:
            print(f"{what} {part}: {right}/{len(rows)} right = {right / len(rows):.2f}")
    unjudged = [k for k, _, _ in entries if k not in judged]
    print(
        f"{len(entries)} {what} in the library, {len(present)} judged, {len(unjudged)} not judged"
    )
    for key in unjudged:
        print(f"  not judged: {key} (see `show {what}`)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["show", "score"])
    parser.add_argument("what", choices=["groups", "flags"])
    parser.add_argument("library", type=Path)
    parser.add_argument("verdicts", type=Path, nargs="?")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with Library(args.library) as library:
        corroborate.ensure_current(library)
        if args.action == "show":
            return show(args.what, library, args.sample, args.seed)
        if args.verdicts is None:
            parser.error("score needs a verdicts file")
        return score(args.what, library, args.verdicts)


if __name__ == "__main__":
    raise SystemExit(main())
