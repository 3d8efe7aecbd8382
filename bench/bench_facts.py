"""Facts: speed against the extractor before issue #17, and the counting
measures of BENCHMARKS.md ("Facts").

Speed: `find_facts` (quote spans given, as `extract_items` calls it) and
the pre-#17 extractor kept verbatim in bench/facts_baseline.py, run over the
same texts in the same process, interleaved, best of 5 rounds of CPU time;
`find_facts` again with each article's publication date (as an import with
the set's metadata calls it: relative times are dated), and `find_quotes`,
to show what an import's extraction (quotes + facts) costs before and after.
The ratio the target reads is `find_facts` (no date) to the baseline.
The texts are ../shared/realnews (all 839 articles) when it is there, else
the bundled seeds repeated.

Measures, over the facts of the realnews check part (articles dated
2016-07-01 or later; --part tune for the tuning part):
- facts with quote marks other than around a title or a term (a quoted
  stretch that is not title case, or holds more than four words);
- facts whose cited form opens with a pronoun or a demonstrative subject
  ("It", "That's", "He", "They" ...), and how many carry a resolved bracket;
- headline-like facts (mostly capitalized words), facts holding
  "should"/"must";
- the reasons sentences were not offered.

With --sample N: N facts of the part drawn at random (--seed, 2017 by
default as for bench/facts_check_verdicts.tsv; 2018 for
bench/facts_check_verdicts_2.tsv; 2026 for bench/facts_check_verdicts_3.tsv;
2027 for bench/facts_check_verdicts_4.tsv; --part tune, 3101 and 3200 drew
bench/facts_tune_verdicts.tsv, 4101 and 4102 bench/facts_tune_verdicts_4.tsv,
6107 bench/facts_tune_verdicts_6.tsv, 7103 and 7104
bench/facts_tune_verdicts_7.tsv, under earlier rules; 8105 and 8106
bench/facts_tune_verdicts_8.tsv; 7101 bench/facts_tune_verdicts_9.tsv (on
main at 44c4907); 2029 and 2030 for bench/facts_check_verdicts_6.tsv), one a line: source, start, end and the
cited form, for judging by hand (the text goes to the terminal only). The
facts are found with each article's publication date, as an import with
the set's metadata finds them: "Tuesday" is cited with its date.

With --recall: how many of the tuning-part sentences judged by hand as
worth citing (bench/facts_tune_recall.tsv: they name their subject and
state a number, a date, a vote or a decision) are offered, by the pre-#17
extractor and now, and why the others are not.

    .venv/bin/python bench/bench_facts.py [--part check|tune] [--speed-only]
    .venv/bin/python bench/bench_facts.py --part check --sample 100 --seed 2027
    .venv/bin/python bench/bench_facts.py --recall
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import platform
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import facts_baseline  # noqa: E402

from app.core.extract import find_quotes  # noqa: E402
from app.core.extract.fact_dates import parse_date  # noqa: E402
from app.core.extract.facts import find_facts, sentence_verdicts  # noqa: E402

REALNEWS = ROOT / ".." / "shared" / "realnews"
ROUNDS = 5
CHECK_FROM = "2016-07-01"

_QUOTED = re.compile("[\"\u201c\u201d]([^\"\u201c\u201d]{1,200})[\"\u201c\u201d]|''([^']{1,200})''")
_SMALL = frozenset("a an the of in at on for to and or but with by as from vs".split())
_OPENER = re.compile(
    r"(?:It|Its|It's|That|That's|This|These|Those|He|She|His|Her|They|Their|We|I)\b"
    r"|(?:It|That|He|She|They)[\u2019']"
)
_TIME_AFTER = re.compile(r"(?:This|That|These|Those) (?:year|week|month|morning|day|time)\b")


def articles(part: str | None) -> list[tuple[str, str]]:
    """(file name, text) of the realnews articles of `part` ("check",
    "tune" or None for all)."""
    rows = [json.loads(line) for line in open(REALNEWS / "articles.jsonl", encoding="utf-8")]
    out = []
    for row in rows:
        late = row["publication_date"] >= CHECK_FROM
        if part is None or late == (part == "check"):
            name = f"{row['id']}.txt"
            out.append((name, (REALNEWS / "articles" / name).read_text(encoding="utf-8")))
    return out


def published() -> dict[str, dt.date | None]:
    """{file name: publication date} of every article, as an import with
    the set's metadata knows it."""
    rows = [json.loads(line) for line in open(REALNEWS / "articles.jsonl", encoding="utf-8")]
    return {f"{row['id']}.txt": parse_date(row["publication_date"]) for row in rows}


def _title_like(words: list[str]) -> bool:
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def quote_not_term(text: str) -> bool:
    """A quoted stretch that is not a title (title case) or a short term."""
    for m in _QUOTED.finditer(text):
        words = (m.group(1) or m.group(2)).split()
        if not _title_like(words) and len(words) > 4:
            return True
    return False


