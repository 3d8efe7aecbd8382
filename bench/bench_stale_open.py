"""What opening a library whose groups are out of step costs the window.

    python bench/bench_stale_open.py DIR [--how stale|format] [--shot PNG]

DIR is a library bench/stall_library.py built. It is copied first (DIR is
only read), and the copy's groups put out of step: marked stale as an edit
whose regroup never ran leaves them (`--how stale`, `grouping.mark_stale`), or
its stored index given another format's name, as an older version's
(`--how format`). A window is opened on the copy offscreen, which regroups
it on the writer after its first frame (app/ui/stale_groups.py). A 20 ms
heartbeat on the window's thread (bench_window_stalls.py's) gives the
longest freeze while the regroup runs, and after it, while the views follow
the new groups. Prints the time to the first frame, the regroup's time
(`ensure_current` on the writer), the longest freezes from the first frame
to its end and after it, and each line the status bar showed, with its time;
`--shot` saves the window drawn 5 s into the regroup.
"""

from __future__ import annotations

import argparse
import marshal
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_window_stalls import SETTLE_S, TICK_MS, Heartbeat, run_events, settle  # noqa: E402


class Gaps(Heartbeat):
    """A heartbeat that keeps each gap with the time it ended."""

    def __init__(self):
        self.gaps: list[tuple[float, float]] = []
        super().__init__()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now, now - self.last))
        super()._tick()

    def between(self, start: float, end: float) -> list[tuple[float, float]]:
        """(freeze, when it ended) of the gaps within [start, end], longest first."""
        gaps = [(gap, at) for at, gap in self.gaps if start <= at - gap and at <= end]
        return sorted(((max(0.0, gap - TICK_MS / 1000), at) for gap, at in gaps), reverse=True)

    def longest_between(self, start: float, end: float) -> float:
        return max((freeze for freeze, _ in self.between(start, end)), default=0.0)


def put_out_of_step(path: Path, how: str) -> None:
    from app.core.corroborate import grouping, index_format
    from app.core.store import Library

    with Library(path) as library:
        with library.transaction():
            if how == "stale":
                grouping.mark_stale(library)
            else:
                meta = index_format.stored_meta(library)
                meta["format"] = "an older version's"
                library.write_group_cache([("meta", 0, marshal.dumps(meta))])
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def run(folder: Path, how: str, shot: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    from app.core.store import Library
    from app.ui import stale_groups
    from app.ui.collector import collect_on_this_thread
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    collect_on_this_thread(app)
    work = Path(tempfile.mkdtemp(prefix="stale-open-"))
    path = work / "library.sqlite"
    shutil.copyfile(folder / "library.sqlite", path)
    put_out_of_step(path, how)

    regroup = stale_groups._bring_up_to_date

    def timed(lib):  # on the writer
        marks["regroup from"] = time.perf_counter()
        try:
            return regroup(lib)
        finally:
            marks["regroup to"] = time.perf_counter()

    stale_groups._bring_up_to_date = timed
    beat = Gaps()
    said: list[tuple[float, str]] = []
    marks: dict[str, float] = {}

    started = time.perf_counter()
    library = Library(path)
    window = MainWindow(library)
    window.files.maybe_save = lambda: True
    window.firstFramePainted.connect(lambda: marks.setdefault("frame", time.perf_counter()))
    bar = window.statusBar()

    def note(text: str) -> None:
        said.append((time.perf_counter(), text))
        print(f"  {said[-1][0] - started:7.2f} s  status: {text or '(cleared)'}", flush=True)

    bar.messageChanged.connect(note)
    window.show()
    while "frame" not in marks:
        run_events(0.01)
    print(f"first frame                {marks['frame'] - started:7.2f} s", flush=True)
    shot_taken = False
    while "regroup to" not in marks and time.perf_counter() - started < 1200:
        run_events(0.02)
        halfway = time.perf_counter() - marks.get("regroup from", time.perf_counter()) > 5
        if shot and not shot_taken and halfway:
            window.grab().save(str(shot))
            shot_taken = True
            print(f"shot saved                 {time.perf_counter() - started:7.2f} s", flush=True)
    settle(window)
    end = time.perf_counter() - SETTLE_S
    done = marks["regroup to"]
    print(f"regroup on the writer      {done - marks['regroup from']:7.2f} s")
    print(f"longest freeze, regrouping {beat.longest_between(marks['frame'], done):7.2f} s")
    print(f"longest freeze, after      {beat.longest_between(done, end):7.2f} s")
    for freeze, at in beat.between(marks["frame"], done)[:3]:
        print(f"  a freeze of {freeze:5.2f} s ending at {at - started:6.2f} s")
    print(f"views settled after it     {end - done:7.2f} s")
    labels = [w.text() for w in bar.findChildren(QLabel) if w.isVisible() and w.text()]
    print(f"status bar at the end      {bar.currentMessage()!r}, labels {labels}")
    window.close()
    run_events(SETTLE_S)
    library.close()
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="what bench/stall_library.py built")
    parser.add_argument("--how", choices=("stale", "format"), default="stale")
    parser.add_argument("--shot", type=Path, help="save the window halfway through the regroup")
    args = parser.parse_args()
    run(args.folder, args.how, args.shot)


if __name__ == "__main__":
    main()
