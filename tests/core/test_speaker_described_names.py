"""A speaker named with words describing them in front ("Pollster Ana Ruiz",
"Lindvale County Recorder Dana Quorle", "Sens. Ana Ruiz") is the person, the
words their role; a surname of two words named alone ("Quillam Vesterby") is
the article's full name that ends with it. So the library keeps one speaker
entry per person, not one per way of writing them (#11). Invented names."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.extract import find_quotes
from app.core.importer import import_file
from app.core.store import Library

QUOTE = '"We will not stop here, not this year,"'


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun for a person, capitalized opening the sentence.
        (f"Pollster Ana Ruiz said: {QUOTE} she added.\n", ("Ana Ruiz", "Pollster")),
        (f"Filmmaker Ivo Brask said, {QUOTE}\n", ("Ivo Brask", "Filmmaker")),
        # Its plural before a list of people: the first one named.
        (
            f"Celebrities Julia Brask, Ana Ruiz and others said {QUOTE}\n",
            ("Julia Brask", "Celebrities"),
        ),
        # An office: a title word ("County", "Senate") before the office's noun.
        (f"{QUOTE} said Lindvale County Recorder Dana Quorle.\n", ("Dana Quorle", None)),
        (f"{QUOTE} said Senate Minority Whip Ivo Brask (D-Ohio).\n", ("Ivo Brask", None)),
        (
            f"Former Vesk Senior Adviser Dana Quorle said {QUOTE}\n",
            ("Dana Quorle", "Former Vesk Senior Adviser"),
        ),
        (
            f"{QUOTE} said Harbor Workers Secretary-Treasurer Tobin Vesk.\n",
            ("Tobin Vesk", "Harbor Workers Secretary-Treasurer"),
        ),
        # A plural title's abbreviation before two people; an honorific.
        (f"Sens. Ana Ruiz and Ivo Brask met.\n\nRuiz said: {QUOTE}\n", ("Ana Ruiz", "Senator")),
        (f"The talk was given by Sir Ivo Brask.\n\nBrask said: {QUOTE}\n", ("Ivo Brask", "Sir")),
    ],
)
def test_words_describing_a_speaker_are_their_role(
    text: str, expected: tuple[str, str | None]
) -> None:
    speaker, role = _speakers(text)[0]
    assert speaker == expected[0]
    if expected[1] is not None:
        assert role == expected[1]
    else:
        assert role and expected[0] not in role


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Given names all through: every word is the name's.
        (f"{QUOTE} said Ana Sofia Quorle.\n", "Ana Sofia Quorle"),
        # A body named after a person: the describing word is the name's.
        (f"{QUOTE} the Tobin Vesk Foundation said.\n", "Tobin Vesk Foundation"),
        # A place and a title already read as the role.
        (f"{QUOTE} said Lindvale Mayor Dana Quorle.\n", "Dana Quorle"),
        # A word that is no noun for a person, in no office: part of the name.
        (f"{QUOTE} said Quillam Dana Vesterby.\n", "Quillam Dana Vesterby"),
    ],
)
def test_near_misses_keep_the_name_whole(text: str, speaker: str) -> None:
    assert _speakers(text)[0][0] == speaker


def test_an_abbreviated_title_before_a_surname_is_the_role() -> None:
    text = (
        "Vesk Just Said Something Nobody Expected About The Harbor Plan.\n\n"
        f"In the spring issue of the Lindvale Review, Pres. Vesk admits {QUOTE} and more.\n"
    )
    assert _speakers(text)[0] == ("Vesk", "Pres.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A surname of two words, the first no given name.
        (
            f"Party chair Dana Quillam Vesterby spoke on Monday.\n\n{QUOTE} Quillam Vesterby said.\n",
            "Dana Quillam Vesterby",
        ),
        (
            f"Party chair Dana Quillam Vesterby spoke on Monday.\n\n"
            f'Quillam Vesterby said: {QUOTE}\n\n"It is over," she added.\n',
            "Dana Quillam Vesterby",
        ),
        # Its particle capitalized.
        (
            f"Party chair Dana De La Vesterby spoke.\n\n{QUOTE} De La Vesterby said.\n",
            "Dana De La Vesterby",
        ),
    ],
)
def test_a_two_word_surname_alone_is_the_full_name(text: str, speaker: str) -> None:
    assert {s for s, _r in _speakers(text)} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        # "Kay Ruiz" may be someone else than "Ana Kay Ruiz".
        f"Ana Kay Ruiz spoke on Monday.\n\n{QUOTE} Kay Ruiz said.\n",
        # Two people share the surname: the surname alone names neither.
        f"Dana Quillam Ruiz and her brother Ivo Quillam Ruiz spoke.\n\n{QUOTE} Quillam Ruiz said.\n",
    ],
)
def test_a_surname_alone_that_may_be_someone_else_stays_as_written(text: str) -> None:
    assert _speakers(text)[0][0] in ("Kay Ruiz", "Quillam Ruiz")


def test_a_titled_owner_is_named_without_the_title() -> None:
    text = (
        'Councilman Ivo Brask\u2019s office called the suit "meritless and petty in every way."\n'
    )
    assert _speakers(text)[0][0] == "Ivo Brask\u2019s office"
    text = f"Lindvale Sen. Dana Quorle\u2019s campaign said she would {QUOTE}\n"
    assert _speakers(text)[0][0] == "Dana Quorle\u2019s campaign"


def test_one_speaker_entry_for_a_described_name_and_the_bare_name(tmp_path: Path) -> None:
    texts = {
        "one.txt": f"Pollster Ana Ruiz said: {QUOTE}\n",
        "two.txt": '"The numbers moved a lot this week," said Ana Ruiz.\n',
        "three.txt": (
            "Party chair Dana Quillam Vesterby spoke on Monday.\n\n"
            f"{QUOTE} Quillam Vesterby said.\n"
        ),
        "four.txt": '"We counted every vote twice," said Dana Quillam Vesterby.\n',
    }
    db_path = tmp_path / "lib.sqlite"
    lib = Library(db_path)
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert import_file(lib, path).source_id is not None
    lib.close()
    with sqlite3.connect(db_path) as db:
        rows = db.execute(
            "SELECT sp.name, sp.role, count(*) FROM items i JOIN speakers sp"
            " ON sp.id = i.speaker_id WHERE i.kind = 'quote' GROUP BY sp.id ORDER BY sp.name"
        ).fetchall()
    assert rows == [("Ana Ruiz", "Pollster", 2), ("Dana Quillam Vesterby", "chair", 2)]


@pytest.mark.parametrize("title", ["Fr.", "Msgr.", "Hon.", "Amb.", "Chmn.", "Secy."])
def test_a_title_abbreviated_before_a_surname_ends_no_sentence(title: str) -> None:
    # The splitter ended the sentence at its dot: the abbreviation was the speaker.
    assert _speakers(f"{QUOTE} said {title} Vesk.\n") == [("Vesk", title)]
    assert _speakers(f"{title} Vesk said {QUOTE} and left.\n") == [("Vesk", title)]
