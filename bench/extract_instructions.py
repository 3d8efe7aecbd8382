"""Instructions of `extract_items`, `find_quotes` and `find_facts`, counted
with valgrind's callgrind: a measure of the extractor's work that the load
of a shared machine does not move (runs of the same code agree to a few
thousandths of a percent), for changes too small for CPU time to show.

The texts: a fixed set of tuning-part articles of ../shared/realnews (the
first `--articles` of articles.jsonl dated before 2016-07-01; 40 unless
told), each with its publication date as an import with the set's metadata
passes it. One valgrind process per function, PYTHONHASHSEED=0 and the
cyclic collector off; in each, two passes over the texts, each counted
alone (collection on only inside the `sys.call_tracing` that runs it),
after one more article, the first extraction of the process, counted apart:

- "first": that first article, the next tuning-part one (the lazy tables,
  word lists and compiled patterns loaded then: what a one-article run
  pays once);
- "new": one pass over the texts, every text met for the first time, the
  tables loaded (what an import of new articles costs);
- "warm": the same texts again after that pass (per-text caches filled:
  what repeated runs of a bench cost).

`find_facts` is given the quote spans, as `extract_items` calls it; they are
found before its passes, outside the count. Each figure is printed whole
and "less the allocator" (the self cost of glibc's malloc and free
functions, which moves with how memory happens to lie, between trees more
than between runs). `--tree N` prints the N C functions that cost most,
inclusive and self, for each pass (Python functions do not show in
callgrind; `--wrap module:function` counts one of them inclusive, through
`operator.call`, which nothing else in extraction calls).

    .venv/bin/python bench/extract_instructions.py [--articles 40] [--tree 25]
        [--only extract_items,find_quotes,find_facts] [--wrap app.core.extract.people:Cast]

About 3-4 minutes on 40 articles (valgrind runs some 50x slower).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT / ".." / "shared" / "realnews"
CHECK_FROM = "2016-07-01"
FUNCTIONS = ("extract_items", "find_quotes", "find_facts")
# glibc's allocator: its cost depends on how memory happens to lie.
ALLOCATOR = re.compile(
    r"^(?:malloc|free|realloc|calloc|cfree|_int_\w+|unlink_chunk\w*|malloc_consolidate"
    r"|sysmalloc|tcache_\w+|alloc_perturb|__libc_\w*alloc|__libc_free|_?_?malloc\w*)$"
)


def tuning_articles(count: int) -> list[tuple[str, str, str]]:
    """(file name, publication date, text) of the first `count` tuning-part
    articles, in articles.jsonl's order, then the next one with five gold
    quotes or more (the process's first extraction: it loads the tables)."""
    rows = [json.loads(line) for line in open(REALNEWS / "articles.jsonl", encoding="utf-8")]
    rows = [r for r in rows if r["publication_date"] < CHECK_FROM]
    rows = rows[:count] + [next(r for r in rows[count:] if r["gold_quotes"] >= 5)]
    return [
        (
            f"{r['id']}.txt",
            r["publication_date"],
            (REALNEWS / "articles" / f"{r['id']}.txt").read_text(encoding="utf-8"),
        )
        for r in rows
    ]


def _wrapped(spec: str) -> None:
    """Route calls of `module:name` (a function or class) through
    `operator.call`, so its inclusive cost shows under `_operator_call`."""
    import importlib
    import operator

    module_name, name = spec.split(":")
    modules = [m for m in list(sys.modules.values()) if getattr(m, name, None) is not None]
    original = getattr(importlib.import_module(module_name), name)

    def through(*args: object, **kwargs: object) -> object:
        return operator.call(original, *args, **kwargs)

    if isinstance(original, type):
        init = original.__init__

        def init_through(self: object, *args: object, **kwargs: object) -> None:
            operator.call(init, self, *args, **kwargs)

        original.__init__ = init_through
        return
    for module in modules:  # every module that imported it by name
        if getattr(module, name) is original:
            setattr(module, name, through)


def inner(function: str, count: int, wrap: str | None) -> None:
    """Run under valgrind: three counted calls of `function` (see the top)."""
    import gc

    sys.path.insert(0, str(ROOT))
    from app.core.extract import extract_items, find_facts, find_quotes
    from app.core.extract.fact_dates import parse_date

    gc.disable()
    docs = tuning_articles(count)  # the last one is the process's first
    if wrap:
        _wrapped(wrap)
    if function == "extract_items":
        calls = [(extract_items, (text, None, day)) for _, day, text in docs]
    elif function == "find_quotes":
        calls = [(find_quotes, (text,)) for _, _, text in docs]
    else:
        spans = [[(q.start, q.end) for q in find_quotes(text)] for _, _, text in docs]
        calls = [
            (find_facts, (text, quotes, parse_date(day)))
            for (_, day, text), quotes in zip(docs, spans, strict=True)
        ]
    first, calls = calls[-1:], calls[:-1]

    def run(these: list) -> None:
        for fn, args in these:
            fn(*args)

    sys.call_tracing(run, (first,))  # "first": tables loaded, caches empty
    sys.call_tracing(run, (calls,))  # "new"
    sys.call_tracing(run, (calls,))  # "warm"


def _costs(path: Path, tree: int) -> tuple[int, int, list[str], int]:
    """(total, allocator self cost, top lines, `_operator_call` inclusive) of
    one dump, read from the file (callgrind_annotate misreads the self cost
    of dumps after the first)."""
    own: Counter[str] = Counter()
    calls: Counter[str] = Counter()  # what each function's calls cost
    called = 0
    total = 0
    fn = cfn = ""
    after_call = False
    for line in path.read_text().splitlines():
        if line.startswith("fn="):
            fn = line[3:]
        elif line.startswith("cfn="):
            cfn = line[4:]
        elif line.startswith("calls="):
            after_call = True
        elif line.startswith(("summary:", "totals:")):
            total = int(line.split()[1])
        elif (line[:1].isdigit() or line[:1] in "+-*") and " " in line:
            cost = int(line.split()[1])
            if not after_call:
                own[fn] += cost
            else:
                after_call = False
                if cfn != fn:
                    calls[fn] += cost
                if cfn == "_operator_call" and fn != cfn:
                    called += cost
    alloc = sum(c for name, c in own.items() if ALLOCATOR.match(name.split("@")[0]))
    top: list[str] = []
    if tree:
        inclusive = {name: own[name] + calls[name] for name in own | calls}
        # the interpreter's own frames (a cycle) count many times over; the
        # frames above the pass hold all of it
        inclusive = {n: c for n, c in inclusive.items() if c < 0.99 * total and "'" not in n}
        for title, costs in (("self", own), ("inclusive", inclusive)):
            top.append(f"    top {tree} C functions, {title}:")
            for name, cost in Counter(costs).most_common(tree):
                top.append(f"      {cost / 1e6:8.2f} M {100 * cost / total:5.1f}%  {name}")
    return total, alloc, top, called


def outer(args: argparse.Namespace) -> None:
    env = dict(os.environ, PYTHONHASHSEED="0")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    docs = tuning_articles(args.articles)[:-1]
    size = sum(len(t.encode("utf-8")) for _, _, t in docs)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "app"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(
        f"tree {commit}{' (app/ changed)' if dirty else ''}; {len(docs)} tuning articles, "
        f"{size / 1e3:.0f} kB, dated; callgrind, PYTHONHASHSEED=0, collector off; load {load}"
    )
    print(
        f"{'function':16s} {'first':>18s} {'new':>18s} {'warm':>18s}"
        "   (M instructions; less the allocator)"
    )
    functions = [f for f in FUNCTIONS if f in args.only.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for fn in functions:
            out = Path(tmp) / f"cg.{fn}"
            subprocess.run(
                [
                    "nice",
                    "-n",
                    "10",
                    "valgrind",
                    "--tool=callgrind",
                    "--collect-atstart=no",
                    "--toggle-collect=sys_call_tracing",
                    "--dump-after=sys_call_tracing",
                    "--compress-strings=no",  # each dump readable alone
                    f"--callgrind-out-file={out}",
                    sys.executable,
                    __file__,
                    "--inner",
                    fn,
                    "--articles",
                    str(args.articles),
                    *(["--wrap", args.wrap] if args.wrap else []),
                ],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            dumps = sorted(
                (p for p in Path(tmp).glob(f"cg.{fn}.*") if p.suffix[1:].isdigit()),
                key=lambda p: int(p.suffix[1:]),
            )
            figures = [_costs(p, args.tree) for p in dumps[:3]]
            cells = [f"{t / 1e6:8.2f} ({(t - a) / 1e6:.2f})" for t, a, _, _ in figures]
            print(f"{fn:16s} {cells[0]:>18s} {cells[1]:>18s} {cells[2]:>18s}", flush=True)
            labels = ("first", "new", "warm")
            if args.wrap:
                wrapped = ", ".join(
                    f"{label} {c / 1e6:.2f} M"
                    for label, (*_, c) in zip(labels, figures, strict=True)
                )
                print(f"  {args.wrap} inclusive: {wrapped}")
            for label, (_, _, top, _) in zip(labels, figures, strict=True):
                if top:
                    print(f"  {fn}, {label}:")
                    print("\n".join(top))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--tree", type=int, default=0, help="print the top N C functions")
    parser.add_argument("--only", default=",".join(FUNCTIONS))
    parser.add_argument("--wrap", help="module:function to count inclusive")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner, args.articles, args.wrap)
    else:
        outer(args)


if __name__ == "__main__":
    main()
