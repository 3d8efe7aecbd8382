"""Hidden claims (bench/context_claims.py) compared with a
library's facts and quotes, as an import with the switch on would.

    .venv/bin/python bench/plant_claims.py flags LIBRARY [--named | --wide [--tight=RULE]]
    .venv/bin/python bench/plant_claims.py groups LIBRARY [--named | --wide]
    .venv/bin/python bench/plant_claims.py probe LIBRARY [--named]
    .venv/bin/python bench/plant_claims.py misses OUT_DIR [-v]
    .venv/bin/python bench/plant_claims.py cost LIBRARY   (regroup against the wide claims' cost)

Each source's hidden claims are added to the library's grouping index under
ids no item has, after every item, in source order; only their edges to
real items count (a claim is never compared with another claim: a conflict
or group of claims alone is never shown), but for the wide claims
(`--wide`), which are compared with claims too. Nothing is stored. A loose edge
(a conflict on a telling term alone, which counts only between reports of
one story) is counted apart, not as a flag.

`flags` prints every conflict edge (key, part, values, both sentences) for a
person to read and judge (bench/verdicts_flags.tsv, the same keys as
judge_corroboration.py: a hash of the members' files and spans); `groups`
the "same claim" edges to facts of other sources. `--named`: also the
sentences dropped for a pointer elsewhere than their named subject.
`--wide`: every sentence not offered that states a figure
(context_claims.wide_claims), compared with items and with the other
sources' claims alike; a flag's "item" may then be another claim.
`probe` rewrites each figure of each hidden claim of the tuning part (sources
dated before 2016-07-01) in every near-miss form of plant_disagreements.py's
controls and prints each rewrite that gets a conflict with an item the
unmodified claim has none with (as `plant_disagreements.py probe` does for
facts). `plant_disagreements.py run` uses `hidden_rows` to score plants and controls
whose sentence is a hidden claim. `misses` counts the tuning part's missed
plants of a PLANT_CLAIMS=wide run by what stopped them.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app.core.corroborate.text import proper_words  # noqa: E402
from app.core.corroborate.times import parse_date  # noqa: E402
from app.core.store import Library  # noqa: E402
from bench.context_claims import context_claims, wide_claims  # noqa: E402

TUNING_BEFORE = "2016-07-01"


def _claims_of(text: str, quotes, when, named: bool, wide: bool):
    if wide:
        return wide_claims(text, quotes, when)
    return context_claims(text, quotes, when, named=named)


def linked_sources(library: Library) -> set[tuple[int, int]]:
    """Pairs of sources (both ways round) that cover one story: a group
    holds an item of each (GroupingState.sources_linked), where a loose
    conflict edge counts."""
    groups: dict[int, set[int]] = {}
    source_of = dict(library.db.execute("SELECT id, source_id FROM items").fetchall())
    for cid, iid in library.cluster_memberships():
        groups.setdefault(cid, set()).add(source_of.get(iid, -1))
    return {(a, b) for ss in groups.values() for a in ss for b in ss if a != b}


def hidden_edges(library: Library, named: bool = False, wide: bool = False) -> list[dict]:
    """Every edge from a hidden claim of `library`'s sources to one of its
    items: {"relation", "loose", "kind", "values" (claim's, item's),
    "claim" (file, start, end, cited, date), "item" (id, file, start, end,
    text, date)}. `wide` (wide_claims): every sentence not offered with a
    figure is a claim, compared with the other sources' claims too (then
    "item" is another claim's (None, file, start, end, cited, date)); a
    loose edge is kept as the app keeps it, between sources of one story."""
    from explain_pair import library_index

    index = library_index(library)
    first = next_id = library.item_extent()[1] + 1_000_000
    linked = linked_sources(library) if wide else set()
    sources = library.db.execute("SELECT id, file_name, date, text FROM sources ORDER BY id")
    out = []
    claim_of: dict[int, tuple] = {}
    for source_id, fname, date, text in sources.fetchall():
        quotes = library.db.execute(
            "SELECT start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote'"
            " ORDER BY start",
            (source_id,),
        ).fetchall()
        when = parse_date(date or "")
        claims = _claims_of(text, quotes, when, named, wide)
        if not claims:
            continue
        proper = proper_words(library.source_text(source_id))
        for claim in claims:
            next_id += 1
            claim_of[next_id] = (source_id, (fname, claim.start, claim.end, claim.cited, date))
            for e in index.add(next_id, source_id, "fact", claim.cited, when, proper):
                if e.a >= first and not wide:
                    continue  # another hidden claim: never compared
                out.append(
                    {
                        "relation": e.relation,
                        "loose": e.loose,
                        "kind": e.kind,
                        "values": (e.values[1], e.values[0]),
                        "claim": claim_of[next_id][1],
                        "item": e.a,
                        "sources": (source_id, claim_of[e.a][0] if e.a >= first else None),
                        # The two signatures, for a tightening (bench/wide_rules.py).
                        "sigs": (index.facts[next_id], index.facts[e.a]),
                    }
                )
    items = sorted({e["item"] for e in out if e["item"] < first})
    rows = library.report_rows(items)
    for e in out:
        if e["item"] >= first:
            e["item"] = (None, *claim_of[e["item"]][1])
            continue
        row = rows[e["item"]]
        e["sources"] = (e["sources"][0], row["source_id"])
        e["item"] = (e["item"], row["source"], row["start"], row["end"], row["text"], row["date"])
    for e in out:
        if e["loose"] and wide and tuple(e.pop("sources")) in linked:
            e["loose"] = False  # between reports of one story: it counts
        e.pop("sources", None)
    return out


def hidden_rows(
    library_path: Path, named: bool = False, wide: bool = False, tight: str = ""
) -> list[tuple]:
    """The non-loose conflict edges of `hidden_edges` as rows of
    plant_disagreements._conflict_rows: (conflict id, item id, value, file
    name, start, end), one conflict per edge (ids "h0", "h1", ...; the
    claim's item id is None). `tight`: only the edges that rule of
    bench/wide_rules.py passes."""
    with Library(library_path) as library:
        return edge_rows(hidden_edges(library, named, wide), tight)


def wide_edges(library_path: Path) -> list[dict]:
    """`hidden_edges` of the wide claims of the library at `library_path`."""
    with Library(library_path) as library:
        return hidden_edges(library, wide=True)


def edge_rows(edges: list[dict], tight: str = "") -> list[tuple]:
    """`hidden_rows` of edges found already."""
    rows = []
    kept = (x for x in edges if x["relation"] == "conflict" and not x["loose"])
    for n, e in enumerate(x for x in kept if passes(tight, x)):
        fname, a, b, _cited, _date = e["claim"]
        item_id, ifile, ia, ib, _text, _idate = e["item"]
        rows.append((f"h{n}", None, e["values"][0], fname, a, b))
        rows.append((f"h{n}", item_id, e["values"][1], ifile, ia, ib))
    return rows


def passes(tight: str, edge: dict) -> bool:
    """Whether the tightening `tight` (a name of wide_rules.RULES, "" for
    none) keeps a conflict edge of `hidden_edges`."""
    if not tight:
        return True
    from wide_rules import RULES

    return RULES[tight](*edge["sigs"], edge["kind"])


def _key(spans: list[tuple[str, int, int]]) -> str:
    text = "|".join(sorted(f"{f}:{a}-{b}" for f, a, b in spans))
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def _part(*dates: str) -> str:
    return "check" if any((d or "") >= TUNING_BEFORE for d in dates) else "tune"


def show(what: str, library_path: Path, named: bool, wide: bool = False, tight: str = "") -> int:
    with Library(library_path) as library:
        edges = hidden_edges(library, named, wide)
        claims = sum(
            len(_claims_of(t, None, parse_date(d or ""), named, wide))
            for t, d in library.db.execute("SELECT text, date FROM sources")
        )
    relation = "conflict" if what == "flags" else "same"
    picked = [e for e in edges if e["relation"] == relation and not e["loose"]]
    if relation == "conflict":
        picked = [e for e in picked if passes(tight, e)]
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


def cost(library_path: Path, rounds: int = 3) -> int:
    """CPU seconds of a regroup of the library (main's: its items' signatures
    cached in the library) against what the wide claims would add to it,
    alternated `rounds` times in one process: comparing them (their
    signatures made beforehand, as a cache would keep them: added to the
    stored index after the items, `hidden_edges`' way), and apart, once per
    import, finding them (`wide_claims`, the fact finder's scan again) and
    signing them. Prints each and the regroup's ratio (regroup + comparing)
    / regroup."""
    import time

    from explain_pair import library_index

    from app.core import corroborate
    from app.core.corroborate.claims import fact_signature
    from app.core.corroborate.matching import GroupIndex

    ratios = []
    for n in range(rounds):
        with Library(library_path) as library:
            t = time.process_time()
            corroborate.regroup(library)
            regroup = time.process_time() - t
        with Library(library_path) as library:
            rows = library.db.execute("SELECT id, date, text FROM sources ORDER BY id").fetchall()
            t = time.process_time()
            found = [
                (sid, parse_date(d or ""), text, wide_claims(text, None, parse_date(d or "")))
                for sid, d, text in rows
            ]
            finding = time.process_time() - t
            t = time.process_time()
            sigs = []
            for sid, when, text, claims in found:
                proper = proper_words(text) if claims else None
                sigs.extend(fact_signature(sid, c.cited, when, proper) for c in claims)
            signing = time.process_time() - t
            # The regroup's indexing, in memory, with the items' signatures
            # made beforehand (as its cache gives them), then the claims'.
            stored = library_index(library)
            items = [
                (i, stored.quotes[i] if kind == "quote" else stored.facts[i])
                for i, _s, kind, _t, _d in library.grouping_rows()
            ]
            index = GroupIndex()
            t = time.process_time()
            for item_id, sig in items:
                index.add_signed(item_id, sig)
            indexing = time.process_time() - t
            next_id = library.item_extent()[1] + 1_000_000
            t = time.process_time()
            for sig in sigs:
                next_id += 1
                index.add_signed(next_id, sig)
            comparing = time.process_time() - t
        print(
            f"round {n}: items' indexing {indexing:.2f} s, the claims' after them"
            f" {comparing:.2f} s: ratio {(indexing + comparing) / indexing:.2f}"
        )
        ratios.append((regroup + comparing) / regroup)
        print(
            f"round {n}: regroup {regroup:.2f} s; wide claims ({len(sigs)}): comparing"
            f" {comparing:.2f} s, ratio {ratios[-1]:.2f}; once per import: finding"
            f" {finding:.2f} s, signing {signing:.2f} s"
        )
    print(f"median ratio {sorted(ratios)[len(ratios) // 2]:.2f}")
    return 0


def _sentence_at(library: Library, fname: str, pos: int) -> tuple | None:
    """(item id or None, source id, text compared, date, source text) of
    what holds text position `pos` of source `fname`: its fact item, else
    its wide claim (cited form); None when neither does."""
    source_id, date, text = library.db.execute(
        "SELECT id, date, text FROM sources WHERE file_name = ?", (fname,)
    ).fetchone()
    row = library.db.execute(
        "SELECT id, text FROM items WHERE source_id = ? AND kind = 'fact' AND start <= ?"
        ' AND ? < "end"',
        (source_id, pos, pos),
    ).fetchone()
    if row:
        return (row[0], source_id, row[1], date, text)
    quotes = library.db.execute(
        "SELECT start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote' ORDER BY start",
        (source_id,),
    ).fetchall()
    for claim in wide_claims(text, quotes, parse_date(date or "")):
        if claim.start <= pos < claim.end:
            return (None, source_id, claim.cited, date, text)
    return None


def figure_read(sentence: str, figure: str) -> bool:
    """Whether the app reads `figure` (as written in `sentence`) as one of
    the sentence's values (claim_values); True when it is not found as written."""
    from app.core.corroborate.claims import claim_values
    from app.core.corroborate.text import plain

    text = plain(sentence)
    at = text.find(plain(figure).strip())
    if at < 0:
        return True
    end = at + len(plain(figure).strip())
    return any(v.start < end and at < v.end for v in claim_values(sentence))


def miss_class(index, sides: list, was: str, now: str) -> str:
    """Why a planted pair of sentences (`sides`: _sentence_at of the plant's
    and of its partner's, None when neither an item nor a claim holds it)
    raised no conflict: no claim holds one side; the planted figure is not
    read as a value of its sentence; or the first rule that stopped the pair
    (explain_pair.why)."""
    import contextlib
    import io

    from explain_pair import WHY, explain

    if sides[0] is None or sides[1] is None:
        return "a side is no item and no claim (no figure read in its sentence)"
    if not figure_read(sides[0][2], now):
        return "the planted figure is not read as a value"
    a, b = ((n + 1 if i is None else i, *rest) for n, (i, *rest) in enumerate(sides))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        cls = explain(index, a, b)
    trace = [line for line in printed.getvalue().splitlines() if line.startswith("  - ")]
    rule = next((p for _, ps in WHY for p in ps if any(p in line for line in trace)), None)
    return f"{cls}: {rule}" if rule and cls != "conflict" and not cls.startswith("other") else cls


def misses(out: Path) -> int:
    """Count the tuning part's missed plants of a wide run (OUT_DIR/
    scored_wide.json of plant_disagreements.py run, PLANT_CLAIMS=wide) by
    what stopped them (`miss_class`); the check part is scored, never read."""
    from collections import defaultdict

    from explain_pair import library_index

    entries = json.loads((out / "scored_wide.json").read_text(encoding="utf-8"))
    classes: dict[str, list[str]] = defaultdict(list)
    by_round = defaultdict(list)
    for m in entries:
        if m["part"] == "tune" and m["role"] == "plant" and not m["found"]:
            by_round[m["round"]].append(m)
    for round_, ms in sorted(by_round.items()):
        with Library(out / f"{round_}.sqlite") as library:
            index = library_index(library)
            for m in ms:
                sides = [
                    _sentence_at(library, m["file"], m["start"]),
                    _sentence_at(library, m["partner"][0], m["partner"][1]),
                ]
                cls = miss_class(index, sides, m["was"], m["now"])
                classes[cls].append(m["pair"])
                if "-v" in sys.argv:
                    print(f"{m['pair']} {m['kind']} {m['was']} -> {m['now']}: {cls}")
    print("missed tuning plants of the wide claims, by what stopped them")
    for cls, pairs in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(pairs):4}  {cls}")
    return 0


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["misses"]:
        return misses(Path(args[1]))
    if args[:1] == ["cost"]:
        return cost(Path(args[1]))
    named = "--named" in args
    wide = "--wide" in args
    tight = next((a.split("=", 1)[1] for a in args if a.startswith("--tight=")), "")
    args = [a for a in args if a not in ("--named", "--wide") and not a.startswith("--tight=")]
    if len(args) != 2 or args[0] not in ("flags", "groups", "probe"):
        print(__doc__)
        return 2
    if args[0] == "probe":
        return probe(Path(args[1]), named)
    return show(args[0], Path(args[1]), named, wide, tight)


if __name__ == "__main__":
    raise SystemExit(main())
