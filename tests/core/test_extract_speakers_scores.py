"""Quote and speaker scores on real text, through the real CLI and the shared
scorer: the seeds, the dev passages, the hold-outs in tests/data, and a sample
of the check part of ../shared/realnews (news this extractor was never tuned
on). The full realnews run, both parts, is bench/score_realnews.py.

../shared sits beside the repository; without it these tests fail (they do
not skip), so a machine that lacks the data cannot pass them silently.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, ROOT, shared_path

SCORER = DATA / "score_quotes.py"  # a verbatim copy of ../shared/tools/score_quotes.py
_SCORES = re.compile(r"quote_f1=([\d.]+) speaker_acc=([\d.]+) e2e_f1=([\d.]+)")
_PRECISION = re.compile(r"quote precision=([\d.]+) recall=([\d.]+)")
CHECK_FROM = "2016-07-01"  # realnews: articles from this date on are the check part


def _score(files: list[Path], gold: Path, tmp_path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "main.py", "quotes", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(out.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    m = _SCORES.search(scored.stdout)
    p = _PRECISION.search(scored.stdout)
    assert m and p, scored.stdout
    f1, speaker_acc, e2e = (float(x) for x in m.groups())
    precision, recall = (float(x) for x in p.groups())
    return {
        "f1": f1,
        "speaker_acc": speaker_acc,
        "e2e": e2e,
        "precision": precision,
        "recall": recall,
    }


def test_the_scorer_copy_is_the_shared_scorer():
    shared_scorer = shared_path("tools", "score_quotes.py").read_text(encoding="utf-8")
    assert SCORER.read_text(encoding="utf-8") == shared_scorer


def test_seeds_score_perfectly(tmp_path):
    files = sorted((ROOT / "resources" / "sources").glob("*.txt"))
    assert len(files) == 5
    scores = _score(files, shared_path("gold", "seed_quotes.jsonl"), tmp_path)
    assert (scores["f1"], scores["speaker_acc"], scores["e2e"]) == (1.0, 1.0, 1.0)


def test_dev_set_scores_stay_above_the_measured_floor(tmp_path):
    """Measured 0.992 / 0.984 (tuned on it); "called the deal a "win-win""
    is a partial quote now, which this gold leaves out, and a quote followed
    by "-- that was X" is left without a speaker."""
    files = sorted((DATA / "dev").glob("dev_*.txt"))
    assert len(files) >= 40
    scores = _score(files, DATA / "dev" / "gold.jsonl", tmp_path)
    assert scores["f1"] >= 0.97 and scores["speaker_acc"] >= 0.95 and scores["e2e"] >= 0.93


HOLDOUTS = {
    # folder: (file pattern, at least this many files, quote F1 floor, speaker floor)
    # holdout2: 25 full-length articles, measured 0.962 / 0.983; the British
    # single-mark article is not read (17 of its misses).
    "holdout2": ("h2_*.txt", 25, 0.955, 0.975),
    # holdout3: 25 longer articles, measured 0.996 / 0.974.
    "holdout3": ("h3_*.txt", 25, 0.99, 0.965),
    # holdout4: 20 articles in new subjects, measured 0.991 / 0.935.
    "holdout4": ("h4_*.txt", 20, 0.98, 0.925),
    # holdout5: 13 everyday US articles, measured 0.997 / 0.995 (a real partial
    # quote its gold lacks counts against precision).
    "holdout5": ("h5_*.txt", 13, 0.99, 0.98),
}


def test_holdouts_stay_above_their_measured_floors(tmp_path):
    for name, (pattern, count, f1_floor, speaker_floor) in HOLDOUTS.items():
        folder = DATA / name
        files = sorted(folder.glob(pattern))
        assert len(files) >= count, name
        scores = _score(files, folder / "gold.jsonl", tmp_path)
        assert scores["f1"] >= f1_floor, (name, scores)
        assert scores["speaker_acc"] >= speaker_floor, (name, scores)


def _check_part_sample() -> tuple[list[Path], list[str]]:
    """Every third article of the realnews check part, and their gold lines."""
    rows = [
        json.loads(line)
        for line in shared_path("realnews", "articles.jsonl").open(encoding="utf-8")
    ]
    ids = sorted(r["id"] for r in rows if r["publication_date"] >= CHECK_FROM)[::3]
    files = [shared_path("realnews", "articles", f"{i}.txt") for i in ids]
    wanted = {f"{i}.txt" for i in ids}
    gold = [
        line
        for line in shared_path("realnews", "gold.jsonl").open(encoding="utf-8")
        if json.loads(line)["source"] in wanted
    ]
    return files, gold


def test_realnews_check_part_sample_stays_above_the_measured_floor(tmp_path):
    """61 articles of news nobody here wrote or tuned on (every third of the
    check part). Measured on this sample: quote F1 0.968, speaker accuracy
    0.874; bench/score_realnews.py gives the whole part's figures."""
    files, gold_lines = _check_part_sample()
    assert len(files) >= 60 and len(gold_lines) >= 400
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(gold_lines), encoding="utf-8")
    scores = _score(files, gold, tmp_path)
    assert scores["f1"] >= 0.96 and scores["speaker_acc"] >= 0.865, scores
