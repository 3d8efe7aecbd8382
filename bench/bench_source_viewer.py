"""How long the source viewer holds the window when it shows a quote of a
big source (a source of 1,000 items in a library bench/stall_library.py or
bench/big_library.py built).

    python bench/bench_source_viewer.py LIBRARY [--rounds N] [--code DIR] [--profile]

Run it on a copy of the library (it is opened as the window opens it). Each
round shows a quote of one of the library's busiest sources, each round a
source other than the last one's (so its text is set anew), and times the
call plus the paint that follows it. `--code DIR` runs another checkout's
`app` (the baseline, alternated with this one's by the caller).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))
    from PySide6.QtWidgets import QApplication

    from app.core.store import Library
    from app.ui.live_library import LiveLibrary
    from app.ui.source_viewer import SourceViewer

    app = QApplication.instance() or QApplication([])
    library = Library(args.library)
    busiest = [
        sid
        for (sid,) in library.db.execute(
            "SELECT source_id FROM items GROUP BY source_id ORDER BY count(*) DESC LIMIT 4"
        )
    ]
    quotes = [library.items_of_source(sid) for sid in busiest]
    quotes = [[i for i in items if i.kind == "quote"] for items in quotes]
    live = LiveLibrary(library)
    viewer = SourceViewer(live)
    viewer.resize(700, 800)
    viewer.show()
    app.processEvents()
    times = []
    profile = None
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
    for round_ in range(args.rounds):
        items = quotes[round_ % len(quotes)]
        item = items[(round_ * 37) % len(items)]
        started = time.perf_counter()
        if profile:
            profile.enable()
        viewer.show_item(item)
        viewer.text.viewport().repaint()
        if profile:
            profile.disable()
        times.append(time.perf_counter() - started)
        app.processEvents()
    print(
        f"{len(quotes[0])} quotes a source; show a quote: "
        + " ".join(f"{t:.3f}" for t in times)
        + f"  (median {sorted(times)[len(times) // 2]:.3f} s)"
    )
    if profile:
        import pstats

        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    live.close()
    library.close()


if __name__ == "__main__":
    main()
