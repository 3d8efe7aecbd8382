"""Counts of the quote groups of a library that a careful reader would doubt.

    .venv/bin/python bench/quote_groups_audit.py LIBRARY [--before DATE]

For every quote group carried by two sources or more (with --before, only
groups all of whose sources are dated before DATE, e.g. 2016-07-01 for the
real-news tuning part), counts:

- `speakers differ`: its sources give the words to two people or more
  (corroborate/quote_speakers.people, the rule the cards use);
- `chained`: two members of different sources neither of which holds the
  other's words (joined through a third, an excerpt of both);
- `short exact`: every member the same 2 to 5 words; `short excerpt`: a
  member of 2 to 5 words inside a longer member of another source;
- `one outlet counted twice`: a stored independent count above the
  group's witnesses (`Library.source_witnesses`: copies folded to their
  original, reports of one outlet to one); `by copies alone`: the groups
  that count more independent sources by derived marks alone than by
  witnesses (where the outlet rule bites).

Prints numbers only, never a quote, a speaker or a source: it may run on
the check part. Build a library with bench/realnews_library.py.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.corroborate.quote_speakers import people  # noqa: E402
from app.core.corroborate.text import words  # noqa: E402
from app.core.store import Library  # noqa: E402

SHORT = 5  # words: a phrase many people say, more than a quote


def audit(library: Library, before: str = "") -> dict[str, int]:
    dates = {sid: meta.date for sid, _, meta, _ in library.sources()}
    roots, witness = library.source_roots(), library.source_witnesses()
    counts = dict.fromkeys(
        ("groups", "speakers differ", "chained", "short exact", "short excerpt"), 0
    )
    counts["one outlet counted twice"] = counts["by copies alone"] = 0
    for group in library.clusters(kind="quote"):
        rows = library.report_rows(group.item_ids)
        members = [rows[i] for i in group.item_ids if i in rows]
        if before and any(
            not dates.get(m["source_id"]) or dates[m["source_id"]] >= before for m in members
        ):
            continue
        counts["groups"] += 1
        norms = [f" {' '.join(words(m['text']))} " for m in members]
        lengths = [len(n.split()) for n in norms]
        counts["speakers differ"] += len(people(members)) > 1
        pairs = [
            (a, b)
            for a, b in combinations(range(len(members)), 2)
            if members[a]["source_id"] != members[b]["source_id"]
        ]
        counts["chained"] += any(
            min(norms[a], norms[b], key=len) not in max(norms[a], norms[b], key=len)
            for a, b in pairs
        )
        if len(set(norms)) == 1 and lengths[0] <= SHORT:
            counts["short exact"] += 1
        elif any(min(lengths[a], lengths[b]) <= SHORT and norms[a] != norms[b] for a, b in pairs):
            counts["short excerpt"] += 1
        sources = {m["source_id"] for m in members}
        witnesses = len({witness.get(s, s) for s in sources})
        counts["one outlet counted twice"] += group.independent_count > witnesses
        counts["by copies alone"] += len({roots.get(s, s) for s in sources}) > witnesses
    return counts


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    before = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else ""
    with Library(Path(sys.argv[1])) as library:
        for key, value in audit(library, before).items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
