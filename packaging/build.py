"""Build the self-contained app folder with PyInstaller and pack it into an archive.

    python packaging/build.py            # -> dist/briefing-builder/ and dist/briefing-builder-<version>-<platform>.<tar.gz|zip>

The same command on Linux, Windows and macOS (`make dist` runs it on Linux).
It needs the `dist` extra installed (`pip install -e ".[dist]"`) and no network.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "briefing-builder.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "briefing-builder"


def version() -> str:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return meta["project"]["version"]


def build() -> Path:
    """Run PyInstaller on the spec; return the app folder (the .app bundle on macOS)."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    if sys.platform == "darwin":
        return DIST / "Briefing Builder.app"
    return DIST / NAME


def pack(folder: Path) -> Path:
    """Archive the folder next to it: .zip on Windows and macOS, .tar.gz elsewhere."""
    platform = sysconfig.get_platform().replace(".", "_")
    base = DIST / f"{NAME}-{version()}-{platform}"
    if sys.platform == "darwin":
        # ditto keeps the bundle's symbolic links and signature, which zipfile would not.
        archive = Path(f"{base}.zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(archive)], check=True)
        return archive
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=folder.parent, base_dir=folder.name))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    folder = build()
    archive = pack(folder)
    print(f"{folder}: {folder_size(folder) / 1e6:.1f} MB")
    print(f"{archive}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
