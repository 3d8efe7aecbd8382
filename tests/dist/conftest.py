"""Fixtures for the packaged app. The slow tests need what `make check-dist` builds:
it sets BRIEFING_BUILDER_DIST (the folder holding the app archive) and
BRIEFING_BUILDER_WHEELHOUSE. Without them those tests skip; with them set to a
folder that lacks the build, they fail.
"""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

import pytest

NAME = "briefing-builder"


def built(variable: str, what: str) -> Path:
    value = os.environ.get(variable)
    if not value:
        pytest.skip(f"needs {what}: run `make check-dist`")
    path = Path(value)
    if not path.is_dir():
        pytest.fail(f"{variable}={value} is not a folder; run `make dist wheelhouse`")
    return path


@pytest.fixture(scope="session")
def unpacked_app(tmp_path_factory) -> Path:
    """The app as a user gets it: the archive `make dist` made, unpacked in a new
    folder (away from the checkout). Returns the app's executable."""
    dist = built("BRIEFING_BUILDER_DIST", "the app built by `make dist`")
    archives = sorted(dist.glob(f"{NAME}-*.tar.gz"))
    if not archives:
        pytest.fail(f"no {NAME}-*.tar.gz in {dist}; run `make dist`")
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archives[-1]) as archive:
        archive.extractall(target, filter="tar")
    executable = target / NAME / NAME
    assert executable.is_file() and os.access(executable, os.X_OK), f"no program in {archives[-1]}"
    return executable


@pytest.fixture(scope="session")
def wheelhouse() -> Path:
    folder = built("BRIEFING_BUILDER_WHEELHOUSE", "the wheels `make wheelhouse` collects")
    if not list(folder.glob("briefing_builder-*.whl")):
        pytest.fail(f"no briefing_builder wheel in {folder}; run `make wheelhouse`")
    return folder