def headline_like(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    big = [w for w in words if w.lower() not in _SMALL]
    return len(big) >= 4 and sum(w[0].isupper() for w in big) >= 0.8 * len(big)


def measures(part: str) -> None:
    docs = articles(part)
    dates = published()
    facts = 0
    counts: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    for name, text in docs:
        for _a, _b, reason, fact in sentence_verdicts(text, published=dates[name]):
            reasons[reason or "fact"] += 1
            if fact is None:
                continue
            facts += 1
            cited = fact.cited_text(text)
            source = text[fact.start : fact.end]
            counts["quote marks, not a title or term"] += quote_not_term(source)
            counts["quote marks of any kind"] += bool(re.search("[\"\u201c\u201d]|''", source))
            opens = bool(_OPENER.match(cited)) and not _TIME_AFTER.match(cited)
            counts["opens with an unresolved pronoun/demonstrative"] += opens
            counts["carry a bracket (a person, a name, a date)"] += bool(
                re.match(r"[^\[]*\[[^\]]{2,}\]", cited)
            )
            counts["headline-like (mostly capitalized)"] += headline_like(source)
            counts["holds should / must"] += bool(re.search(r"\b(?:should|must)\b", source, re.I))
    print(f"{part} part: {len(docs)} articles, {facts} facts")
    for name, n in counts.items():
        print(f"  {name:48s} {n:6d}  {100 * n / max(1, facts):5.1f}%")
    print("  sentences by verdict:", dict(reasons.most_common()))


def sample(part: str, n: int, seed: int) -> None:
    facts = []
    dates = published()
    for name, text in sorted(articles(part)):
        found = find_facts(text, published=dates[name])
        facts += [(name, f.start, f.end, f.cited_text(text)) for f in found]
    for k, (name, start, end, cited) in enumerate(sorted(random.Random(seed).sample(facts, n))):
        print(f"{k}\t{name}\t{start}\t{end}\t{cited}")


def recall() -> None:
    """Scores bench/facts_tune_recall.tsv: the sentences judged worth citing
    that are offered (the same span, less a dateline or a leading "And")."""
    rows = [
        line.rstrip("\n").split("\t")
        for line in open(ROOT / "bench" / "facts_tune_recall.tsv", encoding="utf-8")
        if not line.startswith(("#", "source\t"))
    ]
    texts = dict(articles("tune"))
    dates = published()
    wanted = [(name, int(a), int(b)) for name, a, b, verdict, _ in rows if verdict == "cite"]
    offered = collections.Counter()
    why: collections.Counter[str] = collections.Counter()
    for name, a, b in wanted:
        text = texts[name]
        now = find_facts(text, published=dates[name])
        for label, found in (("before #17", facts_baseline.find_facts(text)), ("now", now)):
            offered[label] += any(f.end == b and a <= f.start < b for f in found)
        for sa, sb, reason, _fact in sentence_verdicts(text, published=dates[name]):
            if sb == b and sa <= a + 60:
                why[reason or "offered"] += 1
    print(f"recall, tuning part: {len(wanted)} of {len(rows)} sentences judged worth citing")
    for label, n in offered.items():
        print(f"  offered {label:12s} {n:3d} of {len(wanted)}  ({100 * n / len(wanted):.0f}%)")
    print("  now, by verdict:", dict(why.most_common()))


def speed() -> None:
    named = articles(None) if REALNEWS.exists() else []
    docs = [t for _, t in named]
    if not docs:
        docs = [
            p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "sources").glob("*.txt")
        ]
        docs *= 200
    dates = published() if named else {}
    days = [dates[name] for name, _ in named] or [None] * len(docs)
    spans = [[(q.start, q.end) for q in find_quotes(d)] for d in docs]
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    runs = {
        "find_facts before #17 (baseline)": lambda d, q, _day: facts_baseline.find_facts(d, q),
        "find_facts": lambda d, q, _day: find_facts(d, q),
        "find_quotes (for scale)": lambda d, q, _day: find_quotes(d),
    }
    if named:
        # As an import with the sources' dates finds them ("Tuesday" dated).
        runs["find_facts, with the sources' dates"] = find_facts
    best = {name: float("inf") for name in runs}
    for _ in range(ROUNDS):
        for name, fn in runs.items():
            start = time.process_time()
            for d, q, day in zip(docs, spans, days, strict=True):
                fn(d, q, day)
            best[name] = min(best[name], time.process_time() - start)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, load average {load}; "
        f"CPU time, best of {ROUNDS}; {size:.2f} MB in {len(docs)} articles"
    )
    baseline = best["find_facts before #17 (baseline)"]
    for name, seconds in best.items():
        print(
            f"  {name:36s} {seconds:6.3f} s  {size / seconds:6.2f} MB/s  {seconds / baseline:5.2f}x"
        )
    quotes = best["find_quotes (for scale)"]
    before, after = quotes + baseline, quotes + best["find_facts"]
    print(
        f"  quotes + facts, as an import extracts them: {after / before:5.2f}x the time before #17"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=["check", "tune"], default="check")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--sample", type=int, metavar="N", help="print N random facts to judge")
    parser.add_argument("--seed", type=int, default=2017, help="the --sample draw")
    parser.add_argument("--recall", action="store_true", help="score bench/facts_tune_recall.tsv")
    args = parser.parse_args()
    if args.sample:
        sample(args.part, args.sample, args.seed)
        return
    if args.recall:
        recall()
        return
    speed()
    if not args.speed_only:
        measures(args.part)


if __name__ == "__main__":
    main()
