"""How the library panel copes with a big library: open it, search it.

    python bench/bench_library.py [--items 1000000] [--baseline 10000] [--keep DIR]

Builds two synthetic libraries (the big one and a 10,000-item baseline) with
`executemany` inside one transaction, then times, for each, what the window
does: open the file and build the item model (first page + capped count),
build the whole main window, and searches as the user types. Prints a table
of times and big/baseline ratios, for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.store import Library, SearchFilter, content_hash  # noqa: E402

WORDS = (
    "council ordinance city police budget vote mayor immigration federal state county "
    "housing school district funding court law policy resident sanctuary election board "
    "agency officer report plan program tax public safety service water transit park "
    "permit zoning contract audit grant hearing motion amendment member staff office"
).split()
ITEMS_PER_SOURCE = 1000


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


# What the realnews tuning part's library holds (606 sources, 4,768 quotes):
# 977 named speakers say 91.6% of the quotes, a third of them once, the most
# quoted 468; 224 descriptions ("a spokeswoman") say the rest, listed per source.
NAMED_SHARE = 0.916
NAMED_PER_QUOTES = (977, 4300)  # people named, for so many quotes by named people
HEAPS = 0.75  # distinct people grow as quotes ** HEAPS (Heaps' law), not linearly
DESCRIPTIONS = tuple(
    (
        "a spokeswoman; a spokesman; officials; city officials; a neighbor; residents; "
        "the report; a witness; the statement; critics; supporters; an aide; a lawyer; "
        "the lawsuit; the agency; organizers; a teacher; a parent; a shop owner; the "
        "complaint; analysts; the memo; a nurse; union leaders; a volunteer; the union; a "
        "commuter; the letter; a farmer; the ruling; a student; a driver; the board; "
        "officers; a councilwoman; a councilman; a senior official; the survey; a doctor; "
        "the filing"
    ).split("; ")
)
SYLLABLES = "ka lo mi ren tas vel dor bri sen ul fa mon tri os pel var quin dal ro ves".split()


def speaker_pool(n_quotes: int, rng: random.Random):
    """(speaker names, a function drawing a quote's speaker id) for a library
    of `n_quotes` quotes, in the realnews library's proportions: people named
    by a given name from the published list the app ships
    (app/core/extract/data/given_names.txt) and an invented surname of two or
    three syllables, a few quoted often and most seldom (the r-th about 1/r
    as often as the first), and descriptions for the rest, drawn evenly."""
    from importlib.resources import files

    given = [
        line.split("\t")[0].capitalize()
        for line in files("app.core.extract.data")
        .joinpath("given_names.txt")
        .read_text("utf-8")
        .splitlines()
        if line and line[0] != "#" and sum(map(int, line.split("\t")[1:])) >= 20000
    ]
    named_quotes = n_quotes * NAMED_SHARE
    people = round(NAMED_PER_QUOTES[0] * (named_quotes / NAMED_PER_QUOTES[1]) ** HEAPS)
    names: dict[str, None] = {}
    while len(names) < people:
        surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        names[f"{rng.choice(given)} {surname.capitalize()}"] = None
    speakers = [*names, *DESCRIPTIONS]
    weights = [1 / rank for rank in range(1, people + 1)]
    cumulative = list(itertools.accumulate(weights))
    person_ids = range(1, people + 1)
    first_description = people + 1

    def draw() -> int:
        if rng.random() < NAMED_SHARE:
            return rng.choices(person_ids, cum_weights=cumulative)[0]
        return rng.randint(first_description, len(speakers))

    return speakers, draw


def build(path: Path | str, n_items: int, seed: int = 7, speakers: str = "numbered") -> float:
    """A library of `n_items` items (quotes and facts) in n/1000 sources; seconds
    taken. `path` may name a team library (bench/bench_team_scale.py).
    `speakers`: "numbered", 500 speakers "Speaker 001" ... drawn evenly (not
    names: the Speakers tab lists them per source), or "pool", drawn as a
    news library's are (`speaker_pool`)."""
    from app.core.importer import open_library

    rng = random.Random(seed)
    started = time.perf_counter()
    library = open_library(path)
    n_sources = max(1, n_items // ITEMS_PER_SOURCE)
    if speakers == "pool":
        names, draw = speaker_pool(n_items // 2, rng)
    else:
        names = [f"Speaker {i:03d}" for i in range(500)]
        draw = lambda: rng.randint(1, len(names))  # noqa: E731
    with library.transaction() as db:
        db.executemany(
            "INSERT INTO speakers (id, name) VALUES (?, ?)",
            [(i + 1, name) for i, name in enumerate(names)],
        )
        item_id = 0
        for s in range(n_sources):
            sentences = [sentence(rng) for _ in range(ITEMS_PER_SOURCE)]
            text = " ".join(sentences)
            cur = db.execute(
                "INSERT INTO sources (file_name, title, outlet, date, text, content_hash)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    f"s{s}.txt",
                    f"Story {s}: {sentences[0][:40]}",
                    "Gazette",
                    "2024-11-20",
                    text,
                    content_hash(text),
                ),
            )
            source_id = cur.lastrowid
            rows = []
            pos = 0
            for k, sent in enumerate(sentences):
                if item_id >= n_items:
                    break
                item_id += 1
                quote = k % 2 == 0
                rows.append(
                    (
                        item_id,
                        source_id,
                        "quote" if quote else "fact",
                        pos,
                        pos + len(sent),
                        sent,
                        draw() if quote else None,
                    )
                )
                pos += len(sent) + 1
            db.executemany(
                'INSERT INTO items (id, source_id, kind, start, "end", text, speaker_id)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        db.executemany(
            "INSERT INTO tags (item_id, tag) VALUES (?, ?)",
            [(i, "follow up") for i in range(1, n_items + 1, 997)],
        )
    library.close()
    return time.perf_counter() - started


def timed(fn, repeat: int = 3) -> float:
    """The best of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def measure(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.ui.item_model import ItemTableModel
    from app.ui.main_window import MainWindow
    from app.ui.tasks import wait_for_tasks

    app = QApplication.instance() or QApplication([])
    results: dict[str, float] = {}
    library = Library(path)

    def open_model():
        with Library(path) as lib:
            model = ItemTableModel(lib, flt=SearchFilter(kind="quote"))
            assert model.rowCount() > 0
            wait_for_tasks()

    results["open file + item model"] = timed(open_model)

    def open_window():
        window = MainWindow(library)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.document.autosave_timer.stop()
        window.close()
        window.deleteLater()
        app.processEvents()

    results["open main window"] = timed(open_window, repeat=2)

    model = ItemTableModel(library, flt=SearchFilter(kind="quote"))
    wait_for_tasks()
    app.processEvents()

    def search(query: str, until_shown: bool) -> None:
        model.set_filter(SearchFilter(query=query, kind="quote"))
        if until_shown:
            while model.searching:
                wait_for_tasks()
                app.processEvents()

    for label, query in (
        ("'c' (1st keystroke)", "c"),
        ("'council' (common)", "council"),
        ("'council budget vote'", "council budget vote"),
        ("'zzz' (no match)", "zzz"),
    ):
        results[f"search {label}: GUI blocked"] = timed(lambda q=query: search(q, False))
        wait_for_tasks()
        app.processEvents()
        results[f"search {label}: rows shown"] = timed(lambda q=query: search(q, True))
        wait_for_tasks()
        app.processEvents()
    results["filter speaker + tag"] = timed(
        lambda: model.set_filter(SearchFilter(kind="quote", speaker_id=3, tag="follow up"))
    )
    results["scroll: fetch next page"] = timed(
        lambda: (model.set_filter(SearchFilter(kind="quote")), model.fetchMore())
    )
    results["exact count 'council' (worker)"] = timed(
        lambda: library.count(SearchFilter(query="council", kind="quote"))
    )
    wait_for_tasks()
    library.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--baseline", type=int, default=10_000)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the libraries here")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-library-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["BRIEFING_BUILDER_DATA"] = str(folder / "userdata")
    rows = {}
    for n in (args.baseline, args.items):
        path = folder / f"lib-{n}.sqlite"
        if not path.exists():
            seconds = build(path, n)
            print(f"built {n:,} items in {seconds:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        rows[n] = measure(path)
    base, big = rows[args.baseline], rows[args.items]
    print(
        f"\n{platform.node()} · {platform.processor() or platform.machine()} · "
        f"{os.cpu_count()} cores · Python {platform.python_version()} · {date.today()}"
    )
    print(f"| operation | {args.baseline:,} items | {args.items:,} items | ratio |")
    print("|---|---:|---:|---:|")
    for label in base:
        b, g = base[label], big[label]
        print(f"| {label} | {b * 1000:.1f} ms | {g * 1000:.1f} ms | {g / b:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
