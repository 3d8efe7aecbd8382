"""What the search index costs for holding what the list shows (schema 12).

    .venv/bin/python bench/bench_search_index.py [--repeat 15] [--inner 20] [--keep DIR]

Since schema 12 a library file's full-text index holds, besides an item's
words, its speaker and its source's title, a fact's cited form ("[The Vesk
board] voted ...") and, for a source with no title, its file name. This
measures what that costs on real news, reproducibly:

1. the realnews tuning part (the articles dated before 2016-07-01 in
   ../shared/realnews/articles.jsonl; the check part is not read) is
   imported into a fresh library (`importer.import_paths`, as File > Import
   Folder does) and each source is given the set's date as a user types it
   (`fact_refresh.store_source_meta`: the facts found again for that day,
   so their cited forms carry the bracketed dates they cite; the groups are
   not brought up to date, as the index holds none of them). Titles are
   left as the importer read them: the articles it finds no headline for
   stay untitled, so the index holds their file names;
2. the baseline, in the same run: a copy of that library whose index is
   the one schema 11 made (the same three columns of the same items:
   words, speaker, title with no file name, and no cited form), filled
   from the same rows. The search code is the same on both (its MATCH names
   no column);
3. the index's size in each (dbstat: the pages of the FTS5 tables, after
   FTS5 'optimize' and VACUUM in both), and the time of 8 searches as the
   list runs them (the first page of 100 in id order, then the full count),
   each the best CPU time of `--repeat` rounds of `--inner` runs (a search
   takes about a millisecond; CPU time, as the machine may be shared), the two libraries alternated within a round. Six
   searches are fixed words; two are read from the library at run time and
   never printed: a word of an untitled source's file name and
   a word only a fact's bracketed addition holds (what schema 12 finds and
   schema 11 did not). Each search's match counts are printed for both;
   the time ratios are taken over the searches finding the same items in
   both (the two read at run time find none in the baseline).

Prints one JSON object: the figures and the ratios (schema 12 / baseline).
A library file only: a team library's GIN index is not measured here.
Runs in under a minute (about 20 s of it the import).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.fact_refresh import store_source_meta  # noqa: E402
from app.core.importer import import_paths  # noqa: E402
from app.core.schema import MIGRATIONS  # noqa: E402
from app.core.store import SCHEMA_VERSION, Library, SearchFilter  # noqa: E402

REALNEWS = ROOT / ".." / "shared" / "realnews"
CHECK_FROM = "2016-07-01"  # the check part starts here: never imported
FIXED_SEARCHES = [
    "campaign",
    "voters percent",
    "debate OR rally",
    "tax*",
    '"health care"',
    "said -campaign",
]
PAGE = 100


def baseline_index() -> str:
    """SQL giving a library the index schema 11 had: the one version 2 made
    (no migration changed it before 12), the item's words, its speaker and
    its source's title, read from app/core/schema.py itself."""
    second = MIGRATIONS[1]
    start = second.index("CREATE VIRTUAL TABLE items_fts")
    made = second[start : second.index("CREATE TRIGGER", start)]
    triggers = "".join(f"DROP TRIGGER {t};" for t in ("items_ai", "items_au", "sources_au"))
    return f"{triggers} DROP TABLE items_fts; {made}"


