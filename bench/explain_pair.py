"""Why two claims are, or are not, grouped or flagged: every rule's verdict.

    .venv/bin/python bench/explain_pair.py LIBRARY ITEM_ID ITEM_ID
    .venv/bin/python bench/explain_pair.py --text "SENTENCE" "SENTENCE" [--dates D D] [--library L]
    .venv/bin/python bench/explain_pair.py --misses OUT_DIR   (tuning-part misses of a plant run)

With `--replay` (a library's items, or `--misses`), the pair is also
compared as a regroup compared it: the items indexed again in order up to
the later one, with the word counts of that moment.

Prints each claim's signature (its values with what each is said about, its
names, times and figures), whether the pair would be compared at all (the
blocking keys and word-pair sketch hashes they share, and how full those
postings are), and then the verdict of each matching rule in the order the
index applies them (matching.GroupIndex._compare_facts with a trace).

Word weights come from the library's stored index (how many claims hold each
word) at its present size; during a run they are those of the library when
the later claim was added, so a verdict near a threshold can differ slightly.
Without a library, every word is equally rare.

`--misses` reads OUT_DIR/scored.json of `bench/plant_disagreements.py run`
and explains the tuning part's missed plants only: the check part is scored,
never read.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import corroborate  # noqa: E402
from app.core.corroborate import index_store  # noqa: E402
from app.core.corroborate.claims import FactSig, fact_signature, hash_keys  # noqa: E402
from app.core.corroborate.matching import POSTING_CAP, GroupIndex  # noqa: E402
from app.core.corroborate.text import proper_words  # noqa: E402
from app.core.corroborate.times import parse_date  # noqa: E402
from app.core.store import Library  # noqa: E402


def show_signature(label: str, text: str, sig: FactSig) -> None:
    print(f"{label}: {' '.join(text.split())}")
    print(f"  names {sorted(sig.names)}  all names {sorted(sig.all_names)}")
    print(f"  holders {sorted(sig.holders)}  times {sorted(sig.times)}")
    print(f"  figures {sorted(sig.numbers)}")
    for vc in sig.values:
        v = vc.value
        flags = [f for f, on in (("change:" + v.cue, v.change), ("label", vc.label)) if on]
        if vc.running:
            flags.append(f"running@{vc.running}")
        print(f"  [{v.kind} {v.bound}{v.value}] {' '.join(flags)}")
        print(f"      words {sorted(vc.words)}")
        print(f"      names {sorted(vc.names)}  clause {sorted(vc.clause_names)}")
        print(f"      subject {vc.subject!r}  times {sorted(vc.times)}  action {vc.action!r}")
        if vc.marks:
            print(f"      marks {sorted(vc.marks)}")


def explain(index: GroupIndex, a: tuple, b: tuple) -> str:
    """Print why two claims are or are not grouped or flagged, and return
    the class of the outcome (`why`); `a`, `b`: (item id, source id, text,
    date, source text)."""
    sigs = []
    for n, (item_id, source_id, text, when, source_text) in enumerate((a, b)):
        proper = proper_words(source_text) if source_text else None
        sig = fact_signature(source_id, text, parse_date(when or ""), proper)
        sigs.append(sig)
        show_signature(
            f"{'AB'[n]} (item {item_id}, source {source_id}, {when or 'undated'})", text, sig
        )
    sa, sb = sigs
    if sa.source_id == sb.source_id:
        print("-> same source: never compared")
        return "same source"
    keys_a, keys_b = (set().union(*index._fact_keys(s)) for s in (sa, sb))
    shared = keys_a & keys_b
    sizes = sorted(len(index.fact_keys.get(k, ())) for k in shared)
    print(f"blocking keys shared: {len(shared)} (postings {sizes}; cap {POSTING_CAP})")
    if shared and all(s > POSTING_CAP for s in sizes):
        print("-> every shared key is past the cap: not compared by keys")
    index._log_n = math.log(len(index.facts) + 1000)
    index._weights = {}
    limit = max(20, 0.01 * len(index.facts))
    sketches = []
    for sig in sigs:
        sketches.append(
            sorted(
                hash_keys(
                    [
                        f
                        for f in sig.feats
                        if " " in f and f[0] != "=" and index.df.get(f, 0) <= limit
                    ]
                )
            )[:8]
        )
    near = len(set(sketches[0]) & set(sketches[1]))
    print(f"sketch hashes shared: {near} (2 make them near-duplicate candidates)")
    trace: list[str] = []
    # The index compares a new claim (second) with one indexed before it (first).
    if a[0] > b[0]:
        (a, sa), (b, sb) = (b, sb), (a, sa)
        print("(compared as indexed: B first, then A)")
    edges = index._compare_facts(a[0], sa, b[0], sb, near >= 2, trace)
    for line in trace:
        print(f"  - {line}")
    verdict = [f"{e.relation} {e.kind} {e.values}" + (" loose" if e.loose else "") for e in edges]
    print(f"-> {'; '.join(verdict) or 'nothing'}")
    return why(trace, edges)


# What stopped a pair, by the rule's words in the trace (judging.py's notes),
# from the furthest stage a pair of figures reached: the first class met wins.
WHY = (
    (
        "conflict stopped by a near-miss rule",
        (
            "said as a change",
            "also states",
            "a year labelling",
            "a year framing",
            "running figures",
            "names someone the other",
            "other subjects",
            "times not comparable",
            "core cosine",
            "one role",
            "telling word pair",
            "two acts",
        ),
    ),
    ("one thing, no conflict raised (wording, names)", ("neither strong nor telling",)),
    ("one thing, no conflict raised (wording, names)", ("not identified",)),
    ("other figures differ", ("another figure differs", "two figures differ")),
    ("one thing, the values agree (a bound, an approximation)", ("about the same thing",)),
    ("not about one thing (names)", ("names altogether", "names near its figure", "clauses name")),
    ("not about one thing (words, times)", ("too few context words", "different times")),
)


def why(trace: list[str], edges: list) -> str:
    """The class of a pair's outcome, from the trace of the rules: a
    conflict (strict, or loose: counted only within one story), or the
    first class of rule that stopped the pair (`WHY`), or never compared."""
    if any(e.relation == "conflict" and not e.loose for e in edges):
        return "conflict"
    if any(e.relation == "conflict" for e in edges):
        return "loose conflict (two reports not linked as one story)"
    if not trace:
        return "not compared (no figure of one kind with words in common)"
    for label, phrases in WHY:
        if any(p in line for line in trace for p in phrases):
            return label
    return "other: " + trace[-1]


def replay(library: Library, first: int, second: int) -> None:
    """Index the library's items again in the order a regroup does, up to
    the later of two items, and print the verdicts of their comparison with
    the word counts of that moment (a threshold on how rare a word or a
    figure is may pass at the end and not then); or say that blocking never
    brought them together."""
    from app.core.corroborate.grouping import _index_items
    from app.core.corroborate.state import GroupingState

    target, traces = {first, second}, []

    class Tracing(GroupIndex):
        def _compare_facts(self, a_id, a, b_id, b, near=True, trace=None):
            if {a_id, b_id} == target:
                trace = []
                traces.append(trace)
            return super()._compare_facts(a_id, a, b_id, b, near, trace)

    class Upto:
        """The library as `_index_items` reads it, up to the later item."""

        def grouping_rows(self, after):
            for row in library.grouping_rows(after):
                if row[0] > max(target):
                    return
                yield row

        def __getattr__(self, name):
            return getattr(library, name)

    state = GroupingState(index=Tracing())
    _, edges = _index_items(Upto(), state)
    if not traces:
        print("replayed: never compared (no shared blocking key or sketch then)")
        return
    for line in traces[0]:
        print(f"  replayed - {line}")
    mine = [e for e in edges if {e.a, e.b} == target]
    print(
        f"replayed -> {'; '.join(f'{e.relation} {e.kind} {e.values}' for e in mine) or 'nothing'}"
    )


def library_index(library: Library) -> GroupIndex:
    corroborate.ensure_current(library)
    mark = library.grouping_mark()
    index = index_store.open_stored(library, *mark) if mark else None
    return index or GroupIndex()


def item_row(library: Library, item_id: int) -> tuple:
    row = library.report_rows([item_id])[item_id]
    return (
        item_id,
        row["source_id"],
        row["text"],
        row["date"],
        library.source_text(row["source_id"]),
    )


def misses(out: Path, replaying: bool = False) -> int:
    """Explain each tuning-part plant missed and control flagged of a run,
    then count the missed plants by what stopped them (`why`)."""
    entries = json.loads((out / "scored.json").read_text(encoding="utf-8"))
    classes: dict[str, list[str]] = {}
    for m in entries:
        if m["part"] != "tune":
            continue  # the check part is scored, never read
        if m["role"] == "plant" and not m["found"]:
            pairs = [(m["file"], m["start"]), (m["partner"][0], m["partner"][1])]
        elif m["role"] == "control" and m["flagged"]:
            pairs = [(m["file"], m["start"])]
        else:
            continue
        with Library(out / f"{m['round']}.sqlite") as library:
            ids = [_item_at(library, f, pos) for f, pos in pairs]
            print(
                f"\n===== {m['role']} {m['pair']} {m['kind']} {m['how']}: {m['was']} -> {m['now']}"
                f" ({m['round']})"
            )
            if None in ids:
                print("-> a sentence is no fact item")
                classes.setdefault("not offered as a fact", []).append(m["pair"])
                continue
            if m["role"] == "control":
                # Each claim the control's claim is in conflict with.
                others = {
                    i
                    for c in library.conflicts()
                    if ids[0] in c.item_ids
                    for i in c.item_ids
                    if i != ids[0]
                }
                index = library_index(library)
                for other in sorted(others):
                    explain(index, item_row(library, ids[0]), item_row(library, other))
                continue
            cls = explain(library_index(library), *(item_row(library, i) for i in ids))
            classes.setdefault(cls, []).append(m["pair"])
            if replaying:
                replay(library, *ids)
    print("\n===== missed plants (tuning part) by what stopped them")
    for cls, pairs in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(pairs):3}  {cls}: {' '.join(pairs)}")
    return 0


def _item_at(library: Library, file_name: str, pos: int) -> int | None:
    row = library.db.execute(
        "SELECT i.id FROM items i JOIN sources s ON s.id = i.source_id WHERE s.file_name = ?"
        " AND i.kind = 'fact' AND i.start <= ? AND ? < i.\"end\"",
        (file_name, pos, pos),
    ).fetchone()
    return row[0] if row else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--text", action="store_true", help="the two arguments are sentences")
    parser.add_argument("--dates", nargs=2, default=("", ""))
    parser.add_argument("--library", type=Path)
    parser.add_argument("--misses", type=Path, metavar="OUT_DIR")
    parser.add_argument(
        "--replay", action="store_true", help="also compare them as a regroup did, in item order"
    )
    args = parser.parse_args()
    if args.misses:
        return misses(args.misses, args.replay)
    if args.text:
        a, b = args.args
        if args.library:
            with Library(args.library) as library:
                index = library_index(library)
                explain(index, (1, 1, a, args.dates[0], ""), (2, 2, b, args.dates[1], ""))
        else:
            explain(GroupIndex(), (1, 1, a, args.dates[0], ""), (2, 2, b, args.dates[1], ""))
        return 0
    library_path, first, second = args.args
    with Library(Path(library_path)) as library:
        index = library_index(library)
        explain(index, item_row(library, int(first)), item_row(library, int(second)))
        if args.replay:
            replay(library, int(first), int(second))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
