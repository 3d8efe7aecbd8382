"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

APP_NAME = "briefing-builder"


def _bundle_root() -> Path:
    """The folder holding resources/ and briefs/: the checkout (also the layout of the
    PyInstaller folder), or app/_bundle where an installed wheel carries its copy."""
    installed = Path(__file__).resolve().parents[1] / "_bundle"
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2]


RESOURCES = _bundle_root() / "resources"
BUNDLED_SOURCES = RESOURCES / "sources"
BRIEFS = _bundle_root() / "briefs"


def data_dir() -> Path:
    """The user's data folder; BRIEFING_BUILDER_DATA overrides it (tests use this).

    Always the folder platformdirs names for the app (tests/core/test_paths.py
    compares them); on Linux found without loading it (see _linux_data_dir)."""
    override = os.environ.get("BRIEFING_BUILDER_DATA")
    if override:
        return Path(override)
    found = _linux_data_dir()
    if found is not None:
        return found
    import platformdirs  # other systems and unusual homes: 2-5 ms of a start

    return Path(platformdirs.user_data_dir(APP_NAME))


def _linux_data_dir() -> Path | None:
    """The XDG data folder's app folder on a desktop Linux with an absolute
    HOME or XDG_DATA_HOME, as platformdirs finds it; None anywhere else
    (Android, a relative or missing HOME), which platformdirs then answers.

    Loading platformdirs costs 2-5 ms of a user's start, before the first frame."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    if "ANDROID_DATA" in os.environ or "ANDROID_ROOT" in os.environ:
        return None
    # platformdirs takes XDG_DATA_HOME only when it is absolute (a relative
    # one is ignored, as the XDG spec says), else ~/.local/share.
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if posixpath.isabs(xdg):
        return Path(xdg) / APP_NAME
    home = os.environ.get("HOME", "")
    if posixpath.isabs(home):
        return Path(home) / ".local" / "share" / APP_NAME
    return None


def default_library_path() -> Path:
    return data_dir() / "library.sqlite"
