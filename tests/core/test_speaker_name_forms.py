"""One person, one speaker entry across a library, whatever form of the name
a source gives (#11): a surname of two words alone ("Quillam Vesterby"), a
title before a surname ("Pres. Vesk"), words describing the person before the
name ("Pollster Ana Ruiz"). Two people sharing a surname stay apart. Invented
names; the speaker names are given as extraction would give them (on both
backends), and an older library's entries are made directly."""

from __future__ import annotations

from itertools import permutations

import pytest

from app.core.importer import import_file
from app.core.model import NewItem, SourceMeta
from app.core.speaker_repair import check_speakers, repair_speakers
from app.core.store import Library

TEXT = '"We will build it," someone said.'


def _add(lib: Library, title: str, speaker: str) -> int:
    items = [NewItem("quote", 1, 18, speaker)]
    return lib.add_source(f"{TEXT} {title}", SourceMeta(title=title), items=items)


def _listed(lib: Library, *speakers: str) -> dict[str, tuple[int, list[str]]]:
    """{name: (quotes, aliases)} after adding a source per speaker, in order."""
    for number, speaker in enumerate(speakers):
        _add(lib, f"Source {number}", speaker)
    return {sp.name: (count, sp.aliases) for sp, count in lib.speakers() if count}


@pytest.mark.parametrize(
    "names",
    [
        # A surname of two words alone, and with a title before it.
        ("Dana Quillam Vesterby", "Quillam Vesterby", "Sen. Quillam Vesterby"),
        # A surname alone, with a title before it, and the full name.
        ("Tobin Vesk", "Vesk", "Pres. Vesk"),
    ],
)
@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_a_surname_alone_or_after_a_title_joins_the_full_name(any_library, names, order) -> None:
    listed = _listed(any_library, *(names[n] for n in order))
    assert list(listed) == [names[0]]
    assert listed[names[0]][0] == 3


@pytest.mark.parametrize("order", list(permutations(range(2))))
def test_words_describing_a_person_before_the_name_join_the_name(any_library, order) -> None:
    names = ("Ana Ruiz", "Pollster Ana Ruiz")
    listed = _listed(any_library, *(names[n] for n in order))
    assert listed == {"Ana Ruiz": (2, ["Pollster Ana Ruiz"])}


@pytest.mark.parametrize(
    "names",
    [
        # Two people sharing the surname: its forms alone join neither (stored
        # first, they join the one full name until a second comes: below).
        ("Tobin Vesk", "Dana Vesk", "Vesk", "Pres. Vesk"),
        ("Dana Quillam Vesterby", "Ivo Quillam Vesterby", "Quillam Vesterby"),
        ("Dana Quillam Vesterby", "Ivo Quillam Vesterby", "Sen. Quillam Vesterby"),
    ],
)
def test_two_people_sharing_a_surname_stay_apart(any_library, names) -> None:
    listed = _listed(any_library, *names)
    fulls = [name for name in names if name.split()[0] in ("Tobin", "Dana", "Ivo")]
    for name in fulls:
        assert listed[name] == (1, []), listed
    assert sum(count for count, _ in listed.values()) == len(names)


@pytest.mark.parametrize(
    "names",
    [
        # A given name opens a name: "Kay Ruiz" may be someone else.
        ("Ana Kay Ruiz", "Kay Ruiz"),
        # Bodies ending alike are not one.
        ("Velmar National Committee", "National Committee"),
        ("Tobin Vesk Foundation", "Vesk Foundation"),
        # A title of one sex before a surname, a given name of the other.
        ("Tobin Vesk", "Mrs. Vesk"),
        ("Mrs. Vesk", "Tobin Vesk"),
    ],
)
def test_near_misses_stay_apart(any_library, names) -> None:
    assert _listed(any_library, *names) == {name: (1, []) for name in names}


def test_a_surname_said_of_a_woman_too_joins_no_man(any_library) -> None:
    listed = _listed(any_library, "Vesk", "Mrs. Vesk", "Tobin Vesk")
    assert listed == {"Vesk": (2, ["Mrs. Vesk"]), "Tobin Vesk": (1, [])}


def _import_three(lib: Library, tmp_path) -> None:
    """A two-word surname alone, then one full name of it, then another."""
    texts = [
        'Harbor news.\n\n"The harbor opens in June," Quillam Vesterby said.\n',
        'Dock news.\n\n"We wait for the board," said Dana Quillam Vesterby, a dock chief.\n',
        'Works news.\n\n"The bridge waits for spring," said Ivo Quillam Vesterby, an engineer.\n',
    ]
    for number, text in enumerate(texts):
        path = tmp_path / f"article{number}.txt"
        path.write_text(text, encoding="utf-8")
        import_file(lib, path)
        if number == 1:
            assert {sp.name for sp, n in lib.speakers() if n} == {"Dana Quillam Vesterby"}


