"""Hidden claims (bench/context_claims.py) compared with a
library's facts and quotes, as an import with the switch on would.

    .venv/bin/python bench/plant_claims.py flags LIBRARY [--named]
    .venv/bin/python bench/plant_claims.py groups LIBRARY [--named]
    .venv/bin/python bench/plant_claims.py probe LIBRARY [--named]

Each source's hidden claims are added to the library's grouping index under
ids no item has, after every item, in source order; only their edges to
real items count (a claim is never compared with another claim: a conflict
or group of claims alone is never shown). Nothing is stored. A loose edge
(a conflict on a telling term alone, which counts only between reports of
one story) is counted apart, not as a flag.

`flags` prints every conflict edge (key, part, values, both sentences) for a
person to read and judge (bench/verdicts_flags.tsv, the same keys as
judge_corroboration.py: a hash of the members' files and spans); `groups`
the "same claim" edges to facts of other sources. `--named`: also the
sentences dropped for a pointer elsewhere than their named subject.
`probe` rewrites each figure of each hidden claim of the tuning part (sources
dated before 2016-07-01) in every near-miss form of plant_disagreements.py's
controls and prints each rewrite that gets a conflict with an item the
unmodified claim has none with (as `plant_disagreements.py probe` does for
facts). `plant_disagreements.py run` uses `hidden_rows` to score plants and controls
whose sentence is a hidden claim.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app.core.corroborate.text import proper_words  # noqa: E402
from app.core.corroborate.times import parse_date  # noqa: E402
from app.core.store import Library  # noqa: E402
from bench.context_claims import context_claims  # noqa: E402

TUNING_BEFORE = "2016-07-01"


def hidden_edges(library: Library, named: bool = False) -> list[dict]:
    """Every edge from a hidden claim of `library`'s sources to one of its
    items: {"relation", "loose", "kind", "values" (claim's, item's),
    "claim" (file, start, end, cited, date), "item" (id, file, start, end,
    text, date)}."""
    from explain_pair import library_index

    index = library_index(library)
    first = next_id = library.item_extent()[1] + 1_000_000
    sources = library.db.execute("SELECT id, file_name, date, text FROM sources ORDER BY id")
    out = []
    for source_id, fname, date, text in sources.fetchall():
        quotes = library.db.execute(
            "SELECT start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote'"
            " ORDER BY start",
            (source_id,),
        ).fetchall()
        when = parse_date(date or "")
        claims = context_claims(text, quotes, when, named=named)
        if not claims:
            continue
        proper = proper_words(library.source_text(source_id))
        for claim in claims:
            next_id += 1
            for e in index.add(next_id, source_id, "fact", claim.cited, when, proper):
                if e.a >= first:
                    continue  # another hidden claim: never compared
                out.append(
                    {
                        "relation": e.relation,
                        "loose": e.loose,
                        "kind": e.kind,
                        "values": (e.values[1], e.values[0]),
                        "claim": (fname, claim.start, claim.end, claim.cited, date),
                        "item": e.a,
                    }
                )
    rows = library.report_rows(sorted({e["item"] for e in out}))
    for e in out:
        row = rows[e["item"]]
        e["item"] = (e["item"], row["source"], row["start"], row["end"], row["text"], row["date"])
    return out


def hidden_rows(library_path: Path, named: bool = False) -> list[tuple]:
    """The non-loose conflict edges of `hidden_edges` as rows of
    plant_disagreements._conflict_rows: (conflict id, item id, value, file
    name, start, end), one conflict per edge (ids "h0", "h1", ...; the
    claim's item id is None)."""
    with Library(library_path) as library:
        edges = hidden_edges(library, named)
    rows = []
    for n, e in enumerate(x for x in edges if x["relation"] == "conflict" and not x["loose"]):
        fname, a, b, _cited, _date = e["claim"]
        item_id, ifile, ia, ib, _text, _idate = e["item"]
        rows.append((f"h{n}", None, e["values"][0], fname, a, b))
        rows.append((f"h{n}", item_id, e["values"][1], ifile, ia, ib))
    return rows


def _key(spans: list[tuple[str, int, int]]) -> str:
    text = "|".join(sorted(f"{f}:{a}-{b}" for f, a, b in spans))
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def _part(*dates: str) -> str:
    return "check" if any((d or "") >= TUNING_BEFORE for d in dates) else "tune"


def show(what: str, library_path: Path, named: bool) -> int:
    with Library(library_path) as library:
        edges = hidden_edges(library, named)
        claims = sum(
            len(context_claims(t, None, parse_date(d or ""), named=named))
            for t, d in library.db.execute("SELECT text, date FROM sources")
        )
    relation = "conflict" if what == "flags" else "same"
    picked = [e for e in edges if e["relation"] == relation and not e["loose"]]
    if what == "groups":
        picked = [e for e in picked if e["claim"][0] != e["item"][1]]
    loose = sum(e["relation"] == "conflict" and e["loose"] for e in edges)
    print(f"# hidden claims: {claims}; {what}: {len(picked)}; loose conflict edges: {loose}")
    for e in picked:
        fname, a, b, cited, date = e["claim"]
        _id, ifile, ia, ib, text, idate = e["item"]
        key = _key([(fname, a, b), (ifile, ia, ib)])
        values = " vs ".join(e["values"]) if relation == "conflict" else ""
        print(f"{key}\t{_part(date, idate)}\t{e['kind']}\t{values}")
        print(f"    claim {fname}: {' '.join(cited.split())}")
        print(f"    item  {ifile}: {' '.join(text.split())}")
    return 0


def probe(library_path: Path, named: bool) -> int:
    from explain_pair import library_index
    from plants_rewrite import control_rewrites

    with Library(library_path) as library:
        index = library_index(library)
        first = next_id = library.item_extent()[1] + 1_000_000
        tried = flagged = 0
        sources = library.db.execute(
            "SELECT id, date, text FROM sources WHERE date < ? ORDER BY id", (TUNING_BEFORE,)
        ).fetchall()
        for source_id, date, text in sources:
            when = parse_date(date or "")
            claims = context_claims(text, None, when, named=named)
            if not claims:
                continue
            proper = proper_words(text)

            def against(cited: str, source_id=source_id, when=when, proper=proper) -> set[int]:
                nonlocal next_id
                next_id += 1
                edges = index.add(next_id, source_id, "fact", cited, when, proper)
                return {
                    e.a for e in edges if e.relation == "conflict" and not e.loose and e.a < first
                }

            for claim in claims:
                for kind, _found, rewrites in control_rewrites(claim.cited, claim.start):
                    before = against(claim.cited)
                    for how, _new, changed in rewrites:
                        tried += 1
                        if changed is None:
                            continue
                        extra = against(changed) - before
                        if extra:
                            flagged += 1
                            print(f"{how} {kind}: {' '.join(changed.split())}")
                            for row in library.report_rows(sorted(extra)).values():
                                print(f"    against: {' '.join(row['text'].split())}")
        print(f"control rewrites of tuning hidden claims: {tried}, flagged: {flagged}")
    return 0


def main() -> int:
    args = sys.argv[1:]
    named = "--named" in args
    args = [a for a in args if a != "--named"]
    if len(args) != 2 or args[0] not in ("flags", "groups", "probe"):
        print(__doc__)
        return 2
    if args[0] == "probe":
        return probe(Path(args[1]), named)
    return show(args[0], Path(args[1]), named)


if __name__ == "__main__":
    raise SystemExit(main())
