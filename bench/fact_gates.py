"""Facts (#17) speed: what each test of `find_facts` costs and how many
sentences it turns away, over the realnews tuning part, to order the tests
by cost and rejection rate and to see where the time goes.

Every test `facts._verdict` and `fact_standalone.stands_alone` ask by name
is wrapped (the modules' globals replaced in this process only) with a
timer and a count of the calls whose answer ends the sentence's chance (a
true predicate, a None where edits were asked, a reason). Times are
inclusive (`stands_alone` holds its own tests) and wall time of this
process, best of three passes each, so a loaded machine inflates them
alike; the wrappers add about a microsecond a call. Printed: each test in
the order the facts-only path asks it, its calls, how many it turned
away, microseconds a call and a turn-away (the cost of the call divided
by its rate: the lower, the earlier it pays to ask it), and its share of
`find_facts`; then `find_facts` split into the sentence loop (splitting,
the quote and anchor tests), `_verdict` on the sentences that give a
fact and on the others, against the pre-#17 extractor
(bench/facts_baseline.py) timed in the same passes.

    .venv/bin/python bench/fact_gates.py [--dated]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import facts_baseline  # noqa: E402
from bench_facts import articles, published  # noqa: E402

from app.core.extract import fact_standalone, facts, find_quotes  # noqa: E402

PASSES = 3


def _turned_away(kind: str, value: object) -> bool:
    """Whether a test's answer `value` ends the sentence's chance."""
    if kind == "true":
        return bool(value)
    if kind == "false":
        return not value
    if kind == "none":
        return value is None
    if kind == "reason":
        return bool(value[0])  # (reason, edits)
    if kind == "notok":
        return not value.ok
    return False  # "edit": gives brackets, turns none away


# (module, name, kind) in the order the facts-only path asks them.
TESTS = [
    (facts, "fact_start", "edit"),
    (facts, "rejection", "true"),
    (facts, "fact_subject", "none"),
    (facts, "bare_noun_edits", "none"),
    (facts, "_attribution", "true"),
    (facts, "unsourced_share", "true"),
    (facts, "unsourced_result", "true"),
    (facts, "undated_tally", "true"),
    (facts, "stance", "true"),
    (facts, "characterised", "true"),
    (facts, "judged_as_one", "true"),
    (facts, "manner_judged", "true"),
    (facts, "unowned", "true"),
    (facts, "announces", "true"),
    (facts, "pictured", "true"),
    (facts, "timeline_entry", "true"),
    (facts, "_headline_line", "true"),
    (facts, "_subtitle", "true"),
    (facts, "object_edit", "edit"),
    (facts, "stands_alone", "reason"),
    (fact_standalone, "_named_subject", "false"),
    (fact_standalone, "_vague_time", "true"),
    (fact_standalone, "_count_of_what", "true"),
    (fact_standalone, "_pronoun_before_name", "true"),
    (fact_standalone, "other_sex_object", "true"),
    (fact_standalone, "referent_edits", "none"),
    (fact_standalone, "described_bracket", "true"),
    (fact_standalone, "epithet_object", "true"),
    (fact_standalone, "body_record", "true"),
    (fact_standalone, "complement_edits", "none"),
    (fact_standalone, "poll_measured_unnamed", "true"),
    (fact_standalone, "body_subject_edits", "none"),
    (fact_standalone, "dated_edits", "none"),
    (fact_standalone, "_surname_alone", "none"),
    (fact_standalone, "honorific_edits", "none"),
    (facts, "cited_form", "notok"),
    (facts, "letter_bracket", "edit"),
    (facts, "unnamed_person", "true"),  # (asked twice: for `object_edit`, and of the cited form)
    (facts, "unnamed_poll", "true"),
    (facts, "unnamed_sample", "true"),
    (facts, "undated_price", "true"),
    (facts, "undated_ongoing", "true"),
    (facts, "counted_so_far", "true"),
    (facts, "undated_poll", "true"),
    (facts, "unnamed_voices", "true"),
    (facts, "told_with_no_time", "true"),
    (facts, "counted_from_before", "true"),
    (facts, "spoken_line", "true"),
    (facts, "writer_note", "true"),
    (facts, "unowned_possessive", "true"),
    (facts, "owner_edit", "edit"),
    (facts, "object_surname_edits", "edit"),
]


def _wrap(fn: Callable, kind: str, tally: list[int]) -> Callable:
    """`fn`, counting its calls, turn-aways and nanoseconds into `tally`."""
    clock = time.perf_counter_ns

    def timed(*args: object, **kwargs: object) -> object:
        t0 = clock()
        value = fn(*args, **kwargs)
        tally[2] += clock() - t0
        tally[0] += 1
        tally[1] += _turned_away(kind, value)
        return value

    return timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dated", action="store_true", help="with the sources' dates")
    args = parser.parse_args()
    named = articles("tune")
    days = published()
    docs = [text for _, text in named]
    dates = [days[name] if args.dated else None for name, _ in named]
    spans = [[(q.start, q.end) for q in find_quotes(d)] for d in docs]
    tallies = {name: [0, 0, 0] for _, name, _ in TESTS}
    for module, name, kind in TESTS:
        setattr(module, name, _wrap(getattr(module, name), kind, tallies[name]))
    verdict = facts._verdict
    split = {"fact": [0, 0, 0], "none": [0, 0, 0]}

    def timed_verdict(*a: object, **k: object) -> tuple[str, object]:
        t0 = time.perf_counter_ns()
        value = verdict(*a, **k)
        row = split["fact" if value[1] is not None else "none"]
        row[0] += 1
        row[2] += time.perf_counter_ns() - t0
        return value

    facts._verdict = timed_verdict
    rows = [*tallies.values(), *split.values()]
    best = {id(row): float("inf") for row in rows}
    whole = base = float("inf")
    for n in range(PASSES + 1):  # (the first pass warms the rules up, not counted)
        for row in rows:
            row[:] = [0, 0, 0]
        t0 = time.perf_counter()
        for doc, q, day in zip(docs, spans, dates, strict=True):
            facts.find_facts(doc, q, day)
        seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        for doc, q in zip(docs, spans, strict=True):
            facts_baseline.find_facts(doc, q)
        if n:
            base = min(base, time.perf_counter() - t0)
            whole = min(whole, seconds)
            for row in rows:
                best[id(row)] = min(best[id(row)], row[2])
    print(
        f"find_facts over {len(docs)} tuning articles ({'dated' if args.dated else 'undated'}): "
        f"{whole:.3f} s (best of {PASSES}); the pre-#17 extractor {base:.3f} s"
    )
    print(
        f"  {'test':24s} {'calls':>6s} {'away':>6s} {'us/call':>8s} {'us/away':>8s} {'share':>6s}"
    )
    for _, name, _kind in TESTS:
        calls, away, _ns = tallies[name]
        ns = best[id(tallies[name])]
        per = ns / 1e3 / calls if calls else 0.0
        per_away = f"{ns / 1e3 / away:8.0f}" if away else f"{'-':>8s}"
        share = 100 * ns / 1e9 / whole
        print(f"  {name:24s} {calls:6d} {away:6d} {per:8.1f} {per_away} {share:5.1f}%")
    facts_ns, rest_ns = best[id(split["fact"])], best[id(split["none"])]
    loop = whole - (facts_ns + rest_ns) / 1e9
    print(
        f"  the sentence loop {loop:.3f} s ({100 * loop / whole:.0f}%); _verdict on the "
        f"{split['fact'][0]} sentences giving a fact {facts_ns / 1e9:.3f} s "
        f"({100 * facts_ns / 1e9 / whole:.0f}%, {facts_ns / 1e9 / base:.2f}x the pre-#17 "
        f"extractor), on the {split['none'][0]} others {rest_ns / 1e9:.3f} s "
        f"({100 * rest_ns / 1e9 / whole:.0f}%)"
    )


if __name__ == "__main__":
    main()
