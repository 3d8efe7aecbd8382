"""A fast look at the tuning plants (or controls) of a former plant run:
each compared alone with its partner, as bench/explain_pair.py compares two
sentences, with the word counts of the run's unmodified library.

    .venv/bin/python bench/plant_fast.py OUT_DIR [plant|control] [KINDS] [-v]

OUT_DIR is a `plant_disagreements.py run` folder (PLANT_CLAIMS=wide): its
rounds' articles and manifests, and unmodified.sqlite. KINDS: comma-separated
(default year,date,count,money). Each side is the fact item or figure claim
of the round's article holding the changed figure (the partner's of the
round's article when the round changed it too, else the original's), found
by the app's extraction; only the tuning part is read (the check part is
scored by the full run, never read). Printed: found (a strict conflict
between the two) per kind, and the classes of the rest (explain_pair.why);
with -v every pair not found (a control: every pair flagged) with its rules'
verdicts. About a minute for the tuning plants, against the full run's half
hour; it leaves out what a library adds (a conflict reached through a group,
a loose edge between reports of one story), so it is a guide between full
runs, not their figure.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from explain_pair import explain, library_index  # noqa: E402

from app.core.corroborate.figure_claims import verdict_claims  # noqa: E402
from app.core.extract import extract_items  # noqa: E402
from app.core.store import Library  # noqa: E402

REALNEWS = ROOT / ".." / "shared" / "realnews"
_units: dict[tuple[str, str], list[tuple[int, int, str]]] = {}


def units(text: str, date: str) -> list[tuple[int, int, str]]:
    """(start, end, text compared) of every fact item and figure claim of `text`."""
    key = (text, date)
    if key not in _units:
        verdicts: list = []
        items = extract_items(text, None, date, None, verdicts)
        facts = [
            (i.start, i.end, i.cited or text[i.start : i.end]) for i in items if i.kind == "fact"
        ]
        claims = [(c.start, c.end, c.cited) for c in verdict_claims(text, verdicts)]
        _units[key] = facts + claims
    return _units[key]


def at(text: str, date: str, pos: int) -> str | None:
    return next((cited for a, b, cited in units(text, date) if a <= pos < b), None)


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args:
        print(__doc__)
        return 2
    out = Path(args[0])
    role = args[1] if len(args) > 1 else "plant"
    kinds = set((args[2] if len(args) > 2 else "year,date,count,money").split(","))
    verbose = "-v" in sys.argv
    dates = {}
    for line in (REALNEWS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        dates[f"{row['id']}.txt"] = row["publication_date"]
    entries = []
    for manifest in sorted(out.glob("round*/manifest.json")):
        for e in json.loads(manifest.read_text(encoding="utf-8")):
            if e["part"] == "tune" and e["role"] == role and e["kind"] in kinds:
                entries.append((manifest.parent, e))
    library = Library(out / "unmodified.sqlite")  # open while the index reads it
    index = library_index(library)
    source_ids = dict(library.db.execute("SELECT file_name, id FROM sources").fetchall())
    classes: dict[str, list[str]] = defaultdict(list)
    tried: Counter = Counter()
    found: Counter = Counter()
    for folder, e in entries:
        # Offsets of the manifest are the round's articles'.
        text = (folder / e["file"]).read_text(encoding="utf-8")
        other, other_at = e["partner"][0], e["partner"][1]
        path = folder / other if (folder / other).exists() else REALNEWS / "articles" / other
        other_text = path.read_text(encoding="utf-8")
        sides = [
            (e["file"], text, at(text, dates[e["file"]], e["start"])),
            (other, other_text, at(other_text, dates[other], other_at)),
        ]
        tried[e["kind"]] += 1
        if any(cited is None for _, _, cited in sides):
            cls = "a side is no item and no claim"
        else:
            rows = [
                (n + 1, source_ids.get(name, 10**6 + n), cited, dates[name], whole)
                for n, (name, whole, cited) in enumerate(sides)
            ]
            if rows[1][3] > rows[0][3]:  # the later report is compared with the earlier
                rows = [(1, *rows[1][1:]), (2, *rows[0][1:])]
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                cls = explain(index, rows[0], rows[1])
            if verbose and (cls != "conflict") == (role == "plant"):
                print(f"### {e['pair']} {e['kind']} {e['was']!r} -> {e['now']!r}: {cls}")
                print(printed.getvalue())
        found[e["kind"]] += cls == "conflict"
        classes[cls].append(e["pair"])
    for kind in sorted(tried):
        print(f"{kind}: {found[kind]}/{tried[kind]}")
    print(
        f"all: {sum(found.values())}/{sum(tried.values())} {role}s {'found' if role == 'plant' else 'flagged'}"
    )
    for cls, pairs in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(pairs):4}  {cls}")
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
