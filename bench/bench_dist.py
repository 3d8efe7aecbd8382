"""The packaged app: folder size, and start-up of the frozen app against `python main.py`.

Needs `make dist` first (dist/briefing-builder). Measures, in one run:
- the folder's size on disk (files, symbolic links not counted twice), the
  archive's size, and the biggest parts;
- start-up: wall time of `--screenshot` (process start, imports, Qt, library,
  window built and painted, PNG written, exit), offscreen, for the frozen
  program and for `.venv/bin/python main.py`, alternating, ROUNDS times each:
  - cold: every file of that variant (the app folder; or the checkout's app/,
    the venv's site-packages and Python's standard library) dropped from the
    page cache first with posix_fadvise(DONTNEED), as after a reboot (pages
    another process has mapped stay: the driver's own libpython when it runs
    under the venv's Python, which favours the source);
  - warm: straight after another start;
  - "first start" runs get a new data folder (the seed library is imported
    then); the others reuse a library.
Ratio = frozen / source, medians.

    .venv/bin/python bench/bench_dist.py
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dist" / "briefing-builder"
ROUNDS = 9
CASES = ("cold first start", "cold next start", "warm next start")


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def evict(folders: list[Path]) -> None:
    """Drop the files' pages from the page cache (clean pages only; files other
    processes have mapped stay)."""
    for folder in folders:
        paths = folder.rglob("*") if folder.is_dir() else [folder]
        for path in paths:
            if path.is_symlink() or not path.is_file():
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def start(command: list[str], data: Path, shot: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one start, in seconds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_BUILDER_DATA": str(data)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(
        [*command, "--screenshot", str(shot)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    program = APP / "briefing-builder"
    if not program.is_file():
        print("bench_dist: skipped, no dist/briefing-builder (run `make dist` first)")
        return 0
    frozen = [str(program)]
    source = [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "main.py")]
    # The venv's own folders (this driver may run under another Python).
    where = (
        "import json, sysconfig as s; p = s.get_paths(); "
        "print(json.dumps([p['purelib'], p['stdlib'], s.get_config_var('LIBDIR') or p['stdlib']]))"
    )
    python_files = json.loads(
        subprocess.run([source[0], "-c", where], capture_output=True, text=True, check=True).stdout
    )
    files = {
        "frozen": [APP],
        "source": [ROOT / "app", ROOT / "main.py", ROOT / "resources", *map(Path, python_files)],
    }
    commands = {"frozen": frozen, "source": source}
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for name, command in commands.items():  # a library for the "next start" runs
            start(command, tmp_path / f"lib-{name}", tmp_path / "x.png")
        for round_ in range(ROUNDS):
            for name, command in commands.items():
                for case in CASES:
                    if case.startswith("cold"):
                        evict(files[name])
                    data = (
                        tmp_path / f"new-{name}-{round_}"
                        if "first" in case
                        else tmp_path / f"lib-{name}"
                    )
                    times.setdefault((name, case), []).append(
                        start(command, data, tmp_path / f"{name}.png")
                    )

    archive = next(APP.parent.glob("briefing-builder-*.tar.gz"), None)
    parts = sorted(
        (
            (size_of(p) if p.is_dir() else p.stat().st_size, p.name)
            for p in (APP / "_internal").iterdir()
            if not p.is_symlink()
        ),
        reverse=True,
    )
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"{now} · {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs · "
        f"Python {platform.python_version()} · load {os.getloadavg()[0]:.2f}"
    )
    print(
        f"folder {size_of(APP) / 1e6:.1f} MB"
        + (f", archive {archive.stat().st_size / 1e6:.1f} MB ({archive.name})" if archive else "")
    )
    print("biggest parts: " + ", ".join(f"{n} {s / 1e6:.1f} MB" for s, n in parts[:6]))
    print(
        f"\n| start-up, median of {ROUNDS} | frozen wall / CPU (s) "
        "| python main.py wall / CPU (s) | frozen / source, wall | frozen / source, CPU |"
    )
    print("|---|---|---|---|---|")
    for case in CASES:
        fw, fc = (statistics.median(t[i] for t in times[("frozen", case)]) for i in (0, 1))
        sw, sc = (statistics.median(t[i] for t in times[("source", case)]) for i in (0, 1))
        row = f"| {case} | {fw:.2f} / {fc:.2f} | {sw:.2f} / {sc:.2f} "
        print(row + f"| {fw / sw:.2f}× | {fc / sc:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
