"""`main.py --install-desktop-entry`: launcher, memo file type, icons and default
opener for one user, checked in a temporary home with the desktop's own tools."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image

from app import desktop
from app.main import main

MEMO = "application/x-briefing-builder-memo"


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    """A fresh home with its own XDG data and config folders."""
    home = tmp_path / "home"
    data, config = tmp_path / "xdg-data", tmp_path / "xdg-config"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return data, config


@pytest.fixture
def without_desktop_tools(tmp_path, monkeypatch):
    """A PATH on which none of update-mime-database, xdg-mime ... exist."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_launcher_type_and_icons(xdg, without_desktop_tools, capsys):
    data, config = xdg
    assert main(["--install-desktop-entry"]) == 0
    entry = read_entry(data / "applications" / "briefing-builder.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Briefing Builder"
    assert entry["MimeType"] == f"{MEMO};"
    assert entry["Icon"] == "briefing-builder"
    python, main_py, field = entry["Exec"].split(" ")
    assert (python, main_py, field) == (
        os.path.abspath(sys.executable),
        str(Path(desktop.__file__).resolve().parents[1] / "main.py"),
        "%f",
    )
    mime = (data / "mime" / "packages" / "briefing-builder.xml").read_text(encoding="utf-8")
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ElementTree.fromstring(mime.encode("utf-8")).find("m:mime-type", ns)
    assert kind.get("type") == MEMO
    assert kind.find("m:glob", ns).get("pattern") == "*.brief.json"
    for size in desktop.ICON_SIZES:
        app_icon = data / f"icons/hicolor/{size}x{size}/apps/briefing-builder.png"
        memo_icon = data / f"icons/hicolor/{size}x{size}/mimetypes/{MEMO.replace('/', '-')}.png"
        assert Image.open(app_icon).size == Image.open(memo_icon).size == (size, size)
    assert (data / "icons/hicolor/scalable/apps/briefing-builder.svg").is_file()
    # No xdg-mime on this PATH: the default opener is written to mimeapps.list.
    mimeapps = (config / "mimeapps.list").read_text(encoding="utf-8").splitlines()
    assert (
        mimeapps[mimeapps.index("[Default Applications]") + 1]
        == f"{MEMO}=briefing-builder.desktop;"
    )
    assert "update-mime-database not found; skipped" in capsys.readouterr().out


def test_install_keeps_the_other_lines_of_mimeapps_list(xdg, without_desktop_tools):
    _data, config = xdg
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Default Applications]\n"
        "text/html=firefox.desktop\n"
        f"{MEMO}=old-editor.desktop;\n"
        "\n[Added Associations]\n"
        "image/png=viewer.desktop;\n"
        "\n[Removed Associations]\n"
        "text/plain=ed.desktop;\n",
        encoding="utf-8",
    )
    assert main(["--install-desktop-entry"]) == 0
    text = (config / "mimeapps.list").read_text(encoding="utf-8")
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(text)
    assert dict(parser["Default Applications"]) == {
        "text/html": "firefox.desktop",
        MEMO: "briefing-builder.desktop;",
    }
    assert dict(parser["Added Associations"]) == {
        "image/png": "viewer.desktop;",
        MEMO: "briefing-builder.desktop;",
    }
    assert dict(parser["Removed Associations"]) == {"text/plain": "ed.desktop;"}

    assert main(["--uninstall-desktop-entry"]) == 0
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(config / "mimeapps.list", encoding="utf-8")
    assert dict(parser["Default Applications"]) == {"text/html": "firefox.desktop"}
    assert dict(parser["Added Associations"]) == {"image/png": "viewer.desktop;"}


def test_uninstall_removes_every_file_it_wrote(xdg, without_desktop_tools):
    data, _config = xdg
    assert main(["--install-desktop-entry"]) == 0
    written = [p for p in data.rglob("*") if p.is_file()]
    assert len(written) == 2 + 2 * len(desktop.ICON_SIZES) + 2
    assert main(["--uninstall-desktop-entry"]) == 0
    assert [p for p in data.rglob("*") if p.is_file()] == []


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("update-mime-database", "xdg-mime")),
    reason="needs shared-mime-info and xdg-utils",
)
def test_the_desktop_knows_the_type_and_its_opener(xdg):
    """With the system's tools present, a memo file is recognised by the MIME database
    Qt and GLib read, and xdg-mime names the app as its default."""
    data, _config = xdg
    assert main(["--install-desktop-entry"]) == 0
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"60:{MEMO}:*.brief.json" in globs.splitlines()
    opener = subprocess.run(
        ["xdg-mime", "query", "default", MEMO], capture_output=True, text=True, check=True
    )
    assert opener.stdout.strip() == "briefing-builder.desktop"
    probe = (
        "from PySide6.QtCore import QMimeDatabase as D; d = D();"
        "print(d.mimeTypeForFile('memo.brief.json', D.MatchMode.MatchExtension).name());"
        "print(d.mimeTypeForFile('data.json', D.MatchMode.MatchExtension).name())"
    )
    kinds = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=os.environ
    )
    assert kinds.stdout.split() == [MEMO, "application/json"]


def test_exec_line_quotes_paths_as_the_desktop_entry_spec_asks():
    assert desktop.exec_line(["/opt/bb/briefing-builder"]) == "/opt/bb/briefing-builder %f"
    assert desktop.exec_line(["/home/a b/bb"]) == '"/home/a b/bb" %f'
    assert desktop.exec_line(["/x/100%/bb"]) == "/x/100%%/bb %f"
    # $ and " are escaped inside quotes; the file format then doubles each backslash.
    assert desktop.exec_line(['/p/$HOME "q"/bb']) == r'"/p/\\$HOME \\"q\\"/bb" %f'


def test_an_unwritable_data_folder_is_reported_by_name(xdg, without_desktop_tools, capsys):
    data, _config = xdg
    data.mkdir()
    (data / "applications").write_text("a file where a folder should be", encoding="utf-8")
    assert main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and str(data / "applications") in err


def test_the_window_and_task_bar_use_the_app_icon(qapp):
    from app.ui.application import make_app

    app = make_app()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    assert app.desktopFileName() == "briefing-builder"
