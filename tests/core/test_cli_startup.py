"""A headless command loads its own area's module and what it uses, no more:
`main.py quotes` reads text files, so it loads neither the library's store
nor the exporters nor the other commands' modules; every command is still
there, in `main.py --help` and by name."""

import argparse
import json
import subprocess
import sys

from app import cli
from tests.conftest import ROOT, SEEDS

# Loaded by commands that open a library or export a memo; `quotes` does neither.
NOT_FOR_QUOTES = (
    "app.cli.export",
    "app.cli.groups",
    "app.cli.speakers",
    "app.cli.team",
    "app.core.export",
    "app.core.store",
    "app.core.importer",
    "app.core.corroborate.shown",
    "sqlite3",
    "app.core.ingest.text_meta",  # a file's headline and date: not for its quotes
    "app.core.cite_fields",
)


def _command_in_fresh_python(argv: list[str]) -> tuple[list[str], dict]:
    """Run `main.py ARGV` in a new Python: its output lines, and its exit
    status and the modules it loaded."""
    code = (
        "import sys\n"
        "from app.main import main\n"
        f"status = main({argv!r})\n"
        "loaded = sorted(sys.modules)\n"
        "import json\n"
        "print(json.dumps({'status': status, 'loaded': loaded}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    *rows, last = proc.stdout.splitlines()
    return rows, json.loads(last)


def test_the_quotes_command_loads_neither_the_store_nor_the_exporters():
    seed = sorted(SEEDS.glob("*.txt"))[0]
    rows, report = _command_in_fresh_python(["quotes", str(seed)])
    assert report["status"] == 0
    assert rows and all(json.loads(row)["source"] == seed.name for row in rows)
    assert "app.cli.items" in report["loaded"]  # the command's own module
    assert [m for m in NOT_FOR_QUOTES if m in report["loaded"]] == []


def test_listing_a_librarys_facts_loads_neither_the_importer_nor_the_extractor(tmp_path):
    from app.core.importer import import_paths, open_library

    seed = sorted(SEEDS.glob("*.txt"))[0]  # the first seed holds facts
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        assert all(o.ok for o in import_paths(library, [str(seed)]))
    rows, report = _command_in_fresh_python(["facts", "--library", str(path)])
    assert report["status"] == 0
    assert rows and all(row.startswith(f"{seed.name}:") for row in rows)
    loaded = [m for m in ("app.core.importer", "app.core.extract") if m in report["loaded"]]
    assert loaded == []


def _choices(parser: argparse.ArgumentParser) -> list[str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def test_each_area_registers_the_commands_it_is_listed_with():
    for area, names in cli.AREAS.items():
        assert _choices(cli.build_parser((area,))) == list(names), area
    assert _choices(cli.build_parser()) == cli.command_names()
    help_text = cli.command_help()
    assert all(f"  {name} " in help_text for name in cli.command_names())


def test_a_word_that_is_no_command_is_refused_with_the_commands_listed(capsys):
    try:
        cli.run(["quote", "a.txt"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("no error")
    err = capsys.readouterr().err
    assert "invalid choice: 'quote'" in err and "'check-speakers'" in err and "'team'" in err
