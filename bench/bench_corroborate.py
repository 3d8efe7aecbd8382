"""Time grouping a large library: 10,000 sources with 200,000 items.

    .venv/bin/python bench/bench_corroborate.py [--sources 10000] [--items-per-source 20]
        [--one-process | --second-process]

Builds a synthetic library in a temporary folder: stories of ten sources
each; within a story the sources share quotes (whole, excerpted, with other
quote marks and punctuation) and claims (reworded, some with a differing
year), plus material of their own; one source in ten is a near copy of
another. Words come from a Zipf-distributed vocabulary, so some words are
very common, as in news.

Reports:
- baseline: reading every item and splitting it into words (the least any
  grouping must do), on one core;
- regroup: `corroborate.regroup` from scratch (index, groups, derived
  sources, conflicts, all stored): from 20,000 items on, a second process
  builds the items' signatures while this one indexes and compares
  (app/core/corroborate/signing.py), so it uses up to two cores; its CPU
  time in this process is given too (`--one-process`: all in this process;
  `--second-process`: the second process however busy the machine is);
- regroup again: the same regroup a second time, reading the items'
  signatures the first kept in the library (app/core/corroborate/sig_cache.py);
- import one: `corroborate.update` after adding one more source of 20
  items (a revised copy of a stored one), in the session that regrouped,
  and in a new process (what each `main.py import FILE` costs: the index
  is read from the library a bucket at a time).
Times are also given as ratios to the baseline measured in the same run,
with the peak memory (resident set) of this process and of the largest
process it started.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import itertools
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import corroborate  # noqa: E402
from app.core.corroborate.text import STOPWORDS, words  # noqa: E402
from app.core.model import NewItem, SourceMeta  # noqa: E402
from app.core.store import Library, content_hash  # noqa: E402

STORY_SIZE = 10

# Run in a new process: open the library, group what was added, print seconds.
_FRESH = """
import sys, time
sys.path.insert(0, sys.argv[1])
from app.core import corroborate
from app.core.store import Library
library = Library(sys.argv[2])
t = time.perf_counter()
corroborate.update(library)
print(time.perf_counter() - t)
library.close()
"""


class Words:
    """A pseudo-English vocabulary with Zipf-like frequencies, function words first."""

    def __init__(self, rng: random.Random, size: int = 30000):
        syllables = "ka lo mi ter san do ri ven ul pra sto ne bi gor fa tu".split()
        vocab = set()
        while len(vocab) < size:
            vocab.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
        content = sorted(vocab)
        rng.shuffle(content)
        # As in news, the most frequent words are function words.
        self.vocab = sorted(STOPWORDS) + content
        self.cum_weights = list(
            itertools.accumulate(1 / (rank + 1) for rank in range(len(self.vocab)))
        )
        self.rng = rng

    def some(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum_weights, k=n)


def _value(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return str(rng.randint(1950, 2024))
    if kind < 0.6:
        return f"{rng.randint(1, 99)} days"
    if kind < 0.8:
        return f"{rng.randint(3, 15)}-{rng.randint(0, 4)}"
    return f"Nov. {rng.randint(1, 30)}"


def _fact(w: Words, rng: random.Random) -> list[str]:
    body = w.some(rng.randint(12, 22))
    body.insert(rng.randint(2, len(body) - 1), _value(rng))
    body[0] = body[0].capitalize()
    return body


def _reword(w: Words, rng: random.Random, fact: list[str], new_year: bool) -> list[str]:
    out = [t if rng.random() > 0.3 or " " in t or t[:1].isdigit() else w.some(1)[0] for t in fact]
    if new_year:
        out = [str(int(t) + rng.randint(1, 3)) if t.isdigit() and len(t) == 4 else t for t in out]
    return out


def _story(w: Words, rng: random.Random, items_per_source: int, first_id: int):
    """Ten sources of one story: (text, items) each."""
    n_quotes = max(1, items_per_source * 7 // 20)
    n_facts = items_per_source - n_quotes
    shared_quotes = [w.some(rng.randint(15, 40)) for _ in range(n_quotes * 2)]
    shared_facts = [_fact(w, rng) for _ in range(n_facts * 2)]
    sources = []
    for n in range(STORY_SIZE):
        parts: list[tuple[str, str]] = []
        for q in rng.sample(shared_quotes, n_quotes // 2) + [
            w.some(rng.randint(10, 30)) for _ in range(n_quotes - n_quotes // 2)
        ]:
            if rng.random() < 0.3:  # an excerpt
                a = rng.randint(0, len(q) // 2)
                q = q[a : a + max(5, len(q) // 3)]
            parts.append(("quote", " ".join(q) + rng.choice([".", ",", ""])))
        for f in rng.sample(shared_facts, n_facts // 2):
            parts.append(("fact", " ".join(_reword(w, rng, f, rng.random() < 0.05)) + "."))
        for _ in range(n_facts - n_facts // 2):
            parts.append(("fact", " ".join(_fact(w, rng)) + "."))
        rng.shuffle(parts)
        if n == STORY_SIZE - 1:  # a near copy of the story's first source
            parts = list(sources[0][1])
        text, items = "", []
        for kind, body in parts:
            if kind == "quote":
                mark_open, mark_close = rng.choice([('"', '"'), ("\u201c", "\u201d")])
                text += f"{' '.join(w.some(3)).capitalize()} said: {mark_open}"
                items.append((kind, len(text), len(text) + len(body)))
                text += body + mark_close + " "
            else:
                items.append((kind, len(text), len(text) + len(body)))
                text += body + " "
            text += "\n" if rng.random() < 0.3 else ""
        text += f"(story source {first_id + n})"
        sources.append((text, parts, items))
    return [(text, items) for text, _, items in sources]


def build(path: Path, n_sources: int, items_per_source: int, seed: int = 7) -> int:
    """Fill a library with synthetic sources in one transaction; return items."""
    rng = random.Random(seed)
    w = Words(rng)
    library = Library(path)
    total = 0
    with library.transaction() as db:
        for start in range(0, n_sources, STORY_SIZE):
            for text, items in _story(w, rng, items_per_source, start):
                sid = db.execute(
                    "INSERT INTO sources (file_name, title, text, content_hash)"
                    " VALUES (?, ?, ?, ?)",
                    (f"s{start}.txt", text[:40], text, content_hash(text)),
                ).lastrowid
                db.executemany(
                    'INSERT INTO items (source_id, kind, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                    [(sid, k, a, b, text[a:b]) for k, a, b in items],
                )
                total += len(items)
    library.close()
    return total


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


class ChildMemory(threading.Thread):
    """The largest resident set seen in a child process of this one,
    sampled twice a second from /proc (a child's own maximum also counts
    its parent's pages from before it started another program)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        me = str(os.getpid())
        while not self.done.wait(0.5):
            for status in Path("/proc").glob("[0-9]*/status"):
                try:
                    fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines())
                except (OSError, ValueError):
                    continue  # gone, or a line without a tab
                if fields.get("PPid", "").strip() == me and "VmRSS" in fields:
                    self.peak_kb = max(self.peak_kb, int(fields["VmRSS"].split()[0]))


