"""Quote and speaker scores on ../shared/realnews, tuning and check parts.

The realnews README splits its 839 articles by date: before 2016-07-01 is the
tuning part (read its errors, fix what is general), 2016-07-01 or later the
check part (score it, never read its errors). This script runs `find_quotes`
(what `main.py quotes` prints) over both parts and scores them with the
shared scorer's own matching and speaker rules (the copy in tests/data),
grouped by source so it takes seconds instead of minutes. It prints, per part:

- quote precision / recall / F1, speaker accuracy and end-to-end F1, exactly
  as `score_quotes.py` computes them (unresolved gold speakers left out);
- speaker precision: of the judged quotes given a speaker, how many have the
  right one (speaker accuracy counts a quote left without one as wrong, this
  does not), and coverage, the share given one;
- recall and speaker accuracy per `speaker_resolution` class: named
  (name_mention*), pronoun (pronoun_auto_agree), both together, and nominal
  ("the report", "a spokeswoman") apart;
- partial quotes (quote marks inside paraphrase): recall of the gold partial
  quotes, and precision of the predictions that stand inside a sentence of
  paraphrase (see `_reads_partial`), with their speaker accuracy.

    .venv/bin/python bench/score_realnews.py            # both parts
    .venv/bin/python bench/score_realnews.py --show     # + tuning errors, in context
    .venv/bin/python bench/score_realnews.py --holdouts # + seeds and tests/data hold-outs
    .venv/bin/python bench/score_realnews.py --drop-evidence colon,lead-in
        # as if the weaker evidence (Quote.evidence) named no one
    .venv/bin/python bench/score_realnews.py --split 2016-01-01,2016-03-01,2016-05-01
        # + inner folds: the tuning part cut at those dates, and by outlet,
        # each fold per class (aggregates only)
    .venv/bin/python bench/score_realnews.py --part tuning --save /tmp/a.json
    ... change a rule ...
    .venv/bin/python bench/score_realnews.py --part tuning --against /tmp/a.json
        # per inner fold (quarter, outlet): how many more (or fewer) quotes
        # get the right speaker, per class, and partial quotes kept right/wrong

A rule tuned on the tuning part's errors should lift every inner fold, not
only the one its examples came from: `--split` and `--against` show whether
it does before the check part is scored. Both read the tuning part only.

`--show` prints the tuning part's errors only; the check part's are never shown.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.extract import find_quotes  # noqa: E402

REALNEWS = ROOT / ".." / "shared" / "realnews"
CHECK_FROM = "2016-07-01"
NAMED = ("name_mention", "name_mention_completed")
PRONOUN = ("pronoun_auto_agree",)
NOMINAL = ("nominal_mention",)

_spec = importlib.util.spec_from_file_location("score_quotes", ROOT / "tests/data/score_quotes.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

# Where a full quote's sentence opens: nothing, or a lead-in ending in a
# colon or comma (`She said: "...`, `He added, "...`).
_FULL_LEAD = re.compile(r"(?:^|[:,\u2014\u2013-])\s*$")


def articles() -> list[dict]:
    """The rows of articles.jsonl (id, publisher, publication_date, ...)."""
    with open(REALNEWS / "articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parts() -> dict[str, list[str]]:
    """Article ids of the tuning and check parts."""
    out: dict[str, list[str]] = {"tuning": [], "check": []}
    for row in articles():
        out["check" if row["publication_date"] >= CHECK_FROM else "tuning"].append(row["id"])
    return out


def date_folds(cuts: list[str]) -> dict[str, str]:
    """Source file name -> inner fold of the tuning part: the dates in
    `cuts` (sorted) cut it into len(cuts) + 1 spans, named by their start."""
    out = {}
    for row in articles():
        date = row["publication_date"]
        if date >= CHECK_FROM:
            continue
        starts = [c for c in cuts if c <= date]
        out[f"{row['id']}.txt"] = f"from {starts[-1]}" if starts else f"before {cuts[0]}"
    return out


def outlets() -> dict[str, str]:
    """Source file name -> publisher."""
    return {f"{row['id']}.txt": row["publisher"] for row in articles()}


def load_gold() -> dict[str, list[dict]]:
    by_source: dict[str, list[dict]] = defaultdict(list)
    with open(REALNEWS / "gold.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_source[row["source"]].append(row)
    return by_source


def predict(
    ids: list[str], drop: frozenset[str] = frozenset()
) -> tuple[dict[str, list[dict]], dict[str, str], float, int]:
    """`main.py quotes` rows per source, the texts, CPU seconds and bytes;
    speakers named by an evidence in `drop` are left out (to measure how
    accuracy and precision move if the weaker evidence named no one)."""
    preds: dict[str, list[dict]] = {}
    texts: dict[str, str] = {}
    seconds = 0.0
    size = 0
    for art in ids:
        name = f"{art}.txt"
        text = (REALNEWS / "articles" / name).read_text(encoding="utf-8")
        texts[name] = text
        size += len(text.encode("utf-8"))
        t0 = time.process_time()
        quotes = find_quotes(text)
        seconds += time.process_time() - t0
        preds[name] = [
            {
                "source": name,
                "start": q.start,
                "end": q.end,
                "speaker": None if q.evidence in drop else q.speaker,
            }
            for q in quotes
        ]
    return preds, texts, seconds, size


def _reads_partial(text: str, start: int) -> bool:
    """A quote standing inside a sentence of paraphrase (`called it "rigged"`):
    words of the sentence come before its opening mark, not ended by a colon
    or a comma."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line : start - 1]
    cut = max(head.rfind(". "), head.rfind('" '), head.rfind("\u201d "), head.rfind("? "))
    head = head[cut + 2 :] if cut >= 0 else head
    return bool(head.strip()) and not _FULL_LEAD.search(head)


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict | None]]:
    """The scorer's matching, per source: each prediction in order takes the
    unused gold quote it overlaps most (at least half the union)."""
    used: set[int] = set()
    out = []
    for p in pred:
        best, best_i = 0.0, None
        for i, g in enumerate(gold):
            if i in used:
                continue
            o = scorer.overlap(p, g)
            if o > best:
                best, best_i = o, i
        if best_i is not None and best >= 0.5:
            used.add(best_i)
            out.append((p, gold[best_i]))
        else:
            out.append((p, None))
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


