"""The headless commands, run as a user runs them: `python main.py ...`."""

import json
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import DATA, ROOT, SEEDS


def run(*args, check=True):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


def test_quotes_on_the_seeds_finds_every_gold_quote(tmp_path):
    out = run("quotes", *sorted(SEEDS.glob("*.txt"))).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    for row in rows:
        text = (SEEDS / row["source"]).read_text(encoding="utf-8")
        assert text[row["start"] : row["end"]] == row["quote"]
        assert set(row) == {"source", "start", "end", "quote", "speaker"}
    pred = tmp_path / "pred.jsonl"
    pred.write_text(out, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, str(DATA / "score_quotes.py"), str(DATA / "seed_quotes.jsonl"), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last = dict(kv.split("=") for kv in score.strip().splitlines()[-1].split())
    assert float(last["quote_f1"]) == 1.0


def test_help_lists_every_command():
    out = run("--help").stdout
    for word in ("quotes", "import", "search", "--screenshot", "--library", "MEMO"):
        assert word in out


def test_import_then_search(tmp_path):
    lib = tmp_path / "lib.sqlite"
    seed = sorted(SEEDS.glob("*.txt"))[2]
    proc = run("import", seed, "--library", lib)
    assert proc.stdout.startswith(f"ok {seed.name} ")
    out = run("search", "hardening", "--library", lib, "--json").stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert any("hardening our defenses" in r["text"] for r in rows)
    for r in rows:
        assert seed.read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"]


def test_the_library_may_be_named_before_the_command(tmp_path):
    """`main.py --library PATH search ...` is the command on that library;
    it started the window on a memo named "search" (with no display, Qt's
    abort), which the same words after the command never did."""
    lib = tmp_path / "lib.sqlite"
    seed = sorted(SEEDS.glob("*.txt"))[2]
    assert run("--library", lib, "import", seed).stdout.startswith(f"ok {seed.name} ")
    out = run("--library", lib, "search", "hardening", "--json").stdout
    assert any("hardening our defenses" in json.loads(line)["text"] for line in out.splitlines())


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t \n", "empty"),
    "binary.txt": (bytes(range(256)) * 40, "binary"),
    "undecodable.txt": (b"Caf\xc3 au lait \x81\x8d\x90 broken", "not valid UTF-8 or Windows-1252"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_import_refuses_bad_input_and_keeps_the_library(tmp_path, name):
    lib = tmp_path / "lib.sqlite"
    good = sorted(SEEDS.glob("*.txt"))[0]
    run("import", good, "--library", lib)
    before = sqlite3.connect(lib).execute("SELECT count(*) FROM items").fetchone()[0]

    data, reason = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    proc = run("import", bad, "--library", lib, check=False)
    assert proc.returncode == 1
    line = proc.stdout.strip()
    assert line.startswith(f"error {bad}:"), line
    assert reason in line
    assert "Traceback" not in proc.stdout + proc.stderr
    db = sqlite3.connect(lib)
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == before


def test_import_missing_file_and_good_file_together(tmp_path):
    lib = tmp_path / "lib.sqlite"
    good = sorted(SEEDS.glob("*.txt"))[1]
    proc = run("import", tmp_path / "nope.txt", good, "--library", lib, check=False)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[0] == f"error {tmp_path / 'nope.txt'}: file not found"
    assert lines[1].startswith(f"ok {good.name} ")
    assert sqlite3.connect(lib).execute("SELECT count(*) FROM sources").fetchone()[0] == 1


def test_importing_a_folder_again_skips_what_is_in_and_fails_only_on_errors(tmp_path):
    lib, folder = tmp_path / "lib.sqlite", tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Velmar said the ferry runs again on Monday.\n")
    run("import", folder, "--library", lib)
    (folder / "b.txt").write_text("Quillon said the bridge opens in June.\n")
    proc = run("import", folder, "--library", lib)  # exit 0: picking up the new file
    lines = proc.stdout.splitlines()
    assert lines[0] == f"skipped {folder / 'a.txt'}: already in the library as source 1 (untitled)"
    assert lines[1].startswith("ok b.txt ")
    (folder / "c.txt").write_bytes(b"")
    proc = run("import", folder, "--library", lib, check=False)
    assert proc.returncode == 1
    assert [line.split()[0] for line in proc.stdout.splitlines()] == ["skipped", "skipped", "error"]


def test_quotes_reports_unreadable_file_and_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    seed = sorted(SEEDS.glob("*.txt"))[0]
    proc = run("quotes", bad, seed, check=False)
    assert proc.returncode == 1
    assert f"error {bad}: binary file" in proc.stderr
    assert len(proc.stdout.splitlines()) >= 4


def test_default_library_is_built_from_the_bundled_sources(tmp_path, data_dir):
    out = run("search", "sanctuary", "--json").stdout
    assert out.strip(), "the first start should fill the default library"
    db = sqlite3.connect(data_dir / "library.sqlite")
    titles = [r[0] for r in db.execute("SELECT title FROM sources ORDER BY id")]
    assert len(titles) == 5 and all(titles)
    rows = db.execute("SELECT outlet, author, date FROM sources").fetchall()
    assert rows == [("", "", "")] * 5  # nothing invented
