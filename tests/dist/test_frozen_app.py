"""The app built by `make dist`, unpacked away from the checkout and run like on a
laptop that never sees the network: clean environment, fresh home, no Python.

Each check compares the frozen app with the same work done from source here, so a
module, data file or font the build left out shows up as a difference.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from app.core.importer import import_paths, open_library
from app.core.paths import BRIEFS
from tests.dist.inputs import make_docx, make_html, make_pdf
from tests.dist.isolation import bundled_data, can_isolate, clean_env, isolated, run_clean

pytestmark = pytest.mark.slow

EXAMPLE = BRIEFS / "la-sanctuary-ordinance.brief.json"
SIZE_BUDGET_MB = 200


def library_file(home: Path) -> Path:
    """Where the app keeps its library for a user with this home (XDG default)."""
    return home / ".local" / "share" / "briefing-builder" / "library.sqlite"


def test_no_python_and_no_network_in_the_clean_environment(tmp_path):
    """The isolation the other tests rely on is real (where the machine allows it)."""
    if not can_isolate():
        pytest.skip("needs root and unshare: the other tests still run with env -i")
    probe = "python3 -c 1 || echo no-python; tail -n +3 /proc/net/dev | cut -d: -f1"
    done = run_clean(["sh", "-c", probe], tmp_path / "home", tmp_path)
    assert "no-python" in done.stdout
    assert done.stdout.split("no-python")[1].split() == ["lo"], done.stdout  # loopback only


def test_the_folder_stays_under_its_size_budget(unpacked_app):
    folder = unpacked_app.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 < SIZE_BUDGET_MB, f"{folder}: {size / 1e6:.1f} MB"


def test_every_data_file_is_in_the_folder(unpacked_app):
    inside = unpacked_app.parent / "_internal"
    missing = [name for name in bundled_data() if not (inside / name).is_file()]
    assert missing == []


def test_window_draws_the_seed_library(unpacked_app, tmp_path):
    home = tmp_path / "home"
    shot = tmp_path / "window.png"
    done = run_clean([str(unpacked_app), "--screenshot", str(shot)], home, tmp_path)
    assert done.returncode == 0, done.stderr
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 900)
    colours = image.getcolors(maxcolors=1 << 20)
    most = max(count for count, _ in colours)
    assert len(colours) > 200 and most < 0.8 * 1400 * 900, "the window looks blank"
    with sqlite3.connect(library_file(home)) as db:
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
        assert db.execute("SELECT count(*) FROM items WHERE kind = 'quote'").fetchone()[0] >= 20


def top_level_window_properties(display: str) -> str:
    """WM_CLASS and _NET_WM_ICON of the app's top-level window, or "" before it maps.
    (Qt also makes helper windows with the same title but no class.)"""
    env = {"DISPLAY": display}
    found = subprocess.run(
        ["xdotool", "search", "--name", "Briefing Builder"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    for window in found.stdout.split():
        props = subprocess.run(
            ["xprop", "-id", window, "WM_CLASS", "_NET_WM_ICON"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if "WM_CLASS(" in props:
            return props
    return ""


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("Xvfb", "xprop", "xdotool")),
    reason="needs Xvfb, xprop and xdotool (Debian: xvfb, x11-utils, xdotool)",
)
def test_window_opens_on_an_x11_display_with_its_icon(unpacked_app, tmp_path):
    """The real desktop platform (xcb) loads from the folder, and the window carries
    the app's icon and class for the task bar."""
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    display = ":" + xvfb.stdout.readline().decode().strip()
    home = tmp_path / "home"
    home.mkdir()
    app = subprocess.Popen(
        isolated([str(unpacked_app)]),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=clean_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
    )
    try:
        props = ""
        deadline = time.monotonic() + 60
        while "WM_CLASS(" not in props and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.5)
            props = top_level_window_properties(display)
        assert "WM_CLASS(" in props, f"no window appeared (exit status {app.poll()})"
        assert 'WM_CLASS(STRING) = "briefing-builder", "Briefing Builder"' in props
        icon = props.split("_NET_WM_ICON(CARDINAL) =", 1)[1]
        assert icon.count("Icon (") >= 4, props[:300]  # several sizes: title bar, switcher
    finally:
        app.kill()
        app.wait()
        xvfb.kill()
        xvfb.wait()