class Tally:
    def __init__(self) -> None:
        self.n_gold = self.n_pred = self.tp = self.right = self.skipped = self.null_gold = 0
        self.named = 0  # judged quotes given a speaker (not None)
        self.cls = defaultdict(lambda: [0, 0, 0])  # class -> [gold, matched, right]
        self.partial = [0, 0, 0, 0, 0]  # gold, gold matched, pred, pred matched, pred right
        self.errors: list[tuple[str, str, dict, dict | None]] = []

    def add(self, gold: list[dict], pred: list[dict], text: str) -> None:
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        self.null_gold += sum(g.get("speaker") is None for g in gold)
        pairs = match(gold, pred)
        hit = {id(g) for _p, g in pairs if g is not None}
        for g in gold:
            c = self.cls[g.get("speaker_resolution", "")]
            c[0] += 1
            if g.get("quote_type") == "partial":
                self.partial[0] += 1
                self.partial[1] += id(g) in hit
            if id(g) not in hit:
                self.errors.append(("MISSED", g["source"], g, None))
        for p, g in pairs:
            partial = _reads_partial(text, p["start"])
            self.partial[2] += partial
            if g is None:
                self.errors.append(("FALSE POSITIVE", p["source"], p, None))
                continue
            self.tp += 1
            self.partial[3] += partial
            c = self.cls[g.get("speaker_resolution", "")]
            c[1] += 1
            if g.get("speaker") is None:
                self.skipped += 1
                continue
            ok = scorer.same_speaker(p.get("speaker"), g)
            self.right += ok
            self.named += p.get("speaker") is not None
            c[2] += ok
            self.partial[4] += partial and ok
            if not ok:
                self.errors.append(("WRONG SPEAKER", p["source"], p, g))

    def by_class(self, classes: tuple[str, ...]) -> tuple[int, int, int]:
        """Gold, matched and right-speaker counts over `classes`."""
        g, m, r = (sum(self.cls[c][k] for c in classes) for k in range(3))
        return g, m, r

    def row(self) -> str:
        """One line: speaker accuracy overall and per class, with counts,
        and the precision of the partial quotes kept."""
        judged = self.tp - self.skipped
        cells = [f"all {_ratio(self.right, judged):.3f} ({judged:4d})"]
        for label, classes in (("named", NAMED), ("pronoun", PRONOUN), ("nominal", NOMINAL)):
            _g, m, r = self.by_class(classes)
            cells.append(f"{label} {_ratio(r, m):.3f} ({m:4d})")
        cells.append(f"partial P {_ratio(self.partial[3], self.partial[2]):.3f}")
        return "  ".join(cells)

    def report(self, name: str) -> dict[str, float]:
        prec, rec = _ratio(self.tp, self.n_pred), _ratio(self.tp, self.n_gold)
        judged = self.tp - self.skipped
        spk = _ratio(self.right, judged)
        e2e = _f1(
            _ratio(self.right, self.n_pred - self.skipped),
            _ratio(self.right, self.n_gold - self.null_gold),
        )
        figures = {"quote_f1": _f1(prec, rec), "speaker_acc": spk, "e2e_f1": e2e}
        print(f"{name}: gold={self.n_gold} predicted={self.n_pred} matched={self.tp}")
        print(f"  quote precision={prec:.3f} recall={rec:.3f}")
        print(f"  quote_f1={figures['quote_f1']:.3f} speaker_acc={spk:.3f} e2e_f1={e2e:.3f}")
        # The other way round: of the speakers given, how many are right (a
        # wrong name is worse than none), and how many quotes get one.
        figures["speaker_precision"] = _ratio(self.right, self.named)
        print(
            f"  speakers given: precision={figures['speaker_precision']:.3f} "
            f"coverage={_ratio(self.named, judged):.3f} (no speaker: {judged - self.named})"
        )
        for label, classes in (
            ("named", NAMED),
            ("pronoun", PRONOUN),
            ("named+pronoun", NAMED + PRONOUN),
            ("nominal", NOMINAL),
        ):
            g, m, r = self.by_class(classes)
            figures[f"{label}_speaker_acc"] = _ratio(r, m)
            print(
                f"  {label:14s} gold={g:5d} recall={_ratio(m, g):.3f} speaker_acc={_ratio(r, m):.3f}"
            )
        g, gm, pr, pm, pright = self.partial
        figures["partial_recall"], figures["partial_precision"] = _ratio(gm, g), _ratio(pm, pr)
        print(
            f"  partial quotes: gold={g} recall={_ratio(gm, g):.3f}; "
            f"predicted={pr} precision={_ratio(pm, pr):.3f}"
        )
        return figures


