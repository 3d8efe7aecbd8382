"""Details read from a text's opening lines are right or left empty: a
sentence that opens with "By" is no byline, and its words never become the
author (nor the speaker of the article's first-person quotes)."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.importer import import_file
from app.core.ingest.text_meta import detect
from app.core.store import Library


@pytest.mark.parametrize(
    "line",
    [
        "By March, the Quillon levy had doubled, the council said.",
        "By Tuesday the council had voted to double the levy",
        "By then Vesk Tarn had left the hall",
    ],
)
def test_a_sentence_opening_with_by_gives_no_author(line):
    meta, found = detect(f"Levy doubles in Quillon\n\n{line}\n\nThe levy doubled on Monday.\n")
    assert meta.author == ""
    assert "author" not in found


@pytest.mark.parametrize(
    "line,author",
    [
        ("By Vesk Tarn", "Vesk Tarn"),
        ("By Orra van der Quell and Velmar Roe Jr.", "Orra van der Quell and Velmar Roe Jr"),
        ("By J. R. Brask", "J. R. Brask"),
        ("By Velmar Gazette staff", "Velmar Gazette staff"),
    ],
)
def test_bylines_still_give_their_author(line, author):
    assert detect(f"Levy doubles\n\n{line}\n\nThe levy doubled on Monday.\n")[0].author == author


def test_a_first_person_quote_is_not_given_to_a_sentence(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Why the levy fails\n\nBy Tuesday the council had voted for it.\n\n"
        '"This levy punishes the farmers," I told the council on Monday.\n',
        encoding="utf-8",
    )
    with Library(tmp_path / "l.sqlite") as library:
        outcome = import_file(library, path)
        assert outcome.ok and "author" not in outcome.detected
    db = sqlite3.connect(tmp_path / "l.sqlite")
    assert db.execute("SELECT author FROM sources").fetchall() == [("",)]
    assert db.execute("SELECT name FROM speakers").fetchall() == []
    db.close()


def test_a_markdown_heading_gives_its_words_as_the_title():
    meta = detect("# Levy rises in Quillon\n\nThe Velmar council raised the levy on Monday.\n")[0]
    assert meta.title == "Levy rises in Quillon"
