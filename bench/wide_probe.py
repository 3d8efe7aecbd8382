"""Near misses of the shipped figure claims (wide claims, issue #10) that
the rules flag: every figure claim of a tuning source (dated before
2016-07-01), rewritten in each control form of plant_disagreements.py
(an approximation that agrees, a change said as one, another subject,
another time, another unit), compared with the library's items and every
source's figure claims (bench/plant_claims.hidden_edges' index), as an
import would compare it.

    .venv/bin/python bench/wide_probe.py LIBRARY
    .venv/bin/python bench/wide_probe.py refused LIBRARY

`refused`: the conflict candidates of the figure claims that a rule of
two_things.py refuses (observed, not applied: bench/wide_rule_tags.py's
way), with the rules that refuse each: the tuning part's printed with both
sentences, the check part's counted by rule only.

Printed: each rewrite that gets a conflict the unmodified claim has not,
with the claim it is flagged against when that claim is of a tuning source;
one against a check source (2016-07-01 or later) is counted, never printed
(the check part is scored, not read). Loose edges (counted only between
reports of one story) are left out. Nothing is stored.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from explain_pair import library_index  # noqa: E402
from plant_claims import TUNING_BEFORE  # noqa: E402
from plants_rewrite import control_rewrites  # noqa: E402

from app.core.corroborate.figure_claims import wide_claims  # noqa: E402
from app.core.corroborate.text import proper_words  # noqa: E402
from app.core.corroborate.times import parse_date  # noqa: E402
from app.core.store import Library  # noqa: E402


def probe(library_path: Path) -> int:
    with Library(library_path) as library:
        index = library_index(library)
        next_id = library.item_extent()[1] + 1_000_000
        text_of: dict[int, tuple[str, str]] = {}  # claim id -> (its cited text, its date)
        tuning = []
        rows = library.db.execute("SELECT id, date, text FROM sources ORDER BY id").fetchall()
        for source_id, date, text in rows:
            quotes = library.db.execute(
                "SELECT start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote'",
                (source_id,),
            ).fetchall()
            when = parse_date(date or "")
            proper = proper_words(library.source_text(source_id))
            for claim in wide_claims(text, quotes, when):
                next_id += 1
                text_of[next_id] = (claim.cited, date or "")
                index.add(next_id, source_id, "fact", claim.cited, when, proper)
                if (date or "") < TUNING_BEFORE:
                    tuning.append((source_id, when, proper, claim))
        first = next_id + 1
        item_date = dict(
            library.db.execute(
                "SELECT i.id, s.date FROM items i JOIN sources s ON s.id = i.source_id"
            ).fetchall()
        )
        tried = flagged = hidden = 0

        def against(source_id, when, proper, cited) -> set[int]:
            nonlocal next_id
            next_id += 1
            edges = index.add(next_id, source_id, "fact", cited, when, proper)
            return {e.a for e in edges if e.relation == "conflict" and not e.loose and e.a < first}

        for source_id, when, proper, claim in tuning:
            for kind, _found, rewrites in control_rewrites(claim.cited, claim.start):
                before = against(source_id, when, proper, claim.cited)
                for how, _new, changed in rewrites:
                    tried += 1
                    if changed is None:
                        continue
                    extra = against(source_id, when, proper, changed) - before
                    if not extra:
                        continue
                    flagged += 1
                    shown = []
                    for other in sorted(extra):
                        if other in text_of:
                            other_text, other_date = text_of[other]
                        else:
                            other_date = item_date.get(other) or ""
                            other_text = library.report_rows([other])[other]["text"]
                        if other_date >= TUNING_BEFORE:
                            hidden += 1
                            continue
                        shown.append(" ".join(other_text.split()))
                    if shown:
                        print(f"{how} {kind}: {' '.join(changed.split())}")
                        for s in shown:
                            print(f"    against: {s}")
        print(
            f"control rewrites of tuning figure claims: {tried}, flagged: {flagged}"
            f" ({hidden} partners on check sources, not shown)"
        )
    return 0


def refused(library_path: Path) -> int:
    from collections import Counter

    import wide_rule_tags
    from plant_claims import _part, hidden_edges

    from app.core.corroborate import judging

    judging.ClaimJudge._two_things = wide_rule_tags._observe
    with Library(library_path) as library:
        edges = hidden_edges(library, wide=True)
    check: Counter = Counter()
    for e in edges:
        sa, sb = e.pop("sigs")
        tags = sorted(
            wide_rule_tags._TAGS.get((frozenset((id(sa), id(sb))), frozenset(e["values"])), ())
        )
        if e["relation"] != "conflict" or not tags:
            continue
        _f, _a, _b, cited, date = e["claim"]
        _id, _if, _ia, _ib, text, idate = e["item"]
        if _part(date, idate) != "tune":
            check[",".join(tags)] += 1
            continue
        print(f"{','.join(tags)}\t{e['kind']}\t{e['values'][0]} vs {e['values'][1]}")
        print(f"    {' '.join(cited.split())[:300]}")
        print(f"    {' '.join(text.split())[:300]}")
    print(f"check part refused, by rules: {dict(check)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "refused":
        sys.exit(refused(Path(sys.argv[2])))
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(probe(Path(sys.argv[1])))
