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