def _keeps_signatures() -> bool:
    """Whether the code measured keeps claims' signatures in the library
    (not main's before sig_cache.py, when run against an export of it)."""
    return importlib.util.find_spec("app.core.corroborate.sig_cache") is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--items-per-source", type=int, default=20)
    parser.add_argument(
        "--one-process", action="store_true", help="build signatures in this process only"
    )
    parser.add_argument(
        "--second-process", action="store_true", help="build signatures beside, however busy"
    )
    args = parser.parse_args()
    from app.core.corroborate import signing

    if args.one_process:
        signing.PARALLEL_MIN = sys.maxsize
    if args.second_process:
        signing._idle_cores = lambda: 1.0  # the bench chooses the path
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        n_items = build(path, args.sources, args.items_per_source)
        print(f"built {args.sources} sources, {n_items} items in {time.perf_counter() - t:.1f} s")
        library = Library(path)

        t = time.perf_counter()
        n = sum(len(words(text)) for (text,) in library.db.execute("SELECT text FROM items"))
        baseline = time.perf_counter() - t
        print(f"baseline (read + split {n} words): {baseline:.2f} s")

        watch = ChildMemory()
        watch.start()
        children = _cpu(resource.RUSAGE_CHILDREN)
        t, cpu = time.perf_counter(), time.process_time()
        summary = corroborate.regroup(library)
        full, cpu = time.perf_counter() - t, time.process_time() - cpu
        watch.done.set()
        time.sleep(1)  # the signing process is let go at the end: counted once it is gone
        children = _cpu(resource.RUSAGE_CHILDREN) - children
        n_groups = len(library.clusters())
        print(
            f"regroup: {full:.2f} s  ({full / baseline:.1f}x baseline; CPU {cpu:.1f} s in this"
            f" process, {children:.1f} s in the signing process)  groups of 2+ sources:"
            f" {n_groups}, derived sources:"
            f" {len(summary.derived)}, conflicts: {summary.conflicts}"
        )
        print(
            f"peak memory of the regroup: this process {_peak_mb(resource.RUSAGE_SELF):.0f} MB,"
            f" the process building signatures {watch.peak_kb / 1024:.0f} MB (sampled)"
        )

        # The same regroup again: the items' signatures kept by the first
        # (app/core/corroborate/sig_cache.py) are read, not built; what a
        # regroup costs after a source is removed or the rules change.
        again = cpu_again = None
        if _keeps_signatures():
            t, cpu_again = time.perf_counter(), time.process_time()
            corroborate.regroup(library)
            again, cpu_again = time.perf_counter() - t, time.process_time() - cpu_again
            print(
                f"regroup again, signatures kept: {again:.2f} s ({again / baseline:.1f}x baseline;"
                f" CPU {cpu_again:.1f} s), peak memory {_peak_mb(resource.RUSAGE_SELF):.0f} MB"
            )

        # One more source of 20 items, sharing material with the library (a
        # revised copy of a stored source), imported in this session...
        row = library.db.execute("SELECT id, text FROM sources WHERE id = 5").fetchone()
        spans = library.db.execute(
            'SELECT kind, start, "end" FROM items WHERE source_id = ? ORDER BY start', (row[0],)
        ).fetchall()
        items = [NewItem(k, a, b) for k, a, b in spans]
        sid = library.add_source(row[1] + " Revised.", SourceMeta(title="revised"), items=items)
        t = time.perf_counter()
        corroborate.update(library, sid)
        warm = time.perf_counter() - t
        print(f"import one ({len(items)} items), same session: {warm:.2f} s")
        library.add_source(row[1] + " Revised again.", SourceMeta(title="again"), items=items)
        library.close()
        # ... and in a new process, as `main.py import FILE` does.
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _FRESH, str(ROOT), str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        process = time.perf_counter() - t
        cold = float(out.split()[0])
        print(
            f"import one ({len(items)} items), new process: update {cold:.2f} s"
            f" (whole process {process:.2f} s)"
        )
    rows = [
        ("baseline: read + split words", baseline),
        ("regroup from scratch", full),
        *([("regroup again, signatures kept", again)] if again is not None else []),
        (f"update after importing {len(items)} items, same session", warm),
        (f"update after importing {len(items)} items, new process", cold),
    ]
    print()
    for name, secs in rows:
        print(f"| {name} | {secs:.2f} s | {secs / baseline:.2f}x |")
    print(
        f"{datetime.date.today()} · {platform.processor() or platform.machine()}"
        f" · {os.cpu_count()} CPUs · Python {platform.python_version()}"
        f" · load average before/after: {load_before} / {os.getloadavg()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
