"""`main.py search --speaker NAME` finds a speaker as the Speakers tab does:
case, accents and apostrophe forms do not matter, and another name of
theirs (the old one, after a rename) finds them too.

It compared case only: "--speaker Brask" showed Tor Brask's quotes as all
there were while Ilsa Brásk's went unseen (the one match it found), and
"--speaker \"Dana O'Vesk\"" said no speaker's name contains it when Dana
O’Vesk (a curly apostrophe) is there."""

from __future__ import annotations

import json
from contextlib import closing

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.core.test_cli import run

SAID = {
    "Tor Brask": "\u201cThe harbour levy passed,\u201d said Tor Brask.",
    "Ilsa Br\u00e1sk": "\u201cThe pier needs mending,\u201d said Ilsa Br\u00e1sk.",
    "Dana O\u2019Vesk": "\u201cThe dock stays open,\u201d said Dana O\u2019Vesk.",
}


def _library(tmp_path):
    path = tmp_path / "lib.sqlite"
    with closing(Library(path)) as library:
        for n, (who, text) in enumerate(SAID.items()):
            end = text.index(",") + 2
            library.add_source(
                text,
                SourceMeta(title=f"Quillon {n}"),
                items=[NewItem("quote", 1, end - 2, who)],
            )
    return path


def _speakers(path, typed, check=True):
    proc = run("search", "", "--speaker", typed, "--json", "--library", path, check=check)
    return proc, [json.loads(line)["speaker"] for line in proc.stdout.splitlines()]


def test_accents_do_not_hide_a_second_speaker_of_the_name(tmp_path):
    path = _library(tmp_path)
    proc, found = _speakers(path, "Brask", check=False)
    assert proc.returncode == 1 and found == []
    assert "Ilsa Br\u00e1sk" in proc.stderr and "Tor Brask" in proc.stderr
    assert _speakers(path, "ilsa brask")[1] == ["Ilsa Br\u00e1sk"]


def test_a_straight_apostrophe_finds_a_curly_one(tmp_path):
    assert _speakers(_library(tmp_path), "Dana O'Vesk")[1] == ["Dana O\u2019Vesk"]


def test_a_renamed_speaker_is_found_by_the_old_name(tmp_path):
    path = _library(tmp_path)
    with closing(Library(path)) as library:
        (tor,) = [s for s, _ in library.speakers() if s.name == "Tor Brask"]
        library.rename_speaker(tor.id, "Torvald Brask")
    assert _speakers(path, "Tor Brask")[1] == ["Torvald Brask"]
