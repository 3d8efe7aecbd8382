"""The user's data folder: found on Linux without platformdirs, always where
platformdirs says it is."""

import sys
from pathlib import Path

import platformdirs
import pytest

from app.core.paths import APP_NAME, data_dir, default_library_path


@pytest.mark.parametrize(
    "home, xdg_data_home",
    [
        ("/home/quillan", None),
        ("/home/quillan/", None),
        ("/home/quillan", ""),
        ("/home/quillan", "/srv/vemlo data/share"),
        ("/home/quillan", "/srv/vemlo/share/"),
        ("/home/quillan", "relative/share"),  # ignored: the XDG spec takes absolute ones only
        ("/", None),
        ("relative/home", "/srv/vemlo/share"),
        ("relative/home", None),  # platformdirs falls back to the account's home
        (None, None),
    ],
)
def test_the_data_folder_is_where_platformdirs_puts_it(monkeypatch, home, xdg_data_home):
    monkeypatch.delenv("BRIEFING_BUILDER_DATA")
    for name, value in (("HOME", home), ("XDG_DATA_HOME", xdg_data_home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert data_dir() == Path(platformdirs.user_data_dir(APP_NAME))
    assert default_library_path() == data_dir() / "library.sqlite"


def test_a_desktop_linux_finds_it_without_loading_platformdirs(monkeypatch, tmp_path):
    if sys.platform != "linux":
        pytest.fail("this check is for Linux, where the app is developed and benchmarked")
    monkeypatch.delenv("BRIEFING_BUILDER_DATA")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    # No module to import: any import of platformdirs fails.
    monkeypatch.setitem(sys.modules, "platformdirs", None)
    assert data_dir() == tmp_path / ".local" / "share" / APP_NAME
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / APP_NAME


def test_the_folder_set_for_the_app_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_BUILDER_DATA", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "mine"