HOLDOUTS = {
    "seeds": (
        ROOT / "resources" / "sources",
        "*.txt",
        ROOT / ".." / "shared" / "gold" / "seed_quotes.jsonl",
    ),
    "dev": (ROOT / "tests/data/dev", "dev_*.txt", ROOT / "tests/data/dev/gold.jsonl"),
    **{
        f"holdout{k}": (
            ROOT / f"tests/data/holdout{k}",
            f"h{k}_*.txt",
            ROOT / f"tests/data/holdout{k}/gold.jsonl",
        )
        for k in range(2, 6)
    },
}


def holdouts() -> None:
    """Quote F1 and speaker accuracy on the seeds and the hold-outs of tests/data."""
    for name, (folder, pattern, gold_path) in HOLDOUTS.items():
        gold: dict[str, list[dict]] = defaultdict(list)
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold[row["source"]].append(row)
        tally = Tally()
        for path in sorted(folder.glob(pattern)):
            text = path.read_text(encoding="utf-8")
            pred = [
                {"source": path.name, "start": q.start, "end": q.end, "speaker": q.speaker}
                for q in find_quotes(text)
            ]
            tally.add(gold.get(path.name, []), pred, text)
        prec, rec = _ratio(tally.tp, tally.n_pred), _ratio(tally.tp, tally.n_gold)
        spk = _ratio(tally.right, tally.tp - tally.skipped)
        print(
            f"{name:9s} gold={tally.n_gold:4d} quote_f1={_f1(prec, rec):.3f} speaker_acc={spk:.3f}"
        )


def show(tally: Tally, texts: dict[str, str]) -> None:
    """The tuning part's errors, each with the text around it."""
    for kind, source, row, gold in tally.errors:
        text = texts[source]
        a, b = row["start"], row["end"]
        context = text[max(0, a - 300) : a] + "[[" + text[a:b] + "]]" + text[b : b + 120]
        context = context.replace("\n", " / ")
        who = ""
        if kind == "WRONG SPEAKER":
            who = f" pred={row.get('speaker')!r} gold={gold['speaker']!r} ({gold['speaker_resolution']})"
        elif kind == "MISSED":
            who = f" gold={row.get('speaker')!r} ({row['quote_type']})"
        print(f"\n{kind} {source} {a}{who}\n  {context}")


def _fold_order(fold: str) -> tuple[bool, bool, str]:
    """All first, then the spans of dates, then the outlets."""
    return fold != "all", not fold.startswith(("before", "from")), fold


def fold_names(cuts: list[str]) -> dict[str, list[str]]:
    """Source file name -> the inner folds it is in: a span of dates (cut
    at `cuts`) and its outlet. The tuning part only."""
    publisher = outlets()
    return {name: [fold, publisher[name]] for name, fold in date_folds(cuts).items()}


