"""A speaker's id is never given out twice, on both backends: a speaker merged
away, or created by a choice that was undone, keeps its id retired, so an
undo, an offline copy's baseline or anything else holding it never comes to
name another person. An older library file keeps its rows and from its
upgrade on gives no id twice either."""

from __future__ import annotations

from contextlib import closing

import pytest

from app.core import library_edits as edits
from app.core.backup import salvage
from app.core.model import NewItem, SourceMeta
from app.core.store import SCHEMA_VERSION, Library, open_store
from tests.conftest import assert_rows_kept, library_file_at, table_rows

TEXT = 'Intro. "The levy stays," said Vesk Brask. "We build the bridge," said Velmar Tarn.'


def _quote(text, words, speaker):
    start = text.index(words)
    return NewItem("quote", start, start + len(words), speaker=speaker)


def _add(library, text, speakers, title):
    """A source whose quotes (one per name, in order) are by `speakers`."""
    quotes = [f'"{part.split(chr(34))[0]}"' for part in text.split(' "')[1:]]
    items = [_quote(text, q, name) for q, name in zip(quotes, speakers, strict=True)]
    return library.add_source(text, SourceMeta(title=title), items=items)


def _ids(library):
    return {s.name: s.id for s, _n in library.speakers()}


def _new_speaker(library, name):
    text = f'News. "Rates fall," said {name}.'
    _add(library, text, [name], f"About {name}")
    return _ids(library)[name]


def test_the_newest_speaker_merged_away_keeps_its_id(library_location):
    with closing(open_store(library_location)) as library:
        _add(library, TEXT, ["Vesk Brask", "Velmar Tarn"], "Bridge")
        ids = _ids(library)
        top = max(ids.values())
        assert ids["Velmar Tarn"] == top
        merge = edits.merge_speakers(library, ids["Vesk Brask"], top)
        assert _new_speaker(library, "Orra Quell") > top
        # The undo across it puts the merged speaker back under its own id.
        merge.revert(library)
        after = _ids(library)
        assert after["Velmar Tarn"] == top and after["Orra Quell"] > top
        said = dict(
            library.db.execute(
                "SELECT i.text, sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id"
            ).fetchall()
        )
        assert said == {
            '"The levy stays,"': "Vesk Brask",
            '"We build the bridge,"': "Velmar Tarn",
            '"Rates fall,"': "Orra Quell",
        }


def test_a_speaker_an_undone_choice_created_keeps_its_id(library_location):
    with closing(open_store(library_location)) as library:
        _add(library, TEXT, ["Vesk Brask", "Velmar Tarn"], "Bridge")
        (item,) = [
            r[0] for r in library.db.execute("SELECT id FROM items WHERE text LIKE '%levy%'")
        ]
        choice = edits.set_item_speaker(library, item, "Dana Roe")
        created = _ids(library)["Dana Roe"]
        redo = choice.revert(library)  # the speaker it created is deleted again
        assert "Dana Roe" not in _ids(library)
        assert _new_speaker(library, "Orra Quell") > created
        redo.revert(library)
        assert _ids(library)["Dana Roe"] not in {created, _ids(library)["Orra Quell"]}


def test_a_version_9_library_upgrades_and_marks_the_highest_speaker_id(tmp_path):
    """Every row kept; the mark starts at the highest speaker id the file holds
    or, in an offline copy, its baseline remembers from the team library."""
    path = tmp_path / "old.sqlite"
    raw = library_file_at(path, 9)
    raw.execute(
        "INSERT INTO sources (id, title, text, content_hash) VALUES (1, 'Kept', ?, 'h')", (TEXT,)
    )
    raw.executemany("INSERT INTO speakers (id, name) VALUES (?, ?)", [(2, "Vesk"), (7, "Tarn")])
    raw.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (7, 'V. Tarn')")
    raw.executemany(
        'INSERT INTO items (id, source_id, kind, start, "end", text, speaker_id)'
        " VALUES (?, 1, 'quote', ?, ?, ?, ?)",
        [(3, 7, 24, '"The levy stays,"', 2), (4, 42, 65, '"We build the bridge,"', 7)],
    )
    # Speaker 11 of the team library was merged away in this offline copy.
    raw.execute(
        "INSERT INTO team_sync (kind, key, value) VALUES ('speaker', '11', '[\"Quell\", \"\"]')"
    )
    raw.commit()
    tables = ("sources", "speakers", "speaker_aliases", "items", "team_sync", "id_mark")
    before = table_rows(raw.execute, tables)
    raw.close()

    with Library(path) as lib:
        assert lib.version == SCHEMA_VERSION
        assert_rows_kept(before, table_rows(lib.db.execute, tables))
        (mark,) = lib.db.execute("SELECT max_speaker_id FROM id_mark").fetchone()
        assert mark == 11
        assert _new_speaker(lib, "Orra Quell") == 12
        lib.merge_speakers(2, 12)  # the newest, merged away
        assert _new_speaker(lib, "Dana Roe") == 13


def test_a_version_9_library_with_no_speakers_starts_its_mark_at_zero(tmp_path):
    path = tmp_path / "old.sqlite"
    library_file_at(path, 9).close()
    with Library(path) as lib:
        assert _new_speaker(lib, "Orra Quell") == 1


def test_salvage_keeps_the_speaker_ids_the_damaged_library_gave_out(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        _add(library, TEXT, ["Vesk Brask", "Velmar Tarn"], "Bridge")
        ids = _ids(library)
        library.merge_speakers(ids["Vesk Brask"], ids["Velmar Tarn"])
    salvage(path, tmp_path / "copy.sqlite")
    with Library(tmp_path / "copy.sqlite") as copy:
        assert _new_speaker(copy, "Orra Quell") == ids["Velmar Tarn"] + 1


@pytest.mark.parametrize("version", [9, SCHEMA_VERSION])
def test_salvage_of_an_older_file_marks_the_speakers_it_copies(tmp_path, version):
    path = tmp_path / "lib.sqlite"
    raw = library_file_at(path, version)
    raw.executemany("INSERT INTO speakers (id, name) VALUES (?, ?)", [(4, "Vesk"), (9, "Tarn")])
    raw.commit()
    raw.close()
    salvage(path, tmp_path / "copy.sqlite")
    with Library(tmp_path / "copy.sqlite") as copy:
        assert _new_speaker(copy, "Orra Quell") == 10
