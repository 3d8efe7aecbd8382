"""Running a program the way a laptop that never sees the network would: a clean
environment, a fresh home, no network and, where the tests run as root, no Python
on the machine at all (every Python folder covered by an empty one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run as root (CI), unshare gives the command its own network (loopback only) and
# its own mounts, where every Python of the machine is covered by an empty folder.
ISOLATE = r"""
set -e
for d in "$@"; do
  [ "$d" = -- ] && break
  if [ -d "$d" ]; then mount -t tmpfs none "$d"; elif [ -e "$d" ]; then mount --bind /dev/null "$d"; fi
done
while [ "$1" != -- ]; do shift; done; shift
exec "$@"
"""


def python_places() -> list[str]:
    """Folders and programs that make up a Python installation on this machine."""
    places = {sys.base_prefix, sys.prefix, str(ROOT)}
    for pattern in (
        "/usr/lib/python3*",
        "/usr/local/lib/python3*",
        "/usr/bin/python3*",
        "/usr/local/bin/python3*",
        "/bin/python3*",
    ):
        places.update(str(p) for p in Path("/").glob(pattern.lstrip("/")))
    # Mounting over a folder hides everything below it; keep the outermost ones.
    ordered = sorted(places, key=len)
    return [p for i, p in enumerate(ordered) if not any(p.startswith(q + "/") for q in ordered[:i])]


def can_isolate() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """`env -i` plus a fresh HOME and a plain PATH: no proxy, no Python variables."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra}


def isolated(command: list[str], hide: list[str] | None = None) -> list[str]:
    """`command` wrapped to run offline with `hide` covered (default: every Python and
    the checkout), when this machine allows it; otherwise unchanged."""
    if not can_isolate():
        return command
    hidden = python_places() if hide is None else hide
    return ["unshare", "-n", "-m", "sh", "-c", ISOLATE, "isolate", *hidden, "--", *command]


def run_clean(
    command: list[str],
    home: Path,
    cwd: Path,
    hide: list[str] | None = None,
    timeout: float = 300,
    **extra: str,
) -> subprocess.CompletedProcess:
    """Run `command` in a clean environment; when root, also offline and with the
    `hide` paths covered (by default every Python and the checkout)."""
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        isolated(command, hide),
        env=clean_env(home, **extra),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def bundled_data() -> list[str]:
    """Every data file the app reads at run time, relative to the checkout: the
    seed library, fonts, icons (resources/), the example memos (briefs/) and the
    files beside the code in app/ (styles, help pages). Both packagings must
    carry each of them."""
    found = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    found += list((ROOT / "briefs").glob("*.brief.json"))
    found += [
        p
        for p in (ROOT / "app").rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    return sorted(str(p.relative_to(ROOT)) for p in found)
