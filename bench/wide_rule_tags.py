"""Which of the app's two_things rules (app/core/corroborate/two_things.py)
refuses which conflict edge of the wide claims, so that each rule and each
set of them is measured on one plant run without running it again.

    .venv/bin/python bench/wide_rule_tags.py collect OUT
    .venv/bin/python bench/wide_rule_tags.py score OUT "RULE,RULE;RULE;..." [VERDICTS.tsv]

`collect` reads OUT (a run of `PLANT_CLAIMS=wide bench/plant_disagreements.py
run OUT`: its unmodified library and its rounds) and finds every wide-claim
edge (plant_claims.hidden_edges) with the rules observed, not applied
(`ClaimJudge._two_things` returns "" after noting which rules found the
two figures apart); each conflict edge is kept with the names of the rules
that would refuse it (OUT/tagged.pkl). `score` prints, for each set of rules
(";" between sets, "," within one, "" for none): the unmodified library's
flags of the tuning part by verdict (bench/verdicts_flags_wide.tsv and the
optional VERDICTS file; "unjudged:KEY" for a flag no one read), the check
part's counted, and plants found and controls flagged by part, scored as
plant_disagreements.py scores them. The facts' own conflicts are read as
stored in each library: run the plants `--again` first for them to follow
the rules. A refused conflict never becomes a "same" edge (judging), so
leaving out the edges a set refuses is what applying it gives, up to word
counts.
"""

from __future__ import annotations

import pickle
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from plant_claims import _key, _part, edge_rows, hidden_edges  # noqa: E402

from app.core.corroborate import judging  # noqa: E402
from app.core.store import Library  # noqa: E402

_TAGS: dict[tuple, set[str]] = {}
_all_rules = judging.ClaimJudge._two_things_all


def _observe(self, a, m, b, echo, marked, loose) -> str:
    found = _all_rules(self, a, m, b, echo, marked, loose)
    if found:
        key = (frozenset((id(a), id(b))), frozenset((m.a.value.value, m.b.value.value)))
        _TAGS.setdefault(key, set()).update(name for name, _ in found)
    return ""


def _libraries(out: Path) -> list[Path]:
    rounds = sorted(out.glob("round*.sqlite"), key=lambda p: int(p.stem[5:]))
    return [out / "unmodified.sqlite", *rounds]


def collect(out: Path) -> int:
    judging.ClaimJudge._two_things = _observe
    tagged = {}
    for path in _libraries(out):
        _TAGS.clear()
        with Library(path) as library:
            edges = hidden_edges(library, wide=True)
        for e in edges:
            sa, sb = e.pop("sigs")
            key = (frozenset((id(sa), id(sb))), frozenset(e["values"]))
            e["tags"] = sorted(_TAGS.get(key, ()))
        tagged[path.stem] = edges
        print(f"{path.stem}: {len(edges)} edges, {sum(bool(e['tags']) for e in edges)} refused")
    (out / "tagged.pkl").write_bytes(pickle.dumps(tagged))
    return 0


def _verdicts(paths: list[Path]) -> dict[str, str]:
    found = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, verdict = line.split("\t")[:2]
                found[key] = verdict
    return found


def score(out: Path, sets: list[str], extra: list[Path]) -> int:
    from plant_disagreements import score as score_round
    from plant_disagreements import unmodified_pairs

    tagged = pickle.loads((out / "tagged.pkl").read_bytes())
    verdicts = _verdicts([ROOT / "bench" / "verdicts_flags_wide.tsv", *extra])
    for named in sets:
        rules = set(filter(None, named.split(",")))

        def kept(edges: list[dict], rules=rules) -> list[dict]:
            return [e for e in edges if not rules & set(e["tags"])]

        base = kept(tagged["unmodified"])
        tune: dict[str, int] = defaultdict(int)
        check = 0
        for e in base:
            if e["relation"] != "conflict" or e["loose"]:
                continue
            fname, a, b, _cited, date = e["claim"]
            _id, ifile, ia, ib, _text, idate = e["item"]
            key = _key([(fname, a, b), (ifile, ia, ib)])
            if _part(date, idate) == "tune":
                tune[verdicts.get(key, "unjudged:" + key)] += 1
            else:
                check += 1
        carried = unmodified_pairs(out / "unmodified.sqlite", edge_rows(base))
        entries = []
        for folder in sorted(out.glob("round*/"), key=lambda f: int(f.name[5:])):
            library = folder.with_suffix(".sqlite")
            entries += score_round(folder, library, carried, edge_rows(kept(tagged[library.stem])))
        results: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for m in entries:
            r = results[(m["role"], m["part"])]
            r[0] += m["found"] if m["role"] == "plant" else m["flagged"]
            r[1] += 1
        table = "  ".join(
            f"{role} {part} {n}/{t}" for (role, part), (n, t) in sorted(results.items())
        )
        print(f"[{named or 'none'}] flags tuning {dict(tune)}, check {check} | {table}")
    return 0


def main() -> int:
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "collect":
        return collect(Path(args[1]))
    if len(args) >= 3 and args[0] == "score":
        return score(Path(args[1]), args[2].split(";"), [Path(p) for p in args[3:]])
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
