"""The headless commands at their edges: a library that is not there or
cannot be read (a typing slip says so and changes nothing, instead of
answering from an empty library or exporting unchecked with status 0), a
reader of the output that stops early, Ctrl+C, a search cut at its limit,
and every JSON field as README names it."""

from __future__ import annotations

import json

import pytest

from app import cli
from app.core.model import NEITHER

READERS = [
    ["sources"],
    ["search", "levy"],
    ["search", "levy", "--json"],
    ["facts", "--json"],
    ["clusters", "--json"],
    ["conflicts", "--json"],
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_reading_command_refuses_a_library_file_that_is_not_there(tmp_path, capsys, command):
    missing = tmp_path / "typo" / "library.sqlite"
    assert cli.run([*command, "--library", str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"error: {missing}: library file not found" in err
    assert not missing.parent.exists()  # no empty library (or folder) left behind


def _memo(tmp_path):
    from app.core.brief import Block, Brief, Header, Section, SourceRef

    ref = SourceRef(
        1, "bridge.txt", "Bridge vote", "Quillon Courier", "", "2024-05-02", "https://x.org"
    )
    block = Block("fact", "The Quillon board voted 5-2 on the bridge.", source=ref, item_id=1)
    block.original = block.text
    path = tmp_path / "memo.brief.json"
    Brief(Header(subject="Bridge"), [Section("Facts", [block])]).save(path)
    return path


@pytest.mark.parametrize("named", [False, True], ids=["default library", "--library"])
def test_a_strict_export_refuses_when_the_library_could_not_be_checked(
    tmp_path, capsys, data_dir, named
):
    library = data_dir / "library.sqlite"
    library.mkdir(parents=True)  # unreadable: a folder where the file should be
    out = tmp_path / "memo.docx"
    export = ["export", str(_memo(tmp_path)), "--out", str(out)]
    if named:
        export += ["--library", str(library)]
    assert cli.run([*export, "--strict"]) == 1
    err = capsys.readouterr().err
    assert f"error: {library}" in err and "not exported" in err
    assert not out.exists()
    # Not strict: exported from the memo's own copy, with a warning.
    assert cli.run(export) == 0
    assert "conflicts not checked" in capsys.readouterr().err
    assert out.exists()


def test_an_export_into_a_folder_that_is_not_there_is_refused_naming_it(tmp_path, capsys):
    out = tmp_path / "Exprots" / "May" / "memo.pdf"  # a typo in a folder's name
    assert cli.run(["export", str(_memo(tmp_path)), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error: memo.pdf: cannot be written (the folder {out.parent} is not there" in err
    assert not (tmp_path / "Exprots").exists()


def test_an_export_over_an_existing_file_is_refused_unless_forced(tmp_path, capsys):
    out = tmp_path / "memo.docx"
    out.write_bytes(b"last week's export")
    export = ["export", str(_memo(tmp_path)), "--out", str(out)]
    assert cli.run(export) == 1
    err = capsys.readouterr().err
    assert f"error: {out}: a file of that name is there already; not exported" in err
    assert "--force" in err
    assert out.read_bytes() == b"last week's export"
    assert cli.run([*export, "--force"]) == 0
    assert out.read_bytes().startswith(b"PK")  # a DOCX now


def test_the_exit_statuses_are_the_ones_readme_lists():
    import re

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = readme.split("Exit status:")[1].split("\n\n")[0]
    codes = set(re.findall(r"\b\d+\b", said))
    assert codes == {"0", "1", "2", "130", "141"}
    assert set(re.findall(r"\b\d+\b", cli.__doc__.split("exit status")[1])) == codes


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    import subprocess
    import sys
    from contextlib import closing

    from app.core.model import NewItem, SourceMeta
    from app.core.store import Library
    from tests.conftest import ROOT

    path = tmp_path / "lib.sqlite"
    sentence = "The Quillon board voted 5-2 to fund the Vesk bridge, the chair said. " * 8
    with closing(Library(path)) as library:
        for n in range(200):  # some 200 KB of JSON lines, more than a pipe holds
            text = f"Item {n}. {sentence}"
            library.add_source(
                text, SourceMeta(title=f"Bridge {n}"), items=[NewItem("fact", 0, len(text))]
            )
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "facts", "--json", "--library", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().startswith("{")  # `| head -1`
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_ctrl_c_during_an_import_says_what_is_in_the_library(tmp_path, capsys, monkeypatch):
    from app.core import importer

    files = []
    for n in range(3):
        files.append(tmp_path / f"bridge{n}.txt")
        files[-1].write_text(f"Bridge {n}\n\nThe Quillon board met {n + 2} times.\n")
    real = importer.import_file

    def stopped_at_the_second(library, path, stop=None):
        if path.name == "bridge1.txt":
            raise KeyboardInterrupt
        return real(library, path, stop)

    monkeypatch.setattr(importer, "import_file", stopped_at_the_second)
    library = tmp_path / "lib.sqlite"
    assert cli.run(["import", *map(str, files), "--library", str(library)]) == 130
    out, err = capsys.readouterr()
    assert out.startswith("ok bridge0.txt") and len(out.splitlines()) == 1
    assert f"stopped (Ctrl+C) while importing {files[1]}" in err and "Traceback" not in err
    monkeypatch.setattr(importer, "import_file", real)
    assert cli.run(["sources", "--library", str(library)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_search_says_when_it_shows_only_the_first_matches(tmp_path, capsys):
    from contextlib import closing

    from app.core.model import NewItem, SourceMeta
    from app.core.store import Library

    path = tmp_path / "lib.sqlite"
    with closing(Library(path)) as library:
        for n in range(4):
            text = f"The Quillon levy passed {n + 3} to 2."
            library.add_source(
                text, SourceMeta(title=f"Levy {n}"), items=[NewItem("fact", 0, len(text))]
            )
    search = ["search", "levy", "--json", "--library", str(path)]
    assert cli.run([*search, "--limit", "3"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3
    assert "only the first 3 matches are shown" in err
    for limit in ("4", "-1"):
        assert cli.run([*search, "--limit", limit]) == 0
        out, err = capsys.readouterr()
        assert len(out.splitlines()) == 4 and err == ""


def test_every_json_field_is_the_one_the_readme_names(capsys):
    """The fields README's "Headless use" lists, on the bundled library."""
    item = {"item_id", "kind", "source_id", "source", "title", "outlet", "date", "derived_from"}
    item.update(("start", "end"))
    item.update(("text", "speaker"))
    expected = {
        ("search", "council"): {"id", "kind", "source_id", "source", "start", "end", "text"}
        | {"cited", "speaker"},
        ("facts",): {"source", "start", "end", "text", "cited"},
        ("clusters",): {"id", "kind", "sources", "independent", "independence", "why", "items"},
        ("conflicts",): {"id", "kind", "label", "subject", "values", "resolved", "choice"}
        | {"note", "resolved_by", "others", "earlier", "why", "claims"},
    }
    rows = {}
    for command, fields in expected.items():
        assert cli.run([*command, "--json"]) == 0
        rows[command] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert rows[command] and all(set(r) == fields for r in rows[command]), command
    for group in rows[("clusters",)]:
        assert all(set(i) == item for i in group["items"])
        assert {"basis"} <= set(group["why"]) <= {"basis", "values", "subject", "words", "speakers"}
    for conflict in rows[("conflicts",)]:
        assert set(conflict["why"]) == {"measure", "subject", "words", "sides"}
        for claim in conflict["claims"]:
            assert item | {"value"} <= set(claim) <= item | {"value", "as_written", "how"}
            assert ("how" in claim) == (claim["kind"] == "claim")


def test_a_conflicts_line_names_what_it_is_about(capsys):
    """The text form says the subject the window's Conflicts list shows."""
    assert cli.run(["conflicts", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["subject"]
    assert cli.run(["conflicts"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    values = " vs ".join(first["values"])
    assert header.startswith(f"[conflict {first['id']}] {first['label']} {values} \u2014 ")
    assert f"\u2014 {first['subject']} (unresolved)" in header


def test_a_conflict_is_resolved_only_by_one_of_its_values_or_neither(capsys):
    assert cli.run(["conflicts", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    cid, values = str(first["id"]), first["values"]
    typo = values[0] + "7"  # a value no source gives: every claim's would be "rejected"
    assert cli.run(["conflicts", "--resolve", cid, "--choice", typo, "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"error: {typo} is no value of conflict {cid}" in err
    assert cli.run(["conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["resolved"] is False

    for typed, stored in ((f" {values[-1].upper()} ", values[-1]), ("neither", NEITHER)):
        assert cli.run(["conflicts", "--resolve", cid, "--choice", typed, "--json"]) == 0
        now = json.loads(capsys.readouterr().out.splitlines()[0])
        assert (now["resolved"], now["choice"]) == (True, stored)


def test_search_by_speaker_names_one_speaker_or_says_why_not(tmp_path, capsys):
    from contextlib import closing

    from app.core.model import NewItem, SourceMeta
    from app.core.store import Library

    path = tmp_path / "lib.sqlite"
    with closing(Library(path)) as library:
        for name in ("Dana Roe", "Tomas Roe"):
            text = f'"The levy stays," said {name}.'
            item = NewItem("quote", 0, text.index(",") + 2, speaker=name)
            library.add_source(text, SourceMeta(title=name), items=[item])
    search = ["search", "levy", "--json", "--library", str(path), "--speaker"]
    assert cli.run([*search, "roe"]) == 1  # the first Roe's quotes are not all the Roes'
    out, err = capsys.readouterr()
    assert out == "" and "several speakers' names contain 'roe': Dana Roe; Tomas Roe" in err
    assert cli.run([*search, "tomas"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["speaker"] == "Tomas Roe"
    assert cli.run([*search, "Vesk"]) == 1
    assert "no speaker's name contains 'Vesk'" in capsys.readouterr().err


def test_team_commands_given_a_broken_memo_or_a_missing_copy_say_so(tmp_path, capsys):
    memo = tmp_path / "broken.brief.json"
    memo.write_text("{", encoding="utf-8")
    team = "postgresql://vesk@127.0.0.1:1/quillon"  # never reached: the memo is read first
    offline = ["team", "offline", str(tmp_path / "road.sqlite"), "--library", team]
    assert cli.run([*offline, "--memo", str(memo)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: broken.brief.json: not a memo file") and "Traceback" not in err
    missing = tmp_path / "typo" / "road.sqlite"
    assert cli.run(["team", "sync", str(missing)]) == 1
    assert f"error: {missing}: library file not found" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_a_mistyped_command_is_said_not_opened_as_a_memo_in_the_window(capsys, monkeypatch):
    from app import main as entry

    def no_window(args):
        raise AssertionError(f"the window was started for {args.brief!r}")

    monkeypatch.setattr("app.ui.application.run_gui", no_window, raising=False)
    assert entry.main(["fact"]) == 2
    err = capsys.readouterr().err
    assert "'fact' is no command and no memo file; did you mean facts?" in err