def inner(cuts: list[str], gold: dict[str, list[dict]], preds: dict, texts: dict[str, str]) -> None:
    """Speaker accuracy per class and partial precision in each inner fold of
    the tuning part (dates, then outlets): aggregate figures only."""
    folds: dict[str, Tally] = defaultdict(Tally)
    for name, names in fold_names(cuts).items():
        for fold in names:
            folds[fold].add(gold.get(name, []), preds[name], texts[name])
    for fold in sorted(folds, key=_fold_order):
        print(f"  [{fold:18s}] {folds[fold].row()}")


def _fold_counts(
    cuts: list[str], gold: dict[str, list[dict]], preds: dict, texts: dict[str, str]
) -> dict[str, list[int]]:
    """Per inner fold: right speakers among named, pronoun and nominal gold
    quotes, partial quotes kept that are gold, and those that are not."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for name, names in fold_names(cuts).items():
        text = texts[name]
        for p, g in match(gold.get(name, []), preds[name]):
            c = [0, 0, 0, 0, 0]
            if _reads_partial(text, p["start"]):
                c[3 if g is not None else 4] = 1
            if (
                g is not None
                and g.get("speaker") is not None
                and scorer.same_speaker(p["speaker"], g)
            ):
                kind = g.get("speaker_resolution", "")
                c[0 if kind in NAMED else 1 if kind in PRONOUN else 2] = 1
            for fold in [*names, "all"]:
                out[fold] = [a + b for a, b in zip(out[fold], c, strict=True)]
    return out


def against(path: str, cuts: list[str], gold, preds, texts) -> None:
    """Per inner fold, how the current speakers and partial quotes differ
    from those saved in `path` (`--save`): right speakers gained or lost per
    class, partial quotes kept right (gold) or wrong."""
    saved = json.loads(Path(path).read_text(encoding="utf-8"))
    before = _fold_counts(cuts, gold, saved, texts)
    now = _fold_counts(cuts, gold, preds, texts)
    print("  change against", path, "(right named / pronoun / nominal; partial kept gold / not)")
    for fold in sorted(now, key=_fold_order):
        d = [b - a for a, b in zip(before[fold], now[fold], strict=True)]
        print(f"  [{fold:18s}] {d[0]:+4d} {d[1]:+4d} {d[2]:+4d}   partial {d[3]:+4d} {d[4]:+4d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print the tuning part's errors")
    ap.add_argument("--holdouts", action="store_true", help="also score seeds and hold-outs")
    ap.add_argument("--part", choices=("tuning", "check", "both"), default="both")
    ap.add_argument(
        "--split",
        metavar="DATES",
        help="inner folds: cut the tuning part at these comma-separated dates"
        " (e.g. 2016-01-01,2016-03-01,2016-05-01), score per fold, class and outlet",
    )
    ap.add_argument("--save", metavar="FILE", help="write the tuning part's predictions to FILE")
    ap.add_argument(
        "--against",
        metavar="FILE",
        help="per inner fold, the change from the predictions saved with --save",
    )
    ap.add_argument(
        "--drop-evidence",
        default="",
        help="comma-separated evidence kinds whose speakers are left out (colon,lead-in,...)",
    )
    args = ap.parse_args()
    if not REALNEWS.is_dir():
        sys.exit(f"{REALNEWS} not found: the realnews set sits next to the repository")
    gold = load_gold()
    for part, ids in parts().items():
        if args.part not in (part, "both"):
            continue
        drop = frozenset(e for e in args.drop_evidence.split(",") if e)
        preds, texts, seconds, size = predict(ids, drop)
        tally = Tally()
        for name in texts:
            tally.add(gold.get(name, []), preds[name], texts[name])
        tally.report(f"{part} part ({len(ids)} articles)")
        print(f"  find_quotes: {size / 1e6 / seconds:.2f} MB/s CPU over {size / 1e6:.2f} MB")
        cuts = sorted((args.split or "2016-01-01,2016-03-01,2016-05-01").split(","))
        if part == "tuning" and args.split:
            inner(cuts, gold, preds, texts)
        if part == "tuning" and args.save:
            Path(args.save).write_text(json.dumps(preds), encoding="utf-8")
        if part == "tuning" and args.against:
            against(args.against, cuts, gold, preds, texts)
        if args.show and part == "tuning":
            show(tally, texts)
    if args.holdouts:
        holdouts()


if __name__ == "__main__":
    main()
