"""The library bench/bench_window_stalls.py drives a window over.

    python bench/stall_library.py DIR [--synthetic ITEMS]

Imports the realnews tuning part (the articles dated before 2016-07-01 in
../shared/realnews/articles.jsonl; the check part is never read) into
DIR/library.sqlite, as File > Import Folder does (`importer.import_paths`),
all but the last IMPORT_LATER articles, which are linked into DIR/later for
the window to import itself. `--synthetic ITEMS`: for scale, the library is
instead bench/bench_library.py's synthetic one of ITEMS items (1,000 a
source), the same 50 articles left to import; its speakers are drawn as the
realnews library's are (`speaker_pool`: invented people, a few quoted often,
most seldom, and descriptions such as "a spokeswoman", listed per source:
at 300,000 items 11,274 people and 40 descriptions quoted, 19,163 rows), or, with
`--numbered-speakers`, as before: 500 "Speaker 001" ... drawn evenly, which
the Speakers tab lists per source as descriptions (94,849 rows at 300,000
items). Prints what it built.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

REALNEWS = ROOT / ".." / "shared" / "realnews"
CHECK_FROM = "2016-07-01"  # the check part starts here: never imported
IMPORT_LATER = 50


def tuning_names() -> list[str]:
    """The tuning part's article files, in the set's order."""
    names = []
    for line in (REALNEWS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["publication_date"] < CHECK_FROM:
            names.append(f"{row['id']}.txt")
    return names


def link_folder(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:  # links, not copies: the texts stay where they are
        target = folder / name
        if not target.exists():
            os.symlink((REALNEWS / "articles" / name).resolve(), target)
    return folder


def build(folder: Path, synthetic: int = 0, speakers: str = "pool") -> dict:
    from app.core.importer import import_paths
    from app.core.store import Library

    names = tuning_names()
    now, later = names[:-IMPORT_LATER], names[-IMPORT_LATER:]
    link_folder(folder / "later", later)
    if synthetic:
        from bench_library import build as build_synthetic

        took = build_synthetic(folder / "library.sqlite", synthetic, speakers=speakers)
        return {"items": synthetic, "build_s": round(took, 1), "later": len(later)}
    first = link_folder(folder / "first", now)
    started = time.perf_counter()
    with Library(folder / "library.sqlite") as library:
        outcomes = list(import_paths(library, [first]))
        (items,) = library.db.execute("SELECT count(*) FROM items").fetchone()
    return {
        "articles": len(now),
        "imported": sum(o.ok for o in outcomes),
        "items": items,
        "import_s": round(time.perf_counter() - started, 1),
        "later": len(later),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--synthetic", type=int, default=0, metavar="ITEMS")
    parser.add_argument(
        "--numbered-speakers",
        action="store_true",
        help='500 speakers "Speaker 001" ... drawn evenly (the synthetic library before 2026-11-30)',
    )
    args = parser.parse_args()
    print(build(args.folder, args.synthetic, "numbered" if args.numbered_speakers else "pool"))
