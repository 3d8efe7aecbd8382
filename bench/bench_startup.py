"""Start-up: process start to the first painted main window, against an empty Qt window.

    .venv/bin/python bench/bench_startup.py [--rounds 9]

Each round starts two fresh processes, one after the other (offscreen):

- the baseline: Python imports PySide6 and shows an empty QMainWindow;
- the app: `main.py --library LIB` on a library already made (the bundled
  sources; made once before the rounds, so no round pays for seeding).

Both are timed from just before the process is started to the end of the
first paint of their main window (the first event-loop turn after the
window's first paint event, when the whole frame is drawn), on the system's
monotonic clock, which parent and child share. The child exits at once
after that. Reported: the median of each over the rounds, and their ratio,
the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The child: report the first painted frame of the first QMainWindow, then exit.
_HOOK = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstFrame(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False
    def done(self):
        print(f"first-frame {time.monotonic():.6f}", flush=True)
        os._exit(0)

first_frame = FirstFrame()
"""

_EMPTY = (
    _HOOK
    + """
app = QApplication(sys.argv)
app.installEventFilter(first_frame)
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.exec()
"""
)

_APP = (
    _HOOK
    + """
sys.path.insert(0, ROOT)
from app.ui import application
make_app = application.make_app

def make_and_watch(argv=None):
    app = make_app(argv)
    app.installEventFilter(first_frame)
    return app

application.make_app = make_and_watch
from app.main import main
sys.exit(main(["--library", LIBRARY]))
"""
)


def run_child(code: str, env: dict[str, str]) -> float:
    """Seconds from starting a Python process running `code` to its first frame."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - start
    raise SystemExit(f"no first frame (exit {done.returncode}):\n{done.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    library = folder / "library.sqlite"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_BUILDER_DATA": str(folder / "data"),
    }
    app_code = f"ROOT = {str(ROOT)!r}\nLIBRARY = {str(library)!r}\n" + _APP
    # Made once, with the bundled sources, as a first start makes it.
    sys.path.insert(0, str(ROOT))
    from app.core.importer import open_library

    open_library(library, seed_if_new=True).close()
    run_child(app_code, env)  # compiled modules cached, as on any later start
    empty, app = [], []
    for _ in range(args.rounds):
        empty.append(run_child(_EMPTY, env))
        app.append(run_child(app_code, env))
    e, a = statistics.median(empty), statistics.median(app)
    load = os.getloadavg()[0]
    print(
        f"{date.today()} · {platform.processor() or platform.machine()} · Python "
        f"{platform.python_version()} · load {load:.1f} · {args.rounds} rounds"
    )
    print("| start-up to first painted frame | median (s) | min (s) | ratio |")
    print("|---|---|---|---|")
    print(f"| empty Qt window | {e:.3f} | {min(empty):.3f} | 1.00x |")
    print(f"| Briefing Builder (bundled library) | {a:.3f} | {min(app):.3f} | {a / e:.2f}x |")


if __name__ == "__main__":
    main()
