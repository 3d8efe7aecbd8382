"""Start-up: process start to the first painted main window, against an empty Qt window.

    .venv/bin/python bench/bench_startup.py [--rounds 11] [--compare DIR] [--given-library]

Each round starts fresh processes, one after the other (offscreen):

- the baseline: Python imports PySide6 and shows an empty QMainWindow;
- the app as a user starts it: `main.py` with no arguments, its own fresh
  home folder, no XDG folders and no BRIEFING_BUILDER_DATA set, so the app
  finds its data folder and library itself (~/.local/share/briefing-builder).
  Its first start, before the rounds and not timed, makes that library with
  the bundled sources and the settings a first start writes; the rounds are
  the starts after it;
- with --given-library, instead `main.py --library LIB` with the data folder
  set (BRIEFING_BUILDER_DATA), on a library made before the rounds: how this
  bench measured before 2026-11-28;
- with --compare DIR, the same for the app in DIR (say, a checkout of main
  before a change), with a home of its own, so before and after share the
  machine's load.

Each is timed from just before the process is started to the end of the
first paint of its main window (the first event-loop turn after the
window's first paint event, when the whole frame is drawn), on the system's
monotonic clock, which parent and child share; the child exits at once
after that. The event filter that sees the paint sits on the main window
only, hooked when the code started loads Qt's widgets (so that the app
loads its modules in its own order, as `python main.py` does). Reported:
the median over the rounds, its ratio to the baseline (the figure to
compare across machines), and the same for the CPU time the process used,
which a busy machine disturbs less than the wall time.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A desktop's screen: the window fits its first size to the screen, and the
# offscreen platform's own is 800x800 (on this one it opens at 1400x900).
SCREEN = ROOT / "tests" / "data" / "screens" / "desktop.json"

# The child: calls `on_first_frame(window)` once the first QMainWindow shown
# has drawn its first frame; by default, says when and exits. (Also used by
# tests/ui/test_startup.py, which gives its own `on_first_frame`.)
FIRST_FRAME_HOOK = """
import os, sys, time
import importlib.util

def on_first_frame(window):
    print(f"first-frame {time.monotonic():.6f}", flush=True)
    os._exit(0)

def watch_first_frame():
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstFrame(QObject):
        seen = False
        def eventFilter(self, window, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, lambda: on_first_frame(window))
            return False

    first_frame = FirstFrame()
    _show = QMainWindow.show

    def show(window):
        window.installEventFilter(first_frame)
        _show(window)

    # Only the main window's own events reach the filter: a filter on the whole
    # application would make PySide wrap every object that gets an event (and
    # build the Python enums of their classes), a cost the app alone would pay.
    QMainWindow.show = show

class WhenQtWidgetsLoads:
    # Hooks QMainWindow.show once the code started has loaded Qt itself, so
    # that the code loads its modules in its own order (what it loads before
    # Qt, PySide does not read: app/main.py).
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            watch_first_frame()

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WhenQtWidgetsLoads())
"""

_EMPTY = (
    FIRST_FRAME_HOOK
    + """
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.exec()
"""
)

_APP = (
    FIRST_FRAME_HOOK
    + """
sys.path.insert(0, ROOT)
from app.main import main
sys.exit(main(ARGS))
"""
)


def run_child(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting a Python process running `code` to its first
    frame, and the CPU seconds (user + system) the process used."""
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in done.stdout.splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - start, cpu
    raise SystemExit(f"no first frame (exit {done.returncode}):\n{done.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="DIR",
        help="another checkout of the app (e.g. main before a change), measured in the same rounds",
    )
    parser.add_argument(
        "--given-library",
        action="store_true",
        help="start the app on a library named by --library, data folder set (not a user's start)",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = {
        # No XDG folders: each run's own home holds its data and settings.
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith("XDG_") or k == "XDG_RUNTIME_DIR"
        },
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
        "HOME": str(folder / "home"),
    }
    env.pop("BRIEFING_BUILDER_DATA", None)
    # A user's second start finds its modules compiled: let the first run write them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    apps = {"Briefing Builder": ROOT}
    if args.compare:
        apps = {str(args.compare): args.compare.resolve(), **apps}
    what = "bundled library, given" if args.given_library else "a user's start"
    runs = {"empty Qt window": (_EMPTY, env)}
    library = folder / "library.sqlite"
    for name, root in apps.items():
        if args.given_library:
            run_env = {**env, "BRIEFING_BUILDER_DATA": str(folder / "data")}
            runs[f"{name} ({what})"] = (app_code(root, ["--library", str(library)]), run_env)
        else:
            run_env = {**env, "HOME": str(folder / f"home-{len(runs)}")}
            runs[f"{name} ({what})"] = (app_code(root, []), run_env)
    if args.given_library:  # made once, with the bundled sources, as a first start makes it
        sys.path.insert(0, str(ROOT))
        from app.core.importer import open_library

        open_library(library, seed_if_new=True).close()
    for code, run_env in runs.values():
        Path(run_env["HOME"]).mkdir(parents=True, exist_ok=True)
        # A user's first start (it makes the library), and compiled modules
        # cached, as on any later start.
        run_child(code, run_env)
    if not args.given_library:
        for name, (_, run_env) in runs.items():
            made = Path(run_env["HOME"], ".local/share/briefing-builder/library.sqlite")
            if name != "empty Qt window" and not made.is_file():
                raise SystemExit(f"{name}: the first start made no library at {made}")
    load = [os.getloadavg()[0]]
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, (code, run_env) in runs.items():
            times[name].append(run_child(code, run_env))
    load.append(os.getloadavg()[0])
    print(
        f"{date.today()} · {platform.processor() or platform.machine()} · Python "
        f"{platform.python_version()} · load {load[0]:.1f}-{load[1]:.1f} · {args.rounds} rounds"
    )
    print(
        "| start-up to first painted frame | median (s) | min (s) | ratio | CPU (s) | CPU ratio |"
    )
    print("|---|---|---|---|---|---|")
    base_wall = statistics.median(w for w, _ in times["empty Qt window"])
    base_cpu = statistics.median(c for _, c in times["empty Qt window"])
    for name, rounds in times.items():
        wall = statistics.median(w for w, _ in rounds)
        cpu = statistics.median(c for _, c in rounds)
        print(
            f"| {name} | {wall:.3f} | {min(w for w, _ in rounds):.3f} | {wall / base_wall:.2f}x"
            f" | {cpu:.3f} | {cpu / base_cpu:.2f}x |"
        )


def app_code(root: Path, args: list[str]) -> str:
    """The child that starts the app in `root` with the arguments `args`."""
    return f"ROOT = {str(root)!r}\nARGS = {args!r}\n" + _APP


if __name__ == "__main__":
    main()
