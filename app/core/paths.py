"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

import os
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
    """The user's data folder; BRIEFING_BUILDER_DATA overrides it (tests use this)."""
    override = os.environ.get("BRIEFING_BUILDER_DATA")
    if override:
        return Path(override)
    import platformdirs  # loaded only when no folder is set: 2-5 ms of a start

    return Path(platformdirs.user_data_dir(APP_NAME))


def default_library_path() -> Path:
    return data_dir() / "library.sqlite"