def test_export_of_the_example_memo_matches_the_source_build(unpacked_app, tmp_path):
    home = tmp_path / "home"
    example = unpacked_app.parent / "_internal" / "briefs" / EXAMPLE.name
    assert example.is_file(), "the example memo is not in the folder"
    for suffix in ("docx", "pdf"):
        out = tmp_path / f"frozen.{suffix}"
        done = run_clean(
            [str(unpacked_app), "export", str(example), "--out", str(out)], home, tmp_path
        )
        assert done.returncode == 0, done.stderr
        assert f"ok {out}" in done.stdout
    from app import cli

    for suffix in ("docx", "pdf"):
        assert cli.run(["export", str(EXAMPLE), "--out", str(tmp_path / f"source.{suffix}")]) == 0

    frozen, source = Document(tmp_path / "frozen.docx"), Document(tmp_path / "source.docx")
    texts = [p.text for p in frozen.paragraphs]
    assert "MEMORANDUM" in texts[0] or "MEMORANDUM" in " ".join(texts[:5])
    assert texts == [p.text for p in source.paragraphs]
    footnotes = [
        part.blob for part in frozen.part.package.parts if "footnotes" in str(part.partname)
    ]
    assert footnotes == [
        part.blob for part in source.part.package.parts if "footnotes" in str(part.partname)
    ]

    def pdf_text(path: Path) -> str:
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout

    frozen_pdf = pdf_text(tmp_path / "frozen.pdf")
    assert "Los Angeles sanctuary city ordinance" in frozen_pdf
    assert frozen_pdf == pdf_text(tmp_path / "source.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "frozen.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVuSans" in fonts  # the bundled fonts, embedded


def test_import_of_docx_pdf_and_html_matches_the_source_build(unpacked_app, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    files = [
        make_docx(inputs / "ferry.docx"),
        make_pdf(inputs / "press.pdf"),
        make_html(inputs / "lanterns.html"),
    ]
    home = tmp_path / "home"
    done = run_clean([str(unpacked_app), "import", *map(str, files)], home, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[:2] for line in done.stdout.splitlines()] == [
        ["ok", f.name] for f in files
    ]

    library = open_library(tmp_path / "source.sqlite", seed_if_new=True)
    with library:
        assert all(outcome.ok for outcome in import_paths(library, files))
    query = """SELECT s.file_name, s.title, i.kind, i.text, coalesce(p.name, '')
               FROM items i JOIN sources s ON s.id = i.source_id
               LEFT JOIN speakers p ON p.id = i.speaker_id
               WHERE s.file_name IN (?, ?, ?) ORDER BY 1, 3, 4"""
    names = [f.name for f in files]
    with sqlite3.connect(library_file(home)) as db:
        frozen_rows = db.execute(query, names).fetchall()
    with sqlite3.connect(tmp_path / "source.sqlite") as db:
        source_rows = db.execute(query, names).fetchall()
    assert frozen_rows == source_rows
    quotes = {(row[0], row[3], row[4]) for row in frozen_rows if row[2] == "quote"}
    assert ("ferry.docx", "We will keep the fare at two crowns,", "Ilsa Varrow") in quotes
    assert ("press.pdf", "The press pays for itself in four seasons,", "Tomas Quillen") in quotes
    assert ("lanterns.html", "The square is too small now,", "Odile Fenwright") in quotes
    titles = {row[0]: row[1] for row in frozen_rows}
    assert titles["lanterns.html"] == "Lantern festival moves to the river"


def test_install_desktop_entry_points_at_the_frozen_program(unpacked_app, tmp_path):
    home = tmp_path / "home"
    done = run_clean([str(unpacked_app), "--install-desktop-entry"], home, tmp_path)
    assert done.returncode == 0, done.stderr
    entry = home / ".local" / "share" / "applications" / "briefing-builder.desktop"
    assert f"Exec={unpacked_app} %f" in entry.read_text(encoding="utf-8").splitlines()
    icon = home / ".local/share/icons/hicolor/256x256/apps/briefing-builder.png"
    assert Image.open(icon).size == (256, 256)
