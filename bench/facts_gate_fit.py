"""Fits the confidence gate of bench/fact_gate.py (measured, not shipped).

Data: the judged tuning facts of bench/facts_tune_verdicts_*.tsv (source,
start, end, verdict). Each judged span is looked up among the facts the
finder offers NOW on the tuning part (each article with its publication
date, the gate off); a span no longer offered is skipped, and its current
cited form is the one the features read. A span judged more than once keeps
its latest verdict. The strict rounds (files _22 to _36, judged as the blind
check-part judges judge) weigh 1; the older, more lenient files (_4 to _12)
weigh half as much (--old 0.5, the default; 0 leaves them out: AUC 0.615
against 0.620, the kept-ok rates within half a point) and never count in
the tables, which read strict verdicts only. Files after FITTED_UP_TO judge
the fitted gate and are never fitted on. Every article the finder reads
here is dated (as the bench and an import with metadata date them), so the
gate is fitted on dated sources only and `fact_gate` weighs those alone.

Model: logistic regression over the standardised features, an L2 penalty
(--l2, 30 by default: 3, 10, 30, 100 and 300 give AUC 0.612-0.628 and a
best kept-ok rate, at most 1 good fact in 6 lost, of 75.9-76.6%: within
the noise of 704 verdicts), fitted by Newton's method in pure Python.
Cross-validated BY ARTICLE (5 folds, articles shuffled with seed 37): for
each threshold, the kept facts' "ok" rate and the share of good facts lost,
from the out-of-fold probabilities.

    .venv/bin/python bench/facts_gate_fit.py            # CV table, weights printed
    .venv/bin/python bench/facts_gate_fit.py --write T  # also writes the weights and threshold T
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import fact_gate  # noqa: E402
from bench_facts import articles, published  # noqa: E402

from app.core.extract.facts import find_facts  # noqa: E402

STRICT_FROM = 22
# The last round fitted on: bench/facts_tune_verdicts_37.tsv (and later) judge
# the fitted gate and are never fitted on.
FITTED_UP_TO = 36
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.57, 0.6, 0.62, 0.65)


def verdicts(old_weight: float) -> dict[tuple[str, int, int], tuple[int, float, int]]:
    """{(source, start, end): (1 if ok else 0, weight, round)}, latest verdict."""
    out: dict[tuple[str, int, int], tuple[int, float, int]] = {}
    files = sorted(
        ROOT.glob("bench/facts_tune_verdicts_*.tsv"),
        key=lambda p: int(re.search(r"_(\d+)\.tsv$", p.name).group(1)),
    )
    for path in files:
        n = int(re.search(r"_(\d+)\.tsv$", path.name).group(1))
        if n > FITTED_UP_TO:
            continue
        weight = 1.0 if n >= STRICT_FROM else old_weight
        header = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells, strict=False))
            if row.get("verdict") not in ("ok", "no"):
                continue
            key = (row["source"], int(row["start"]), int(row["end"]))
            out[key] = (int(row["verdict"] == "ok"), weight, n)
    return out


def dataset(old_weight: float):
    """Rows (features, label, weight, article, strict) of every judged fact
    still offered; and how many judged spans were skipped."""
    fact_gate.MODEL = ()  # the gate off: every fact the rules offer
    judged = verdicts(old_weight)
    names = {name for name, _, _ in judged}
    dates = published()
    rows, found = [], set()
    for name, text in articles("tune"):
        if name not in names:
            continue
        for f in find_facts(text, published=dates[name]):
            key = (name, f.start, f.end)
            if key in judged:
                label, weight, n = judged[key]
                x = fact_gate.features(text, f.start, f.cited_text(text))
                rows.append((x, label, weight, name, n >= STRICT_FROM))
                found.add(key)
    return rows, len(judged) - len(found)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination, partial pivoting)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows, l2: float):
    """(means, scales, weights): a penalised logistic regression over the
    rows of weight > 0."""
    rows = [r for r in rows if r[2] > 0]
    d = len(rows[0][0])
    total = sum(r[2] for r in rows)
    means = [sum(r[0][j] * r[2] for r in rows) / total for j in range(d)]
    scales = [
        math.sqrt(sum(r[2] * (r[0][j] - means[j]) ** 2 for r in rows) / total) or 1.0
        for j in range(d)
    ]
    means[0], scales[0] = 0.0, 1.0
    z = [[(v - m) / s for v, m, s in zip(r[0], means, scales, strict=True)] for r in rows]
    beta = [0.0] * d
    for _ in range(30):
        grad = [l2 * b for b in beta]
        grad[0] = 0.0
        hess = [[0.0] * d for _ in range(d)]
        for j in range(d):
            hess[j][j] = (l2 if j else 0.0) + 1e-9
        for zi, r in zip(z, rows, strict=True):
            p = _sigmoid(sum(b * v for b, v in zip(beta, zi, strict=True)))
            g = r[2] * (p - r[1])
            h = r[2] * p * (1 - p)
            for j in range(d):
                grad[j] += g * zi[j]
                hj = h * zi[j]
                row = hess[j]
                for k in range(j, d):
                    row[k] += hj * zi[k]
        for j in range(d):
            for k in range(j):
                hess[j][k] = hess[k][j]
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return means, scales, beta


def predict(model, x: list[float]) -> float:
    means, scales, beta = model
    return _sigmoid(sum(b * (v - m) / s for b, v, m, s in zip(beta, x, means, scales, strict=True)))


def auc(scored: list[tuple[float, int]]) -> float:
    good = [p for p, y in scored if y]
    bad = [p for p, y in scored if not y]
    wins = sum((g > b) + 0.5 * (g == b) for g in good for b in bad)
    return wins / max(1, len(good) * len(bad))


def cross_validate(rows, l2: float) -> list[float]:
    """Out-of-fold probabilities, 5 folds by article."""
    names = sorted({r[3] for r in rows})
    random.Random(37).shuffle(names)
    fold = {a: i % 5 for i, a in enumerate(names)}
    out = [0.0] * len(rows)
    for k in range(5):
        model = fit([r for r in rows if fold[r[3]] != k], l2)
        for i, r in enumerate(rows):
            if fold[r[3]] == k:
                out[i] = predict(model, r[0])
    return out


def table(rows, p: list[float]) -> None:
    scored = [(q, r[1]) for q, r in zip(p, rows, strict=True) if r[4]]
    good = sum(y for _, y in scored)
    bad = len(scored) - good
    print(
        f"  strict facts {len(scored)}: {good} ok ({100 * good / len(scored):.1f}%),"
        f" AUC {auc(scored):.3f}"
    )
    print("  threshold  kept  ok-rate kept  good lost      bad dropped   dropped")
    for t in THRESHOLDS:
        kept = [y for q, y in scored if q >= t]
        lost = good - sum(kept)
        dropped_bad = bad - (len(kept) - sum(kept))
        print(
            f"  {t:9.2f}  {len(kept):4d}  {100 * sum(kept) / max(1, len(kept)):11.1f}%"
            f"  {lost:3d} ({100 * lost / good:4.1f}%)  {dropped_bad:4d} of {bad}"
            f"  {len(scored) - len(kept):6d}"
        )


def write(model, threshold: float) -> None:
    means, scales, beta = model
    path = ROOT / "bench" / "fact_gate.py"
    source = path.read_text(encoding="utf-8")
    lines = [
        f"    ({m:.4f}, {s:.4f}, {b:+.4f}),  # {name}"
        for m, s, b, name in zip(means, scales, beta, fact_gate.NAMES, strict=True)
    ]
    block = (
        "MODEL: tuple[tuple[float, float, float], ...] = (\n"
        + "\n".join(lines)
        + f"\n)\nTHRESHOLD = {threshold}\n"
    )
    source = re.sub(r"MODEL: tuple\[.*?\nTHRESHOLD = [0-9.]+\n", block, source, flags=re.S)
    path.write_text(source, encoding="utf-8")
    print(f"written to {path.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=float, default=0.5, help="weight of the lenient rounds")
    parser.add_argument("--l2", type=float, default=30.0, help="the L2 penalty")
    parser.add_argument("--write", type=float, metavar="T", help="write the weights, threshold T")
    args = parser.parse_args()
    rows, skipped = dataset(args.old)
    strict = sum(r[4] for r in rows)
    print(
        f"judged facts still offered: {len(rows)} ({strict} strict, {len(rows) - strict}"
        f" older, weight {args.old}); {skipped} judged spans no longer offered (skipped);"
        f" {len({r[3] for r in rows})} articles"
    )
    p = cross_validate(rows, args.l2)
    print(f"5-fold cross-validation by article, L2 {args.l2}:")
    table(rows, p)
    model = fit(rows, args.l2)
    print("weights (standardised features), all data:")
    for name, b in sorted(zip(fact_gate.NAMES, model[2], strict=True), key=lambda r: -abs(r[1])):
        print(f"  {b:+.3f}  {name}")
    if args.write is not None:
        write(model, args.write)


if __name__ == "__main__":
    main()
