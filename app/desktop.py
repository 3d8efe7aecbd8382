"""Make this copy of the app a desktop application for the current user (Linux, XDG).

`main.py --install-desktop-entry` writes a .desktop launcher, the memo file
type (*.brief.json as application/x-briefing-builder-memo), the icons, and
makes the app the type's default opener; `--uninstall-desktop-entry` takes
them away again. Everything goes under $XDG_DATA_HOME (~/.local/share) and
$XDG_CONFIG_HOME (~/.config): no root, no network. No Qt here, so the
install works without a display.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from app.core.fileio import atomic_write_bytes, atomic_write_text
from app.core.paths import RESOURCES

DESKTOP_ID = "briefing-builder.desktop"
MIME_TYPE = "application/x-briefing-builder-memo"
MIME_PACKAGE = "briefing-builder.xml"
ICON_NAME = "briefing-builder"
MEMO_ICON_NAME = MIME_TYPE.replace("/", "-")  # the name the icon theme looks up for the type
ICONS = RESOURCES / "icons"
TEMPLATES = RESOURCES.parent / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Characters that make an Exec argument need quoting (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def icon_files(name: str = ICON_NAME) -> list[Path]:
    """The PNG renderings of an icon, smallest first (the window uses them all)."""
    return [ICONS / f"{name}-{size}.png" for size in ICON_SIZES]


def launch_command() -> list[str]:
    """The command that starts this copy of the app: the frozen program, the
    checkout's main.py under this Python, or the `briefing-builder` script pip
    installed next to this Python."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    python = os.path.abspath(sys.executable)  # not resolved: a venv's python must stay the venv's
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "main.py").is_file() and (checkout / "pyproject.toml").is_file():
        return [python, str(checkout / "main.py")]
    script = Path(python).parent / "briefing-builder"
    if script.is_file():
        return [str(script)]
    return [python, "-m", "app.main"]


def exec_line(command: list[str]) -> str:
    """The Exec value for `command` plus the file to open, quoted as the spec asks."""
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if _RESERVED & set(arg):
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        parts.append(arg.replace("\\", "\\\\"))  # the key file format escapes backslashes again
    return " ".join([*parts, "%f"])


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def installed_files() -> dict[Path, Path | str]:
    """Every file the install writes, mapped to its content (text) or the icon to copy."""
    data = data_home()
    template = (TEMPLATES / "briefing-builder.desktop.in").read_text(encoding="utf-8")
    files: dict[Path, Path | str] = {
        data / "applications" / DESKTOP_ID: template.replace(
            "@EXEC@ %f", exec_line(launch_command())
        ),
        data / "mime" / "packages" / MIME_PACKAGE: (
            TEMPLATES / "briefing-builder-mime.xml"
        ).read_text(encoding="utf-8"),
    }
    hicolor = data / "icons" / "hicolor"
    for size, app_png, memo_png in zip(
        ICON_SIZES, icon_files(), icon_files("briefing-builder-memo"), strict=True
    ):
        folder = hicolor / f"{size}x{size}"
        files[folder / "apps" / f"{ICON_NAME}.png"] = app_png
        files[folder / "mimetypes" / f"{MEMO_ICON_NAME}.png"] = memo_png
    files[hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"] = ICONS / f"{ICON_NAME}.svg"
    files[hicolor / "scalable" / "mimetypes" / f"{MEMO_ICON_NAME}.svg"] = (
        ICONS / "briefing-builder-memo.svg"
    )
    return files


def install(report: Callable[[str], None] = print) -> None:
    """Write the launcher, file type and icons; register the app as the memo opener.
    Raises OSError (naming the file) when something cannot be written."""
    for path, content in installed_files().items():
        if isinstance(content, Path):
            atomic_write_bytes(path, content.read_bytes())
        else:
            atomic_write_text(path, content)
        report(f"wrote {path}")
    _refresh_caches(report)
    if not _run(["xdg-mime", "default", DESKTOP_ID, MIME_TYPE], report):
        set_default_opener(config_home() / "mimeapps.list", DESKTOP_ID)
        report(f"wrote {config_home() / 'mimeapps.list'}")
    report(f"*.brief.json files now open with {DESKTOP_ID}")


def uninstall(report: Callable[[str], None] = print) -> None:
    """Remove what `install` wrote and the app's lines in mimeapps.list."""
    for path in installed_files():
        if path.exists():
            path.unlink()
            report(f"removed {path}")
    mimeapps = config_home() / "mimeapps.list"
    if mimeapps.exists():
        set_default_opener(mimeapps, None)
    _refresh_caches(report)


def set_default_opener(mimeapps: Path, desktop_id: str | None) -> None:
    """Make `desktop_id` the default for the memo type in a mimeapps.list (None: remove
    ours), keeping every other line of the file as it was."""
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    out: list[str] = []
    section = None
    done: set[str] = set()
    wanted = ("[Default Applications]", "[Added Associations]")

    def finish(name: str | None) -> None:
        if name in wanted and name not in done and desktop_id:
            out.append(f"{MIME_TYPE}={desktop_id};")
            done.add(name)

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            finish(section)
            section = stripped
            out.append(line)
            continue
        if stripped.split("=", 1)[0].strip() == MIME_TYPE and section in wanted:
            continue  # replaced by ours at the end of the section
        out.append(line)
    finish(section)
    for name in wanted:
        if name not in done and desktop_id:
            if out and out[-1].strip():
                out.append("")
            out += [name, f"{MIME_TYPE}={desktop_id};"]
    atomic_write_text(mimeapps, "\n".join(out) + "\n")


def _refresh_caches(report: Callable[[str], None]) -> None:
    data = data_home()
    _run(["update-mime-database", str(data / "mime")], report)
    _run(["update-desktop-database", str(data / "applications")], report)
    _run(
        [
            "gtk-update-icon-cache",
            "--force",
            "--ignore-theme-index",
            str(data / "icons" / "hicolor"),
        ],
        report,
    )


def _run(command: list[str], report: Callable[[str], None]) -> bool:
    """Run a desktop tool if the system has it; True when it ran and succeeded."""
    if shutil.which(command[0]) is None:
        report(f"({command[0]} not found; skipped)")
        return False
    import subprocess  # only here: not loaded with the icons at start

    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        report(f"({command[0]} failed: {(done.stderr or done.stdout).strip()[:200]})")
        return False
    report(f"ran {' '.join(command[:2])}")
    return True


def main(remove: bool = False) -> int:
    """Entry for the command-line flags: 0 on success, 1 with a message otherwise."""
    if not sys.platform.startswith("linux"):
        print(
            "error: desktop entries are a Linux (XDG) feature; on Windows and macOS "
            "the installer or the .app bundle registers the app",
            file=sys.stderr,
        )
        return 1
    try:
        if remove:
            uninstall()
        else:
            install()
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"error:{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
