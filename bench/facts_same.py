"""Whether two trees find the same facts: every sentence's verdict and every
fact (span and cited form) over all ../shared/realnews articles, undated and
with their publication dates, and the bundled seeds, as `find_facts` and
`sentence_verdicts` give them. A speed change must leave this unchanged.

    .venv/bin/python bench/facts_same.py dump OUT.json [--tree DIR]
    .venv/bin/python bench/facts_same.py compare A.json B.json
    .venv/bin/python bench/facts_same.py agree

`agree` checks that `find_facts` (which asks its tests in the order that
costs least) and `sentence_verdicts` (which asks them in the order that
names each sentence's first failing rule) offer the same facts on texts
the rules were never tuned on: every article with its paragraphs shuffled
twice and cut at a random point (seed 17), undated and dated; a text that
raises is counted too.

`--tree` runs the code of another checkout of the repository (e.g. main
exported with `git archive main | tar -x -C /tmp/main`) with this one's
packages.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT / ".." / "shared" / "realnews"


def texts() -> list[tuple[str, str, str | None]]:
    """(name, text, publication date) of every realnews article and seed."""
    rows = [json.loads(line) for line in open(REALNEWS / "articles.jsonl", encoding="utf-8")]
    out = []
    for row in rows:
        name = f"{row['id']}.txt"
        text = (REALNEWS / "articles" / name).read_text(encoding="utf-8")
        out.append((name, text, row["publication_date"]))
    for path in sorted((ROOT / "resources" / "sources").glob("*.txt")):
        out.append(("seed/" + path.name, path.read_text(encoding="utf-8"), None))
    return out


def dump(out: Path, tree: Path) -> None:
    sys.path.insert(0, str(tree))
    from app.core.extract import extract_items, find_quotes
    from app.core.extract.fact_dates import parse_date
    from app.core.extract.facts import find_facts, sentence_verdicts

    result = {}
    for name, text, day in texts():
        spans = [(q.start, q.end) for q in find_quotes(text)]
        entry = {}
        for label, date in (("undated", None), ("dated", parse_date(day) if day else None)):
            entry[label] = [[f.start, f.end, f.cited] for f in find_facts(text, spans, date)]
            entry[label + " verdicts"] = [
                [a, b, reason, None if f is None else [f.start, f.end, f.cited]]
                for a, b, reason, f in sentence_verdicts(text, spans, date)
            ]
        entry["no quotes given"] = [[f.start, f.end, f.cited] for f in find_facts(text)]
        entry["items"] = [
            [i.kind, i.start, i.end, i.speaker, i.cited] for i in extract_items(text, None, day)
        ]
        result[name] = entry
    out.write_text(json.dumps(result), encoding="utf-8")
    facts = sum(len(e["dated"]) for e in result.values())
    print(f"{out}: {len(result)} texts, {facts} facts (dated)")


def compare(a: Path, b: Path, noun: str = "facts") -> int:
    """The texts whose entries differ between dumps A and B (each key of an
    entry a list of rows), with a few rows only in each; 1 if any differ."""
    left = json.loads(a.read_text(encoding="utf-8"))
    right = json.loads(b.read_text(encoding="utf-8"))
    differ = 0
    if left.keys() != right.keys():
        print("different texts")
        return 1
    for name in left:
        for key in left[name]:
            if left[name][key] != right[name][key]:
                differ += 1
                x = {json.dumps(r) for r in left[name][key]}
                y = {json.dumps(r) for r in right[name][key]}
                print(f"{name} {key}: only in A {sorted(x - y)[:3]}, only in B {sorted(y - x)[:3]}")
    rows = sum(len(e["dated"]) + len(e["undated"]) for e in left.values())
    print(f"{len(left)} texts, {rows} {noun}: {'SAME' if not differ else f'{differ} DIFFER'}")
    return 1 if differ else 0


def agree() -> int:
    import random

    from app.core.extract import find_quotes
    from app.core.extract.fact_dates import parse_date
    from app.core.extract.facts import find_facts, sentence_verdicts

    rng = random.Random(17)
    runs = differ = raised = 0
    for name, text, day in texts():
        paragraphs = text.split("\n")
        variants = [text]
        for _ in range(2):
            shuffled = paragraphs[:]
            rng.shuffle(shuffled)
            variants.append("\n".join(shuffled))
        variants.append(text[rng.randrange(len(text)) :])
        for variant in (v for v in variants if v.strip()):
            spans = [(q.start, q.end) for q in find_quotes(variant)]
            for date in (None, parse_date(day) if day else None):
                runs += 1
                try:
                    quick = [(f.start, f.end, f.cited) for f in find_facts(variant, spans, date)]
                    verdicts = sentence_verdicts(variant, spans, date)
                except Exception as error:  # (counted and shown: the point of this check)
                    raised += 1
                    print(f"{name}: raised {type(error).__name__}: {error}")
                    continue
                offered = [(f.start, f.end, f.cited) for *_, f in verdicts if f is not None]
                if quick != offered:
                    differ += 1
                    print(f"{name} ({date}): {sorted(set(quick) ^ set(offered))[:3]}")
    print(f"{runs} runs: {differ} differ, {raised} raised")
    return 1 if differ or raised else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--tree", type=Path, default=ROOT)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    sub.add_parser("agree")
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.tree.resolve())
    elif args.cmd == "agree":
        sys.path.insert(0, str(ROOT))
        sys.exit(agree())
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
