"""Whether two trees give the same items: every item of `extract_items`
(kind, start, end, text, speaker, role, cited form) over all
../shared/realnews articles, undated and with their publication dates, and
the bundled seeds. A speed change must leave this unchanged.

    .venv/bin/python bench/extract_same.py dump OUT.json [--tree DIR]
    .venv/bin/python bench/extract_same.py compare A.json B.json

`--tree` runs the code of another checkout of the repository (e.g. main
exported with `git archive main | tar -x -C /tmp/main`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from facts_same import compare, texts  # noqa: E402


def dump(out: Path, tree: Path) -> None:
    sys.path.insert(0, str(tree))
    from app.core.extract import extract_items

    result = {}
    for name, text, day in texts():
        result[name] = {
            label: [
                [i.kind, i.start, i.end, text[i.start : i.end], i.speaker, i.speaker_role, i.cited]
                for i in extract_items(text, None, date)
            ]
            for label, date in (("undated", None), ("dated", day))
        }
    out.write_text(json.dumps(result), encoding="utf-8")
    items = sum(len(e["dated"]) for e in result.values())
    print(f"{out}: {len(result)} texts, {items} items (dated)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--tree", type=Path, default=ROOT)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.tree.resolve())
        return 0
    return compare(args.a, args.b, noun="items")


if __name__ == "__main__":
    sys.exit(main())
