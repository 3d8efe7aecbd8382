"""How long each long action blocks the window's event loop, on a big library.

    python bench/bench_window_stalls.py DIR [--only NAME ...]

DIR is a library bench/stall_library.py built (the realnews tuning part, all
but its last 50 articles, which DIR/later holds for the window to import).
The library is copied first, so every run starts from the same one. A window
is opened on the copy (offscreen) and driven as a user would: each action is
started, then the event loop runs until the library's writes and the window's
background jobs are done and nothing is scheduled for SETTLE_S. A QTimer
ticks every 20 ms on the window's thread; the longest gap between two ticks
while an action runs, less the 20 ms, is the longest the window was frozen
(it could not paint, nor take a key or a click). Prints one row per action:
the longest stall and the action's whole time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# On a desktop's screen, where the window opens at 1400x900 (offscreen's own is 800x800).
SCREEN = ROOT / "tests" / "data" / "screens" / "desktop.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")

TICK_MS = 20
SETTLE_S = 1.0


class Heartbeat:
    """The longest gap between two ticks of a 20 ms timer since `reset`."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def stall(self) -> float:
        self._tick()  # a gap still open counts too
        return max(0.0, self.longest - TICK_MS / 1000)


def run_events(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def settle(window, until=lambda: True, timeout: float = 600) -> None:
    """Run the event loop until `until()`, the writes and background jobs are
    done, and then SETTLE_S more (debounced redraws, the next page)."""
    from app.ui.tasks import _WINDOW_LANES, pool

    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        run_events(0.05)
        busy = not window.live.idle or any(pool(lane).activeThreadCount() for lane in _WINDOW_LANES)
        if not busy and until():
            break
    run_events(SETTLE_S)


def measure(beat: Heartbeat, rows: list, name: str, action, window, until=lambda: True) -> None:
    beat.reset()
    started = time.perf_counter()
    action()
    settle(window, until)
    took = time.perf_counter() - started - SETTLE_S
    rows.append((name, beat.stall(), took))
    print(f"{name:<34} {beat.stall():7.2f} s {took:7.1f} s", flush=True)


def biggest_source(library) -> int:
    (sid,) = library.db.execute(
        "SELECT source_id FROM items WHERE kind = 'quote' GROUP BY source_id"
        " ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return sid


def busiest_speakers(library) -> tuple[int, int]:
    rows = library.db.execute(
        "SELECT speaker_id FROM items WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
        " ORDER BY count(*) DESC LIMIT 2"
    ).fetchall()
    return rows[0][0], rows[1][0]


def dialogs_opened(beat: Heartbeat, rows: list, window, speaker_id: int) -> None:
    """Merge and Change Speaker opened (and cancelled: what reading their
    choices costs), the Speakers tab shown, `speaker_id` chosen there."""
    from app.ui import tag_dialog

    panel = window.library_panel
    tag_dialog.SpeakerDialog.exec = lambda dialog: dialog.DialogCode.Rejected
    panel.speakers.select_speaker(speaker_id)
    measure(beat, rows, "open the Merge dialog", panel.speakers.merge_current, window)
    panel.tabs.setCurrentIndex(0)
    settle(window)
    panel.items.setCurrentIndex(panel.model.index(0, 0))
    settle(window)  # the source viewer shows the quote's source
    change = panel.item_actions.change_speaker
    measure(beat, rows, "open the Change Speaker dialog", change, window)


def run(folder: Path, only: set[str]) -> list:
    from PySide6.QtWidgets import QApplication

    from app.core.store import Library
    from app.ui.collector import collect_on_this_thread
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    collect_on_this_thread(app)
    work = Path(tempfile.mkdtemp(prefix="stalls-"))
    path = work / "library.sqlite"
    with Library(folder / "library.sqlite") as source:
        source.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(folder / "library.sqlite", path)
    beat = Heartbeat()
    rows: list = []
    holder: dict = {}

    def want(name: str) -> bool:
        return not only or name in only

    def open_window():
        library = Library(path)
        window = MainWindow(library)
        window.files.maybe_save = lambda: True  # nothing to ask at close
        window.show()
        holder.update(library=library, window=window)

    beat.reset()
    started = time.perf_counter()
    open_window()
    window = holder["window"]
    panel = window.library_panel
    settle(window, lambda: panel.choosers_read)
    rows.append(("open the library", beat.stall(), time.perf_counter() - started - SETTLE_S))
    print(f"{'open the library':<34} {rows[-1][1]:7.2f} s {rows[-1][2]:7.1f} s", flush=True)
    library, live = holder["library"], window.live

    if want("import"):
        dialog = {}
        paths = sorted((folder / "later").iterdir())

        def start_import():
            dialog["d"] = window.sources.start_import(paths)

        measure(
            beat,
            rows,
            f"import {len(paths)} files",
            start_import,
            window,
            lambda: not dialog["d"].running,
        )
        dialog["d"].close()

    if want("search"):
        measure(
            beat, rows, "search 'said' (everything)", lambda: panel.search.setText("said"), window
        )
        measure(beat, rows, "clear the search", lambda: panel.search.setText(""), window)

    if want("tabs"):
        for tab in range(panel.tabs.count()):
            measure(
                beat,
                rows,
                f"tab {panel.tabs.tabText(tab)}",
                lambda t=tab: panel.tabs.setCurrentIndex(t),
                window,
            )
        panel.tabs.setCurrentIndex(0)
        settle(window)
        measure(
            beat, rows, "speaker filter", lambda: panel.speaker_filter.setCurrentIndex(1), window
        )
        measure(
            beat,
            rows,
            "speaker filter off",
            lambda: panel.speaker_filter.setCurrentIndex(0),
            window,
        )

    big = biggest_source(library)
    if want("select"):
        measure(
            beat, rows, "select the source of most quotes", lambda: panel.select_source(big), window
        )

    if want("properties"):
        dialogs = {}

        def redate():
            d = window.sources.edit_current_source(big)
            d.form.edits["date"].setText("2014-02-03")
            dialogs["d"] = d
            d.accept()

        measure(beat, rows, "Source Properties: new date", redate, window)
        measure(beat, rows, "  undo the new date", live.undo_stack.undo, window)

    if want("delete"):
        measure(
            beat,
            rows,
            "delete the source of most quotes",
            lambda: window.sources.delete_source(big, ask=False),
            window,
        )
        measure(beat, rows, "  undo the delete", live.undo_stack.undo, window)

    if want("speakers"):
        keep, other = busiest_speakers(library)
        speakers = panel.speakers

        def edits(shown: str = "") -> None:
            """Rename, merge and their undo; `shown`: the Speakers tab is."""
            rename = lambda: speakers.rename(other, "Ona Tesk")  # noqa: E731
            merge = lambda: speakers.merge(keep, other)  # noqa: E731
            measure(beat, rows, f"rename a speaker{shown}", rename, window)
            measure(beat, rows, "  undo the rename", live.undo_stack.undo, window)
            measure(beat, rows, f"merge two speakers{shown}", merge, window)
            measure(beat, rows, "  undo the merge", live.undo_stack.undo, window)

        edits()
        # The Speakers tab's rows are read again after each edit too.
        measure(beat, rows, "tab Speakers", lambda: panel.tabs.setCurrentIndex(3), window)
        edits(", Speakers tab shown")
        dialogs_opened(beat, rows, window, other)
        panel.tabs.setCurrentIndex(0)

    if want("memo"):
        ids = [
            r[0]
            for r in library.db.execute(
                "SELECT id FROM items WHERE kind = 'quote' ORDER BY id LIMIT 50"
            ).fetchall()
        ]
        measure(
            beat, rows, "add 50 items to the memo", lambda: window.editor.add_items(ids), window
        )
        measure(beat, rows, "preview the memo", window.preview.refresh, window)
        for fmt in ("pdf", "docx"):

            def export(fmt=fmt):
                d = window.export_brief()
                d.open_when_done.setChecked(False)
                d.format.setCurrentIndex(d.format.findData(fmt))
                d.path.setText(str(work / f"memo.{fmt}"))
                d.export()

            measure(beat, rows, f"export the memo to {fmt.upper()}", export, window)

    beat.reset()
    started = time.perf_counter()
    window.close()
    run_events(SETTLE_S)
    rows.append(("close the window", beat.stall(), time.perf_counter() - started - SETTLE_S))
    print(f"{'close the window':<34} {rows[-1][1]:7.2f} s {rows[-1][2]:7.1f} s", flush=True)
    library.close()
    shutil.rmtree(work, ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="what bench/stall_library.py built")
    parser.add_argument(
        "--only",
        nargs="*",
        default=[],
        help="import search tabs select properties delete speakers memo",
    )
    args = parser.parse_args()
    rows = run(args.folder, set(args.only))
    print()
    print("| action | longest stall (s) | whole action (s) |")
    print("|---|---:|---:|")
    for name, stall, took in rows:
        print(f"| {name.strip()} | {stall:.2f} | {took:.1f} |")


if __name__ == "__main__":
    main()
