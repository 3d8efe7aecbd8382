"""Two windows (two programs, or two people on a team library) on one
library: an undo of a speaker edit takes back only its own edit. When the
other window changed the same quote's speaker, or renamed the same speaker,
after it, the undo is refused in words and their change stays."""

from __future__ import annotations

from contextlib import closing

import pytest

from app.core import library_edits as edits
from app.core.errors import LibraryError
from app.core.model import NewItem, SourceMeta
from app.core.store import open_store

TEXT = 'Intro. "The levy stays," said Vesk Brask. "We build the bridge," said Velmar Tarn.'


def _quote(words, speaker):
    start = TEXT.index(words)
    return NewItem("quote", start, start + len(words), speaker=speaker)


def _add(library):
    library.add_source(
        TEXT,
        SourceMeta(title="Bridge vote"),
        items=[
            _quote('"The levy stays,"', "Vesk Brask"),
            _quote('"We build the bridge,"', "Velmar Tarn"),
        ],
    )
    return library.db.execute("SELECT id FROM items WHERE text LIKE '%bridge%'").fetchone()[0]


def _speaker_of(library, item_id):
    return library.db.execute(
        "SELECT sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id WHERE i.id = ?",
        (item_id,),
    ).fetchone()[0]


def _names(library):
    return sorted(s.name for s, _n in library.speakers())


@pytest.fixture
def two(library_location):
    """Two handles on one library, a file or a team library."""
    with closing(open_store(library_location)) as mine:
        with closing(open_store(library_location)) as theirs:
            yield mine, theirs


def test_undoing_my_speaker_choice_keeps_the_one_another_window_made_since(two):
    mine, theirs = two
    item = _add(mine)
    choice = edits.set_item_speaker(mine, item, "Vesk Brask")
    edits.set_item_speaker(theirs, item, "Orra Quell")
    with pytest.raises(LibraryError, match="Orra Quell"):
        choice.revert(mine)
    assert _speaker_of(theirs, item) == "Orra Quell"


def test_undoing_my_speaker_choice_still_works_when_nobody_changed_it(two):
    mine, theirs = two
    item = _add(mine)
    choice = edits.set_item_speaker(mine, item, "Orra Quell")
    redo = choice.revert(mine)
    assert _speaker_of(theirs, item) == "Velmar Tarn"
    assert "Orra Quell" not in _names(theirs)
    redo.revert(mine)
    assert _speaker_of(theirs, item) == "Orra Quell"


def test_undoing_my_rename_keeps_the_name_another_window_gave_since(two):
    mine, theirs = two
    _add(mine)
    (tarn,) = [s.id for s, _n in mine.speakers() if s.name == "Velmar Tarn"]
    rename = edits.rename_speaker(mine, tarn, "Velmar Tarne", seen="Velmar Tarn")
    edits.rename_speaker(theirs, tarn, "V. Tarne", seen="Velmar Tarne")
    with pytest.raises(LibraryError, match="V. Tarne"):
        rename.revert(mine)
    assert "V. Tarne" in _names(theirs)


def test_a_speaker_choice_from_an_old_view_never_overwrites_a_newer_one(two):
    mine, theirs = two
    item = _add(mine)
    shown = _speaker_of(mine, item)  # my list shows this
    edits.set_item_speaker(theirs, item, "Orra Quell")
    with pytest.raises(LibraryError, match="Orra Quell"):
        edits.set_item_speaker(mine, item, "Vesk Brask", seen=shown)
    assert _speaker_of(theirs, item) == "Orra Quell"


def test_a_speaker_choice_goes_through_when_only_the_name_changed_since(two):
    mine, theirs = two
    item = _add(mine)
    shown = _speaker_of(mine, item)
    (tarn,) = [s.id for s, _n in mine.speakers() if s.name == shown]
    edits.rename_speaker(theirs, tarn, "Velmar Tarne", seen=shown)
    edits.set_item_speaker(mine, item, "Vesk Brask", seen=shown)
    assert _speaker_of(theirs, item) == "Vesk Brask"
    edits.set_item_speaker(mine, item, None, seen="Vesk Brask")
    edits.set_item_speaker(mine, item, "Orra Quell", seen="")
    assert _speaker_of(theirs, item) == "Orra Quell"