def test_a_second_full_name_takes_the_two_word_surname_back(any_library, tmp_path) -> None:
    _import_three(any_library, tmp_path)
    said = dict(
        any_library.db.execute(
            "SELECT i.text, sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id"
        ).fetchall()
    )
    assert said == {
        "The harbor opens in June,": "Quillam Vesterby",
        "We wait for the board,": "Dana Quillam Vesterby",
        "The bridge waits for spring,": "Ivo Quillam Vesterby",
    }


def _old_entries(lib: Library, *names: str) -> None:
    """Entries as an older import kept them: one source and speaker each."""
    for number, name in enumerate(names):
        source = _add(lib, f"Old {number}", "Placeholder")
        with lib.transaction() as db:
            db.execute(
                "INSERT INTO speakers (id, name, role) VALUES (?, ?, '')", (900 + number, name)
            )
            db.execute(
                "UPDATE items SET speaker_id = ? WHERE source_id = ?", (900 + number, source)
            )
    with lib.transaction() as db:
        db.execute("DELETE FROM speakers WHERE name = 'Placeholder'")


def test_check_speakers_joins_what_an_older_library_kept_apart(any_library) -> None:
    lib = any_library
    _old_entries(
        lib,
        "Tobin Vesk",
        "Vesk",
        "Pres. Vesk",
        "Dana Quillam Vesterby",
        "Quillam Vesterby",
        "Ana Ruiz",
        "Lindvale County Recorder Ana Ruiz",
        # Two people sharing a surname, and its forms alone: no join.
        "Ivo Brask",
        "Lena Brask",
        "Brask",
        "Sen. Brask",
        # A title of one sex, a given name of the other: no join.
        "Tobin Quorle",
        "Ms. Quorle",
    )
    check = check_speakers(lib)
    joined = sorted((j.merge[1], j.keep[1]) for j in check.joins)
    assert joined == [
        ("Lindvale County Recorder Ana Ruiz", "Ana Ruiz"),
        ("Pres. Vesk", "Tobin Vesk"),
        ("Quillam Vesterby", "Dana Quillam Vesterby"),
        ("Sen. Brask", "Brask"),
        ("Vesk", "Tobin Vesk"),
    ]
    repair_speakers(lib, check)
    listed = {sp.name: count for sp, count in lib.speakers() if count}
    assert listed == {
        "Tobin Vesk": 3,
        "Dana Quillam Vesterby": 2,
        "Ana Ruiz": 2,
        "Ivo Brask": 1,
        "Lena Brask": 1,
        "Brask": 2,
        "Tobin Quorle": 1,
        "Ms. Quorle": 1,
    }
    assert not check_speakers(lib)


def test_check_speakers_takes_a_two_word_surname_off_one_of_two_full_names(
    any_library, tmp_path
) -> None:
    lib = any_library
    _import_three(lib, tmp_path)
    # The old shape: the surname's quote left with the first full name.
    with lib.transaction() as db:
        (dana,) = db.execute(
            "SELECT id FROM speakers WHERE name = 'Dana Quillam Vesterby'"
        ).fetchone()
        db.execute("UPDATE items SET speaker_id = ? WHERE text LIKE 'The harbor%'", (dana,))
        db.execute("DELETE FROM speakers WHERE name = 'Quillam Vesterby'")
        db.execute(
            "INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, 'Quillam Vesterby')",
            (dana,),
        )
    check = check_speakers(lib)
    assert [(s.alias, s.speaker[1], len(s.items)) for s in check.splits] == [
        ("Quillam Vesterby", "Dana Quillam Vesterby", 1)
    ]
    assert not check.joins
    repair_speakers(lib, check)
    assert {sp.name: n for sp, n in lib.speakers() if n} == {
        "Quillam Vesterby": 1,
        "Dana Quillam Vesterby": 1,
        "Ivo Quillam Vesterby": 1,
    }


def test_check_speakers_names_a_described_entry_alone_by_the_name(any_library) -> None:
    lib = any_library
    _old_entries(lib, "Pollster Ana Ruiz", "Sens. Ivo Brask", "Tobin Vesk Foundation")
    check = check_speakers(lib)
    assert [(r.speaker[1], r.name, r.role) for r in check.renames] == [
        ("Pollster Ana Ruiz", "Ana Ruiz", "Pollster"),
        ("Sens. Ivo Brask", "Ivo Brask", "Senator"),
    ]
    assert check.changes == 2
    assert check.lines()[-1] == (
        "“Sens. Ivo Brask” (1 quote) is named “Ivo Brask”: “Senator” describes the person"
    )
    edit = repair_speakers(lib, check)
    listed = {sp.name: (sp.role, sp.aliases) for sp, n in lib.speakers() if n}
    assert listed == {
        "Ana Ruiz": ("Pollster", ["Pollster Ana Ruiz"]),
        "Ivo Brask": ("Senator", ["Sens. Ivo Brask"]),
        "Tobin Vesk Foundation": ("", []),
    }
    assert not check_speakers(lib)
    edit.revert(lib)
    listed = {sp.name: (sp.role, sp.aliases) for sp, n in lib.speakers() if n}
    assert listed == {
        name: ("", []) for name in ("Pollster Ana Ruiz", "Sens. Ivo Brask", "Tobin Vesk Foundation")
    }