def tuning_rows() -> dict[str, str]:
    """{file name: publication date} of the tuning part's articles."""
    rows = {}
    for line in (REALNEWS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["publication_date"] < CHECK_FROM:
            rows[f"{row['id']}.txt"] = row["publication_date"]
    return rows


def build(path: Path, folder: Path) -> dict:
    """The tuning part imported into a new library at `path`, each source
    dated; returns what was built."""
    dates = tuning_rows()
    folder.mkdir()
    for name in dates:  # links, not copies: the texts stay where they are
        os.symlink((REALNEWS / "articles" / name).resolve(), folder / name)
    started = time.perf_counter()
    with Library(path) as library:
        outcomes = list(import_paths(library, [folder]))
        imported = time.perf_counter()
        for source_id, file_name, meta, _ in library.sources():
            if file_name in dates:
                store_source_meta(library, source_id, replace(meta, date=dates[file_name]))
        dated = time.perf_counter()
        db = library.db
        (items,) = db.execute("SELECT count(*) FROM items").fetchone()
        (cited,) = db.execute("SELECT count(*) FROM items WHERE cited IS NOT NULL").fetchone()
        (untitled,) = db.execute("SELECT count(*) FROM sources WHERE title = ''").fetchone()
        sources = library.count_sources()
    return {
        "articles": len(dates),
        "sources": sources,
        "not_imported": sum(1 for o in outcomes if not o.ok),
        "items": items,
        "facts_with_cited_form": cited,
        "untitled_sources": untitled,
        "import_s": round(imported - started, 1),
        "dating_s": round(dated - imported, 1),
    }


def make_baseline(path: Path, baseline: Path) -> None:
    shutil.copyfile(path, baseline)
    with closing(sqlite3.connect(baseline)) as db:
        db.executescript(baseline_index())
        db.commit()


def compact(path: Path) -> None:
    """FTS5's segments merged into one and the file vacuumed: both indexes
    measured in the same state, not as their histories left them."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
        db.commit()
        db.execute("VACUUM")


def index_bytes(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        (size,) = db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'items_fts%'"
        ).fetchone()
    return size


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W_]{4,}", text)}


def run_time_searches(path: Path) -> list[tuple[str, str]]:
    """Two searches read from the library (never printed): a word of the file
    name of the untitled source with the most items, and the commonest word
    of facts' bracketed additions; each one that no word of an item, a
    speaker or a title starts with (the list takes the last word typed as
    a prefix), so only what schema 12 added finds it."""
    out = []
    with closing(sqlite3.connect(path)) as db:
        seen = set()
        for (text,) in db.execute(
            "SELECT text FROM items UNION ALL SELECT name FROM speakers"
            " UNION ALL SELECT title FROM sources"
        ):
            seen |= _words(text)

        def new(words: set[str]) -> list[str]:
            return sorted(w for w in words if not any(t.startswith(w) for t in seen))

        for (name,) in db.execute(
            "SELECT s.file_name FROM sources s JOIN items i ON i.source_id = s.id"
            " WHERE s.title = '' GROUP BY s.id ORDER BY count(*) DESC, s.id"
        ):
            if words := new(_words(Path(name).stem)):
                out.append(("untitled source's file name", words[0]))
                break
        added: Counter[str] = Counter()
        for (cited,) in db.execute("SELECT cited FROM items WHERE cited IS NOT NULL"):
            for part in re.findall(r"\[([^\[\]]+)\]", cited):
                added.update(new(_words(part)))
        if added:
            out.append(("fact's bracketed addition", added.most_common(1)[0][0]))
    return out


def time_searches(
    paths: dict[str, Path], searches: list[tuple[str, str]], repeat: int, inner: int
) -> dict:
    libraries = {arm: Library(p) for arm, p in paths.items()}
    best = {arm: [float("inf")] * len(searches) for arm in paths}
    counts = {arm: [0] * len(searches) for arm in paths}
    try:
        for n in range(repeat):
            arms = list(paths) if n % 2 == 0 else list(reversed(paths))
            for k, (_, query) in enumerate(searches):
                for arm in arms:
                    library = libraries[arm]
                    flt = SearchFilter(query=query)
                    # CPU time: the machine is shared, and a search waiting
                    # for a core is not a slower search.
                    started = time.process_time()
                    for _ in range(inner):
                        library.search(flt, limit=PAGE, order="id")
                        found = library.count(flt)
                    took = (time.process_time() - started) / inner
                    best[arm][k] = min(best[arm][k], took)
                    counts[arm][k] = found
    finally:
        for library in libraries.values():
            library.close()
    return {"best_s": best, "counts": counts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="rounds of the searches")
    parser.add_argument("--inner", type=int, default=20, help="runs of a search per sample")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it (a new folder)")
    args = parser.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-index-"))
    tmp.mkdir(exist_ok=True)
    try:
        started = time.perf_counter()
        library, baseline = tmp / "schema12.sqlite", tmp / "baseline.sqlite"
        built = build(library, tmp / "articles")
        make_baseline(library, baseline)
        for path in (library, baseline):
            compact(path)
        sizes = {"schema12": index_bytes(library), "baseline": index_bytes(baseline)}
        files = {"schema12": library.stat().st_size, "baseline": baseline.stat().st_size}
        kinds = [("fixed", q) for q in FIXED_SEARCHES] + run_time_searches(library)
        arms = {"schema12": library, "baseline": baseline}
        timed = time_searches(arms, kinds, args.repeat, args.inner)
        best, counts = timed["best_s"], timed["counts"]
        searches = []
        for k, (kind, query) in enumerate(kinds):
            searches.append(
                {
                    "search": query if kind == "fixed" else f"<{kind}>",
                    "cpu_ms": [
                        round(best["schema12"][k] * 1000, 2),
                        round(best["baseline"][k] * 1000, 2),
                    ],
                    "ratio": round(best["schema12"][k] / best["baseline"][k], 2),
                    "matches": [counts["schema12"][k], counts["baseline"][k]],
                }
            )
        # The ratios compare the same work: searches finding the same items in
        # both. The two read at run time find nothing in the baseline (what
        # schema 12 adds), so their times are shown, not compared.
        same = [k for k, s in enumerate(searches) if s["matches"][0] == s["matches"][1]]
        ratios = [searches[k]["ratio"] for k in same]
        report = {
            "schema": SCHEMA_VERSION,
            "baseline": "the same library with schema 11's index (words, speaker, title only)",
            "library": built,
            "index_bytes": sizes,
            "index_ratio": round(sizes["schema12"] / sizes["baseline"], 3),
            "file_ratio": round(files["schema12"] / files["baseline"], 3),
            "searches": searches,
            "search_ratio_range": [min(ratios), max(ratios)],
            "search_total_ratio": round(
                sum(best["schema12"][k] for k in same) / sum(best["baseline"][k] for k in same), 2
            ),
            "searches_compared": len(same),
            "repeat": args.repeat,
            "inner": args.inner,
            "load": [round(x, 1) for x in os.getloadavg()],
            "wall_s": round(time.perf_counter() - started, 1),
        }
        print(json.dumps(report, indent=1))
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
