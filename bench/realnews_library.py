"""The real-news set as a user's library: articles with their dates and outlets.

    .venv/bin/python bench/realnews_library.py LIBRARY [ARTICLES_DIR]

Imports every article of ARTICLES_DIR (default ../shared/realnews/articles;
a folder of planted copies works the same, file names unchanged), then its
metadata as a user would: a CSL-JSON file built from articles.jsonl (title,
container-title = outlet, issued = publication date) written to a temporary
folder and imported, and for the sources that file matches no source of,
the same fields typed in by hand (`Library.update_source_meta`, what the
Sources view does). Then regroups, since grouping reads the sources' dates.

Why not every source matches the CSL-JSON by title (measured 2026-11-28,
641 of 839 entries): 141 stored titles are the headline without the
subtitle the set's title carries after ";", 56 articles have no headline
the importer detects, 3 titles are shared by two articles.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import corroborate  # noqa: E402
from app.core.store import Library  # noqa: E402

REALNEWS = ROOT / ".." / "shared" / "realnews"


def metadata() -> dict[str, dict]:
    """{file name: the set's row} for every article."""
    rows = {}
    for line in (REALNEWS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[f"{row['id']}.txt"] = row
    return rows


def csl_json(rows: dict[str, dict]) -> list[dict]:
    out = []
    for row in rows.values():
        y, m, d = (int(x) for x in row["publication_date"].split("-"))
        out.append(
            {
                "id": row["id"],
                "type": "article-newspaper",
                "title": row["title"],
                "container-title": row["publisher"],
                "issued": {"date-parts": [[y, m, d]]},
            }
        )
    return out


def build(library_path: Path, articles: Path) -> dict:
    """Build the library at `library_path` (which must not exist); return figures."""
    if library_path.exists():
        raise SystemExit(f"error: {library_path} exists; give a new file")
    main = [sys.executable, str(ROOT / "main.py")]
    t0 = time.perf_counter()
    # Exit status 1 is expected: one article of the set is a copy of another.
    imported = subprocess.run(
        [*main, "import", str(articles), "--library", str(library_path)],
        capture_output=True,
        text=True,
    )
    if imported.returncode not in (0, 1) or not library_path.exists():
        raise SystemExit(f"error: import failed: {imported.stderr[-500:]}")
    rows = metadata()
    with tempfile.TemporaryDirectory() as tmp:
        csl = Path(tmp) / "realnews.csl.json"
        csl.write_text(json.dumps(csl_json(rows)), encoding="utf-8")
        done = subprocess.run(
            [*main, "import", str(csl), "--library", str(library_path)],
            check=True,
            capture_output=True,
            text=True,
        )
    by_hand = 0
    with Library(library_path) as library:
        for source_id, file_name, meta, _ in library.sources():
            row = rows.get(file_name)
            if row is None or meta.date:
                continue
            filled = replace(
                meta,
                title=meta.title or row["title"],
                outlet=meta.outlet or row["publisher"],
                date=row["publication_date"],
            )
            library.update_source_meta(source_id, filled)
            by_hand += 1
        t1 = time.perf_counter()
        summary = corroborate.regroup(library)
        t2 = time.perf_counter()
        dated = sum(1 for _, _, meta, _ in library.sources() if meta.date)
        total = library.count_sources()
    return {
        "csl": done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "",
        "filled_by_hand": by_hand,
        "dated": f"{dated}/{total}",
        "import_s": round(t1 - t0, 1),
        "regroup_s": round(t2 - t1, 2),
        "groups": summary.groups,
        "conflicts": summary.conflicts,
    }


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    articles = Path(sys.argv[2]) if len(sys.argv) > 2 else REALNEWS / "articles"
    if not (REALNEWS / "articles.jsonl").is_file():
        print(f"error: {REALNEWS} is missing", file=sys.stderr)
        return 1
    for key, value in build(Path(sys.argv[1]), articles).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
