"""Undoing a speaker edit or a source deletion after the speaker it names was
merged away and a new speaker came: the undo must not hand the quote, or the
name, to that other person. A library file gave the merged speaker's id to
the new one until schema 10 (tests/core/test_speaker_ids.py); the undos
still check the speaker by name. And a merge into a speaker another window
merged away is refused in words."""

from contextlib import closing

import pytest

from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta
from app.core.store import Library, LibraryError

FIRST = 'Intro. "The levy stays," said Vesk Brask. "We build the bridge," said Velmar Tarn.'
OTHER = 'Other news. "Rates fall in spring," said Orra Quell.'


def _quote(text, words, speaker):
    start = text.index(words)
    return NewItem("quote", start, start + len(words), speaker=speaker)


@pytest.fixture
def library(tmp_path):
    """A library file (it gave a freed speaker id again before schema 10)."""
    with closing(Library(tmp_path / "library.sqlite")) as library:
        yield library


def _add_first(library):
    return library.add_source(
        FIRST,
        SourceMeta(title="Bridge vote"),
        items=[
            _quote(FIRST, '"The levy stays,"', "Vesk Brask"),
            _quote(FIRST, '"We build the bridge,"', "Velmar Tarn"),
        ],
    )


def _add_other(library):
    """A new source with a new speaker."""
    return library.add_source(
        OTHER, SourceMeta(title="Rates"), items=[_quote(OTHER, '"Rates fall', "Orra Quell")]
    )


def _ids(library):
    return {s.name: s.id for s, _n in library.speakers()}


def _speaker_of(library, words):
    row = library.db.execute(
        "SELECT sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
        " WHERE i.text LIKE ?",
        (f"%{words}%",),
    ).fetchone()
    return row[0]


def _merge_tarn_then_import(library, name="Velmar Tarn"):
    ids = _ids(library)
    merge = edits.merge_speakers(library, ids["Vesk Brask"], ids[name])
    _add_other(library)
    assert _ids(library)["Orra Quell"] > ids[name]  # a new id: the merged one's stays retired
    return merge


def test_undoing_a_merge_after_a_new_speaker_came_puts_it_back_beside_them(library):
    _add_first(library)
    merge = _merge_tarn_then_import(library)
    merge.revert(library)  # refused while the new speaker held the merged one's id
    assert _speaker_of(library, "Rates fall") == "Orra Quell"
    assert _speaker_of(library, "We build the bridge") == "Velmar Tarn"
    assert _speaker_of(library, "The levy stays") == "Vesk Brask"


def test_a_restored_source_never_gives_a_quote_to_a_new_speaker(library):
    source = _add_first(library)
    delete = edits.delete_source(library, source)
    _merge_tarn_then_import(library)
    delete.revert(library)
    assert _speaker_of(library, "We build the bridge") != "Orra Quell"
    assert _speaker_of(library, "The levy stays") == "Vesk Brask"


def test_undoing_a_speaker_choice_never_gives_the_quote_to_a_new_speaker(library):
    _add_first(library)
    (item,) = [r[0] for r in library.db.execute("SELECT id FROM items WHERE text LIKE '%bridge%'")]
    choice = edits.set_item_speaker(library, item, "Vesk Brask")
    _merge_tarn_then_import(library)
    choice.revert(library)
    assert _speaker_of(library, "We build the bridge") != "Orra Quell"


def test_undoing_a_rename_never_renames_a_new_speaker(library):
    _add_first(library)
    rename = edits.rename_speaker(library, _ids(library)["Velmar Tarn"], "Velmar Tarne")
    _merge_tarn_then_import(library, "Velmar Tarne")
    with pytest.raises(LibraryError, match="Velmar Tarne"):
        rename.revert(library)
    assert _speaker_of(library, "Rates fall") == "Orra Quell"


@pytest.mark.parametrize(
    "edit",
    [
        lambda lib, ids: lib.merge_speakers(ids["Velmar Tarn"], ids["Vesk Brask"]),
        lambda lib, ids: edits.rename_speaker(lib, ids["Velmar Tarn"], "Velmar Tarne"),
    ],
    ids=["merge into it", "rename it"],
)
def test_an_edit_of_a_speaker_another_window_merged_away_is_refused_in_words(tmp_path, edit):
    path = tmp_path / "library.sqlite"
    with closing(Library(path)) as mine, closing(Library(path)) as theirs:
        _add_first(mine)
        ids = _ids(mine)  # my list, soon out of date
        theirs.merge_speakers(ids["Vesk Brask"], ids["Velmar Tarn"])
        with pytest.raises(LibraryError, match="merged or renamed meanwhile"):
            edit(mine, ids)
        assert _speaker_of(mine, "The levy stays") == "Vesk Brask"


@pytest.mark.parametrize(
    "edit",
    [
        lambda lib, ids: edits.rename_speaker(
            lib, ids["Velmar Tarn"], "Velmar Tarne", seen="Velmar Tarn"
        ),
        lambda lib, ids: edits.merge_speakers(
            lib, ids["Vesk Brask"], ids["Velmar Tarn"], seen=("Vesk Brask", "Velmar Tarn")
        ),
    ],
    ids=["rename", "merge"],
)
def test_an_edit_from_an_old_list_never_reaches_the_speaker_now_at_that_id(library, edit):
    _add_first(library)
    ids = _ids(library)
    _merge_tarn_then_import(library)  # Orra Quell now has Velmar Tarn's id
    with pytest.raises(LibraryError, match="merged or renamed meanwhile"):
        edit(library, ids)
    assert _speaker_of(library, "Rates fall") == "Orra Quell"
