"""`make wheelhouse`: an offline `pip install --no-index` of the app into a new
virtual environment works, and the installed app runs away from the checkout."""

from __future__ import annotations

import sqlite3
import subprocess
import venv
from pathlib import Path

import pytest

from tests.dist.inputs import make_docx
from tests.dist.isolation import ROOT, bundled_data, run_clean

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(wheelhouse, tmp_path_factory) -> Path:
    """A new virtual environment with the app installed from the wheelhouse alone,
    with no network and the machine's pip configuration (extra indexes) ignored."""
    target = tmp_path_factory.mktemp("offline-install")
    env_dir = target / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    command = [
        str(python),
        "-m",
        "pip",
        "install",
        "--no-index",
        "--find-links",
        str(wheelhouse),
        "briefing-builder",
    ]
    done = run_clean(
        command,
        target / "home",
        target,
        hide=[],
        PIP_CONFIG_FILE="/dev/null",
        PIP_NO_CACHE_DIR="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return env_dir


def run_installed(env_dir: Path, args: list[str], home: Path, cwd: Path):
    """Run the installed `briefing-builder` with the checkout hidden, offline."""
    return run_clean(
        [str(env_dir / "bin" / "briefing-builder"), *args],
        home,
        cwd,
        hide=[str(ROOT)],
        QT_QPA_PLATFORM="offscreen",
    )


def test_the_wheelhouse_holds_one_wheel_per_requirement(wheelhouse):
    names = {w.name.split("-")[0].lower().replace("_", "-") for w in wheelhouse.glob("*.whl")}
    assert {
        "briefing-builder",
        "pyside6-essentials",
        "shiboken6",
        "python-docx",
        "reportlab",
        "trafilatura",
        "pypdfium2",
        "platformdirs",
    } <= names
    assert not {"pytest", "pyinstaller", "ruff"} & names  # build and test tools stay out


def test_every_data_file_is_in_the_installed_package(installed):
    site = next((installed / "lib").glob("python3.*/site-packages"))
    bundle = {"resources", "briefs"}
    missing = [
        name
        for name in bundled_data()
        if not (
            site / "app" / "_bundle" / name if name.split("/")[0] in bundle else site / name
        ).is_file()
    ]
    assert missing == []


def test_installed_app_runs_from_its_own_copy(installed, tmp_path):
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import app; print(app.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert where.startswith(str(installed)), where
    home = tmp_path / "home"
    shot = tmp_path / "window.png"
    done = run_installed(installed, ["--screenshot", str(shot)], home, tmp_path)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 50_000
    library = home / ".local/share/briefing-builder/library.sqlite"
    with sqlite3.connect(library) as db:
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5


def test_installed_app_exports_and_imports(installed, tmp_path):
    home = tmp_path / "home"
    site = next((installed / "lib").glob("python3.*/site-packages"))
    example = site / "app" / "_bundle" / "briefs" / "la-sanctuary-ordinance.brief.json"
    out = tmp_path / "memo.pdf"
    done = run_installed(installed, ["export", str(example), "--out", str(out)], home, tmp_path)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Los Angeles sanctuary city ordinance" in text
    memo = make_docx(tmp_path / "ferry.docx")
    done = run_installed(installed, ["import", str(memo)], home, tmp_path)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(home / ".local/share/briefing-builder/library.sqlite") as db:
        quotes = db.execute(
            "SELECT i.text FROM items i JOIN sources s ON s.id = i.source_id "
            "WHERE s.file_name = 'ferry.docx' AND i.kind = 'quote'"
        ).fetchall()
    assert quotes == [("We will keep the fare at two crowns,",)]


def test_installed_app_installs_its_desktop_entry(installed, tmp_path):
    home = tmp_path / "home"
    done = run_installed(installed, ["--install-desktop-entry"], home, tmp_path)
    assert done.returncode == 0, done.stderr
    entry = home / ".local/share/applications/briefing-builder.desktop"
    exec_line = f"Exec={installed / 'bin' / 'briefing-builder'} %f"
    assert exec_line in entry.read_text(encoding="utf-8").splitlines()
