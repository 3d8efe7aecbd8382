"""Hostile names and tags in every field come back byte-identical, on both backends:
every value travels as a bound parameter, never as SQL."""

from __future__ import annotations

import pytest

from app.core.errors import LibraryError
from app.core.importer import add_bundled_sources, open_library
from app.core.model import NewItem, SourceMeta
from app.core.store import SearchFilter

HOSTILE = [
    "Robert'); DROP TABLE sources;--",
    '" OR ""="',
    "%s %(name)s %% ? ?1 :name",
    "$1 $$ $body$ $$;",
    "back\\slash \\x41 E'\\\\'",
    "line\nbreak\ttab\rreturn",
    "<script>alert(1)</script>",
    "\u202eright-to-left override\u202c",
    "zero\u200bwidth\u200djoiner",
    "👩\u200d👩\u200d👧 emoji",
    "e\u0301 decomposed, é composed",
    "ＡＢＣ fullwidth",
    "NULL",
    "None",
    "İstanbul straße",
    "'' ; -- ",
    "*",
    '"',
    "-",
    "OR",
    "x" * 5000,
]


def _check_source(library, sid, text, meta, file_name):
    source = library.source(sid)
    assert source.text == text
    assert source.meta == meta
    assert source.file_name == file_name
    listed = next(row for row in library.sources() if row[0] == sid)
    assert listed[1] == file_name and listed[2] == meta


def _round_trip(library, value):
    text = f"Opening words. {value} said: “{value}” — end."
    meta = SourceMeta(
        title=value, outlet=value, author=value, date=value, url=value, accessed=value
    )
    start = text.index("“") + 1
    items = [
        NewItem("quote", start, start + len(value), speaker=value, speaker_role=value),
        NewItem("fact", 0, len("Opening words.")),
    ]
    sid = library.add_source(text, meta, file_name=value, items=items)
    _check_source(library, sid, text, meta, value)
    quote = library.items_of_source(sid, kind="quote")[0]
    assert quote.text == value
    assert quote.speaker_name == value
    speaker = next(s for s, _ in library.speakers() if s.id == quote.speaker_id)
    assert (speaker.name, speaker.role) == (value, value)

    library.set_item_tags(quote.id, [value, "plain"])
    assert library.item_tags(quote.id) == sorted([value.strip(), "plain"])
    assert value.strip() in library.all_tags()
    found = library.search(SearchFilter(tag=value.strip()))
    assert [i.id for i in found] == [quote.id]
    library.search(SearchFilter(query=value), limit=5)  # any text is a query, never SQL

    library.rename_speaker(speaker.id, value + " (2)")
    renamed = next(s for s, _ in library.speakers() if s.id == speaker.id)
    assert renamed.name == value + " (2)"
    assert value in renamed.aliases


def test_every_field_round_trips(any_library):
    for n, value in enumerate(HOSTILE, 1):
        _round_trip(any_library, value)
        assert any_library.count_sources() == n
    assert sorted(any_library.all_tags()) == sorted({v.strip() for v in HOSTILE} | {"plain"})


def test_conflict_choice_and_note_round_trip(any_library):
    add_bundled_sources(any_library)
    conflict = any_library.conflicts()[0]
    note = "\n".join(HOSTILE[:12])
    any_library.resolve_conflict(conflict.id, conflict.values[0], note)
    again = next(c for c in any_library.conflicts() if c.id == conflict.id)
    assert (again.resolution, again.note) == (conflict.values[0], note)


def test_tables_are_all_still_there(any_library, library_location):
    for value in HOSTILE[:5]:
        any_library.add_source(value + " text.", SourceMeta(title=value), file_name=value)
    with open_library(library_location) as again:
        assert again.count_sources() == 5
        assert [m.title for _, _, m, _ in again.sources()] == HOSTILE[:5]


def test_nul_characters_are_refused_clearly_on_a_team_library(any_library):
    meta = SourceMeta(title="nul\x00inside")
    if getattr(any_library, "backend", "sqlite") == "sqlite":
        sid = any_library.add_source("Text.", meta)
        assert any_library.source(sid).meta.title == "nul\x00inside"
        return
    with pytest.raises(LibraryError, match="NUL"):
        any_library.add_source("Text.", meta)
    assert any_library.count_sources() == 0
