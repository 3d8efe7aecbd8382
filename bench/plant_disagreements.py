"""Planted disagreements and near-miss controls in the real-news set.

    .venv/bin/python bench/plant_disagreements.py run OUT_DIR [--misses] [--again [--as-built]]
    .venv/bin/python bench/plant_disagreements.py make OUT_DIR [--candidates]
    .venv/bin/python bench/plant_disagreements.py score OUT_DIR/roundN LIBRARY
    .venv/bin/python bench/plant_disagreements.py probe LIBRARY
    .venv/bin/python bench/plant_disagreements.py summary OUT_DIR

`make` finds places where two articles of ../shared/realnews report the same
figure about the same thing, in any two sentences, offered as facts by the
app or not (found here with simple rules of its own, not the app's, and kept
only where `bench/plant_pairs.tsv` records that a person read the pair and
judged it one fact), then writes modified copies of the articles to
OUT_DIR/roundN (never into the repository):

- a plant changes that one figure in one of the two articles, so that the two
  now disagree (money, counts of any unit, percentages, years, days, vote
  tallies, people in one-holder roles);
- a control changes it in a way that must NOT be flagged: an approximation
  that agrees ("nearly $1 billion" for "$916 million"), a change over time
  that says so ("5 percent, up from 4 percent"), another subject (a different
  candidate or group with another figure), another time, or another unit.

Every judged pair is used twice, once as a plant and once as a control, in
as many rounds as it takes for no two modifications to share a paragraph (or
the paragraph of the sentence they are compared with). Every modification
is kept and counts: a plant whose sentence, or its partner, the app does not
offer as a fact cannot be found and is scored missed (the set measures what
a reader would want flagged, not what the fact finder offers); the report
gives the pairs whose two sentences are both fact items apart (`summary`).
A pair with an article of the check part (dated 2016-07-01 or later, by
the realnews README) is of the check part: scored, never tuned on. Each round folder gets the
articles and `manifest.json` (what was changed where: file names, offsets,
values; no article text).

`run` does it all: makes the rounds, imports each as a dated library
(bench/realnews_library.py) and scores them together; it also builds the
library of the unmodified articles (OUT_DIR/unmodified.sqlite), to tell a
control flagged by its near miss from one flagged only by a disagreement
its sentence already had with a third report (reported apart, still
counted as flagged).

The finding and the making live in bench/plants_make.py (the rewrites of a
figure in bench/plants_rewrite.py); this file keeps the command line, the
scoring and the report.

`probe` looks for near misses the rules flag on more sentences than the
plants' pairs: every fact of the tuning part (sources dated before
2016-07-01) of a real-news library (bench/realnews_library.py) stating a
figure the generator finds is rewritten in each control form that applies,
added to the library's index as a new claim of its source, and compared as
an import would; printed: each rewrite that gets a conflict with a claim the
unmodified sentence has none with (loose edges, which count only between
reports of one story, left out). Nothing is stored.

`score` reads a library into which OUT_DIR was imported (`main.py import
OUT_DIR --library LIBRARY`) and reports, for the tuning and check parts:
plants found (a conflict holding the planted claim and its partner's claim,
each side with its value) and controls flagged (any conflict holding the
control's claim and no other modification of the round: two rewrites may
disagree with each other, which is no near miss of real news).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from plants_make import (  # noqa: E402
    CLAIMS,
    REALNEWS,
    make,
    within,
)
from plants_rewrite import control_rewrites  # noqa: E402

TUNING_BEFORE = "2016-07-01"  # sources dated before it are the tuning part


def _conflict_rows(db: sqlite3.Connection) -> list[tuple]:
    """(conflict id, item id, value, file name, start, end) of every member
    of every conflict of a library; a figure claim's (schema 15, the app's
    wide claims) with item id None, as plant_claims.hidden_rows gives them."""
    rows = db.execute(
        'SELECT c.id, m.item_id, m.value, s.file_name, i.start, i."end" FROM conflicts c'
        " JOIN conflict_members m ON m.conflict_id = c.id JOIN items i ON i.id = m.item_id"
        " JOIN sources s ON s.id = i.source_id"
    ).fetchall()
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'conflict_claims'").fetchone():
        rows += db.execute(
            'SELECT c.id, NULL, m.value, s.file_name, f.start, f."end" FROM conflicts c'
            " JOIN conflict_claims m ON m.conflict_id = c.id"
            " JOIN figure_claims f ON f.id = m.claim_id JOIN sources s ON s.id = f.source_id"
        ).fetchall()
    return rows


def unmodified_pairs(base: Path, extra: list[tuple] = ()) -> set[tuple[str, int, str, int]]:
    """Every pair of claims in conflict in `base`, the library of the
    unmodified articles, as (file, start, file, start) both ways round;
    `extra`: more conflict rows (hidden claims', plant_claims.hidden_rows)."""
    db = sqlite3.connect(base)
    members = defaultdict(list)
    for cid, _item, _value, fname, a, _b in _conflict_rows(db) + list(extra):
        members[cid].append((fname, a))
    db.close()
    return {(*x, *y) for ms in members.values() for x in ms for y in ms if x != y}


def score(
    out: Path, library: Path, carried: set | None = None, extra: list[tuple] = ()
) -> list[dict]:
    """The manifest of one round's folder `out`, each entry marked with what
    the library it was imported into says: "items" (both sentences are fact
    items of the library), and "found" for a plant (a conflict holds the
    planted claim and its partner's claim, each with its value) or "flagged"
    for a control (a conflict holds the control's claim, other than one
    another modification of the round, plant or control, takes part in).
    With `carried` (unmodified_pairs of the unmodified articles' library),
    a flagged control is also marked
    "carried" when each claim it is in conflict with was in conflict with
    its unmodified sentence already: a disagreement the article had with a
    third report, not one its near miss made. `extra`: more conflict rows
    (hidden claims', plant_claims.hidden_rows)."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(library)
    rows = _conflict_rows(db) + list(extra)
    facts = defaultdict(list)
    for fname, a, b in db.execute(
        'SELECT s.file_name, i.start, i."end" FROM items i JOIN sources s ON s.id = i.source_id'
        " WHERE i.kind = 'fact'"
    ):
        facts[fname].append((a, b))
    db.close()
    members = defaultdict(list)
    for cid, _item, value, fname, a, b in rows:
        members[cid].append((fname, a, b, value))
    changed = {(m["file"], m["start"]) for m in manifest}

    def against_unchanged(cid: int, mine: tuple[str, int], value: str) -> bool:
        # A control is flagged only against reports as written: two rewrites
        # of one round may disagree with each other (two copies of one wire
        # sentence given two invented years, or the same invented subject),
        # which says nothing of a near miss of real news. A conflict joins
        # every disagreement sharing a side with one value (conflicts.joined),
        # so one may hold another rewrite and a report as written: the
        # control is flagged when a side as written gives another value.
        return any(
            v != value and not any(f == pf and a <= ps < b for pf, ps in changed - {mine})
            for f, a, b, v in members[cid]
        )

    def holding(fname: str, pos: int):
        return [
            (cid, value)
            for cid, ms in members.items()
            for f, a, b, value in ms
            if f == fname and a <= pos < b
        ]

    for m in manifest:
        m["round"] = out.name
        m["items"] = bool(
            within(facts[m["file"]], m["start"], m["end"])
            and within(facts[m["partner"][0]], m["partner"][1], m["partner"][2])
        ) or (bool(extra) and all(m.get("sides", ())))
        mine = holding(m["file"], m["start"])
        if m["role"] == "plant":
            theirs = holding(m["partner"][0], m["partner"][1])
            m["found"] = any(c1 == c2 and v1 != v2 for c1, v1 in mine for c2, v2 in theirs)
        else:
            at = (m["file"], m["start"])
            flags = {cid for cid, v in mine if against_unchanged(cid, at, v)}
            m["flagged"] = bool(flags)
            if carried is not None and flags:
                # The control's sentence starts where it did in the unmodified
                # article (the change is inside it); so do the others' sentences
                # in articles the round left alone.
                mine_at = next(
                    a
                    for cid in flags
                    for f, a, b, _ in members[cid]
                    if f == m["file"] and a <= m["start"] < b
                )
                others = {
                    (f, a)
                    for cid in flags
                    for f, a, b, _ in members[cid]
                    if not (f == m["file"] and a <= m["start"] < b)
                }
                m["carried"] = all((m["file"], mine_at, *o) in carried for o in others)
    return manifest


def report(entries: list[dict], misses: bool = False) -> None:
    """Print plants found and controls flagged, by part and by kind."""
    results: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for m in entries:
        r = results[(m["role"], m["part"])]
        r[0] += m["found"] if m["role"] == "plant" else m["flagged"]
        r[1] += 1
        r[2] += m["items"]
    for (role, part), (hit, total, items) in sorted(results.items()):
        what = "found" if role == "plant" else "flagged"
        ratio = f" = {hit / total:.2f}" if total else ""
        carried = sum(
            bool(m.get("carried")) for m in entries if m["role"] == role and m["part"] == part
        )
        also = f"; flagged by a conflict the unmodified article had: {carried}" if carried else ""
        print(
            f"{role:8} {part:6} {what}: {hit}/{total}{ratio}  (both sentences items: {items}{also})"
        )
    by_kind = defaultdict(lambda: [0, 0])
    for m in entries:
        key = (m["role"], m["part"], m["kind"] if m["role"] == "plant" else m["how"])
        by_kind[key][0] += m["found"] if m["role"] == "plant" else m["flagged"]
        by_kind[key][1] += 1
    for (role, part, kind), (hit, total) in sorted(by_kind.items()):
        print(f"  {role:8} {part:6} {kind:8} {hit}/{total}")
    if misses:
        for m in entries:
            if m["part"] == "tune" and (m.get("found") is False or m.get("flagged")):
                print(json.dumps(m))


def summary(entries: list[dict]) -> None:
    """Print, per kind of plant and of control and per part: found (or
    flagged) of all, and of those whose two sentences are both offered as
    facts (the only plants the app can find; the others count as missed)."""
    table: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for m in entries:
        kind = m["kind"] if m["role"] == "plant" else m["how"]
        hit = m["found"] if m["role"] == "plant" else m["flagged"]
        both = m["items"]
        for key in ((m["role"], kind, m["part"]), (m["role"], "all", m["part"])):
            row = table[key]
            row[0] += hit
            row[1] += 1
            row[2] += hit and both
            row[3] += both
    print("role     kind     part   all           both sentences facts")
    for (role, kind, part), (hit, total, hit_both, both) in sorted(table.items()):
        ratio = f"{hit / total:.2f}" if total else "-"
        ratio_both = f"{hit_both / both:.2f}" if both else "-"
        print(
            f"{role:8} {kind:8} {part:6} {hit:3}/{total:3} = {ratio:5}"
            f"  {hit_both:3}/{both:3} = {ratio_both}"
        )


def run(out: Path, misses: bool, again: bool = False, as_built: bool = False) -> int:
    """Make the rounds, import each into a dated library, score them together;
    `again`: regroup the libraries a former run built, and score them
    (`as_built`: score them as they are, when the app's code is unchanged:
    another PLANT_CLAIMS measured on the same rounds)."""
    import realnews_library

    from app.core import corroborate
    from app.core.store import Library

    entries = []
    # The unmodified articles' library: which disagreements a control's
    # sentence had before its near miss was written (score's `carried`).
    base = out / "unmodified.sqlite"
    if again and base.exists():
        if not as_built:
            with Library(base) as opened:
                corroborate.regroup(opened)
    else:
        base.unlink(missing_ok=True)
        realnews_library.build(base, REALNEWS / "articles")
    variants = {"": ((), {"fact"})}
    if CLAIMS:
        from plant_claims import edge_rows, hidden_rows, wide_edges

        if CLAIMS == "wide":
            # Every tightening of PLANT_WIDE_TIGHT (names of bench/wide_rules.py,
            # comma-separated) is scored beside the wide claims as they are.
            tights = ["", *filter(None, os.environ.get("PLANT_WIDE_TIGHT", "").split(","))]
            edges = wide_edges(base)
            for t in tights:
                variants[f"wide+{t}" if t else "wide"] = (edge_rows(edges, t), {"fact", "wide"})
        else:
            variants["strict"] = (hidden_rows(base, named=False), {"fact", "strict"})
        if CLAIMS == "named":
            variants["named"] = (hidden_rows(base, named=True), {"fact", "strict", "named"})
    carried = {v: unmodified_pairs(base, extra) for v, (extra, _) in variants.items()}
    by_variant: dict[str, list[dict]] = defaultdict(list)
    folders = sorted(out.glob("round*/"), key=lambda f: int(f.name[5:])) if again else None
    for folder in folders or make(out, False):
        library = folder.with_suffix(".sqlite")
        if again:
            if not as_built:
                with Library(library) as opened:
                    corroborate.regroup(opened)
        else:
            library.unlink(missing_ok=True)
            realnews_library.build(library, folder)
        edges = wide_edges(library) if CLAIMS == "wide" else []
        for variant in variants:
            if variant.startswith("wide"):
                extra = edge_rows(edges, variant.partition("+")[2])
            else:
                extra = hidden_rows(library, named=variant == "named") if variant else ()
            scored = score(folder, library, carried[variant], extra)
            # Every plant counts: one whose sentence the app does not offer
            # (a side "" or a hidden claim's kind it does not compare) is missed.
            by_variant[variant] += scored
    for variant, entries in by_variant.items():
        print(
            f"== {variant or 'facts only'}: pairs whose sentences are {sorted(variants[variant][1])}"
        )
        report(entries, misses and not variant)
        summary(entries)
        sides = Counter(
            (m["part"], "-".join(sorted(m.get("sides", ["fact", "fact"]))))
            for m in entries
            if m["role"] == "plant"
        )
        found = Counter(
            (m["part"], "-".join(sorted(m.get("sides", ["fact", "fact"]))))
            for m in entries
            if m["role"] == "plant" and m["found"]
        )
        for key in sorted(sides):
            print(f"  plants {key[0]:6} {key[1]:12} found {found[key]}/{sides[key]}")
        name = f"scored_{variant}.json" if variant else "scored.json"
        (out / name).write_text(json.dumps(entries, indent=1), encoding="utf-8")
    return 0


def probe(library_path: Path) -> int:
    """Print every control rewrite of a tuning-part fact that the rules
    flag against a claim the unmodified fact is not flagged against."""

    from explain_pair import library_index

    from app.core.corroborate.text import proper_words
    from app.core.corroborate.times import parse_date
    from app.core.store import Library

    with Library(library_path) as library:
        index = library_index(library)
        rows = library.db.execute(
            "SELECT i.id, i.source_id, i.text, s.date FROM items i JOIN sources s"
            " ON s.id = i.source_id WHERE i.kind = 'fact' AND s.date < ? ORDER BY i.id",
            (TUNING_BEFORE,),
        ).fetchall()
        # The rewrites are added under ids no item has; a conflict between
        # two of them is not counted.
        first = next_id = library.item_extent()[1] + 1_000_000
        proper: dict[int, object] = {}
        tried = flagged = 0

        def against(source_id: int, text: str, when) -> set[int]:
            nonlocal next_id
            next_id += 1
            edges = index.add(next_id, source_id, "fact", text, when, proper[source_id])
            # A loose edge counts only between reports of one story (Edge.loose).
            return {e.a for e in edges if e.relation == "conflict" and not e.loose and e.a < first}

        for item_id, source_id, text, written_on in rows:
            when = parse_date(written_on or "")
            for kind, found, rewrites in control_rewrites(text, item_id):
                if source_id not in proper:
                    proper[source_id] = proper_words(library.source_text(source_id))
                before = against(source_id, text, when)
                for how, new, changed in rewrites:
                    tried += 1
                    if changed is None:
                        continue
                    extra = against(source_id, changed, when) - before
                    if extra:
                        flagged += 1
                        print(
                            f"item {item_id} {how} {kind}: {found.group(0)!r} -> {new!r}"
                            f" flagged against items {sorted(extra)}"
                        )
        print(f"control rewrites of tuning facts: {tried}, flagged: {flagged}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run")
    p.add_argument("out", type=Path)
    p.add_argument("--misses", action="store_true", help="list tuning-part misses")
    p.add_argument("--again", action="store_true", help="regroup and score a former run's")
    p.add_argument("--as-built", action="store_true", help="with --again: no regroup")
    p = sub.add_parser("make")
    p.add_argument("out", type=Path)
    p.add_argument("--candidates", action="store_true", help="print unjudged candidate pairs")
    p = sub.add_parser("score")
    p.add_argument("out", type=Path)
    p.add_argument("library", type=Path)
    p.add_argument("--misses", action="store_true", help="list tuning-part misses")
    p = sub.add_parser("summary", help="per kind: all plants and those in two facts")
    p.add_argument("out", type=Path)
    p = sub.add_parser("probe")
    p.add_argument("library", type=Path)
    args = parser.parse_args()
    if not REALNEWS.is_dir():
        print(f"error: {REALNEWS} is missing", file=sys.stderr)
        return 1
    if args.command == "run":
        return run(args.out, args.misses, args.again, args.as_built)
    if args.command == "summary":
        summary(json.loads((args.out / "scored.json").read_text(encoding="utf-8")))
        return 0
    if args.command == "probe":
        return probe(args.library)
    if args.command == "make":
        make(args.out, args.candidates)
        return 0
    report(score(args.out, args.library), args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
