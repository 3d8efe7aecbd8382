"""The headless commands given a library or a memo they cannot use: a typing
slip says so and changes nothing, instead of answering from an empty
library (or exporting unchecked) with status 0."""

from __future__ import annotations

import pytest

from app import cli

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
