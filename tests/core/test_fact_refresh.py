"""A source's date typed in or corrected later reaches its facts' cited
forms (their "Tuesday" is dated from it), on both backends, with undo."""

from __future__ import annotations

import json

import pytest

from app.core import library_edits as edits
from app.core.extract import extract_items
from app.core.importer import import_file
from app.core.model import NewItem, SourceMeta

ARTICLE = (
    "Board approves road budget\n\n"
    "The Harbor County board voted 7-2 on Tuesday to approve a $4 million budget"
    " for road repairs.\n\n"
    "Dana Velloway, the board chair, said the vote ended months of debate."
    ' "We finally have a plan," Velloway said.\n'
)
SENTENCE = ARTICLE.index("The Harbor"), ARTICLE.index("repairs.") + len("repairs.")


def _facts(library, source_id):
    return {(i.start, i.end): (i.id, i.cited) for i in library.items_of_source(source_id, "fact")}


def _import(library, tmp_path, date=None):
    path = tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    outcome = import_file(library, path)
    assert outcome.ok, outcome.line()
    if date:
        edits.update_source_meta(library, outcome.source_id, SourceMeta(date=date))
    return outcome.source_id


def test_a_date_typed_in_later_dates_the_facts_and_undo_takes_it_back(any_library, tmp_path):
    source_id = _import(any_library, tmp_path)
    ((fact_id, cited),) = _facts(any_library, source_id).values()
    assert cited is None  # no date: "Tuesday" stays as written
    any_library.set_item_tags(fact_id, ["budget"])

    edit = edits.update_source_meta(any_library, source_id, SourceMeta(date="2024-11-08"))

    assert edit.changes.items and edit.changes.groups
    facts = _facts(any_library, source_id)
    assert facts == {SENTENCE: (fact_id, facts[SENTENCE][1])}  # same item, same id
    assert "on Tuesday [November 5, 2024] to approve" in facts[SENTENCE][1]
    assert any_library.item_tags(fact_id) == ["budget"]
    # What a fresh import with that date would offer, span for span.
    fresh = [i for i in extract_items(ARTICLE, None, "2024-11-08") if i.kind == "fact"]
    assert [(f.start, f.end, f.cited) for f in fresh] == [(*SENTENCE, facts[SENTENCE][1])]

    edit.revert(any_library)
    assert any_library.source(source_id).meta.date == ""
    assert _facts(any_library, source_id) == {SENTENCE: (fact_id, None)}


def test_a_corrected_date_moves_the_bracketed_day(any_library, tmp_path):
    source_id = _import(any_library, tmp_path, date="2024-11-08")
    before = _facts(any_library, source_id)[SENTENCE][1]
    assert "[November 5, 2024]" in before  # dated when the date was typed in

    edits.update_source_meta(any_library, source_id, SourceMeta(date="2024-11-15"))

    after = _facts(any_library, source_id)[SENTENCE][1]
    assert "[November 12, 2024]" in after and "November 5" not in after


def test_other_details_leave_the_facts_alone(any_library, tmp_path):
    source_id = _import(any_library, tmp_path, date="2024-11-08")
    before = _facts(any_library, source_id)

    edit = edits.update_source_meta(
        any_library, source_id, SourceMeta(title="Road budget", date="2024-11-08T09:30")
    )

    assert not edit.changes.items  # the same day: nothing found again
    assert _facts(any_library, source_id) == before


def test_a_fact_no_longer_found_goes_unless_tagged_and_its_id_is_never_given_again(
    any_library, tmp_path
):
    """The untagged facts no longer found go, the library's newest item
    among them; the next import takes ids above it, so a memo citing the
    deleted fact says so instead of pointing at another item."""
    source_id = _import(any_library, tmp_path)
    text = any_library.source(source_id).text
    start = text.index("Dana")
    spans = [(start, start + 13), (start + 14, start + 30), (start + 31, start + 40)]
    ids = [any_library.add_item(source_id, NewItem("fact", s, e, cited="[x]")) for s, e in spans]
    any_library.set_item_tags(ids[0], ["keep"])
    kept_fact = _facts(any_library, source_id)[SENTENCE]
    top = max(i.id for i in any_library.items_of_source(source_id))
    assert ids[2] == top  # the library's highest item id

    changed = any_library.refresh_facts(source_id, [NewItem("fact", *SENTENCE)])

    assert changed
    facts = _facts(any_library, source_id)
    assert facts[SENTENCE] == kept_fact
    assert facts[spans[0]] == (ids[0], None)  # tagged: stays, in the source's words
    assert spans[1] not in facts and spans[2] not in facts  # untagged: gone, the top one too
    assert not any_library.refresh_facts(source_id, [NewItem("fact", *SENTENCE)])
    with pytest.raises(KeyError):
        any_library.item(ids[2])

    other = tmp_path / "other.txt"
    other.write_text("Ferry fares rose to 4 crowns on Monday after a 5-2 vote.\n", encoding="utf-8")
    outcome = import_file(any_library, other)
    assert outcome.ok, outcome.line()
    new_ids = [i.id for i in any_library.items_of_source(outcome.source_id)]
    assert new_ids and min(new_ids) > top  # neither deleted id is given out again
    clip = any_library.add_item(source_id, NewItem("fact", *spans[2]))
    assert clip > max(new_ids)


def test_a_csl_date_filled_in_dates_the_facts(tmp_path):
    from app.core.store import Library

    library = Library(tmp_path / "library.sqlite")
    source_id = _import(library, tmp_path)
    library.update_source_meta(source_id, SourceMeta(title="Board approves road budget"))
    refs = tmp_path / "refs.json"
    entry = {"title": "Board approves road budget", "issued": {"date-parts": [[2024, 11, 8]]}}
    refs.write_text(json.dumps([entry]), encoding="utf-8")

    assert import_file(library, refs).ok

    assert library.source(source_id).meta.date == "2024-11-08"
    ((_, cited),) = _facts(library, source_id).values()
    assert "[November 5, 2024]" in cited
    # The grouping is in step with the items: an update finds nothing to redo.
    from app.core import corroborate

    assert not corroborate.update(library).rebuilt
    library.close()


def _meanwhile(location, tmp_path, theirs: SourceMeta, mine):
    """Program B stores `theirs` as an undated source's details, committing
    only once program A, which read the source before, waits for the write
    lock to run `mine(library, source_id)`. A's library, the source and what
    `mine` returned."""
    from contextlib import ExitStack

    from app.core.fact_refresh import store_source_meta
    from app.core.importer import open_library

    first, second = open_library(location), open_library(location)
    try:
        source_id = _import(first, tmp_path)
        assert first.source(source_id).meta.date == ""
        held = ExitStack()
        held.enter_context(second.transaction())
        store_source_meta(second, source_id, theirs)
        first.set_busy_notice(lambda waiting: waiting and held.close())
        return first, source_id, mine(first, source_id)
    except BaseException:
        first.close()
        raise
    finally:
        second.close()


def test_a_date_another_program_stored_meanwhile_is_what_the_edit_compares_with(
    library_location, tmp_path
):
    """A's edit, with the date it saw (none), takes B's date away again: the
    facts lose B's day too."""
    from app.core.fact_refresh import store_source_meta

    library, source_id, _ = _meanwhile(
        library_location,
        tmp_path,
        SourceMeta(date="2024-11-08"),
        lambda lib, sid: store_source_meta(lib, sid, SourceMeta(title="Road budget")),
    )
    try:
        assert library.source(source_id).meta.date == ""
        assert _facts(library, source_id)[SENTENCE][1] is None  # no day the source no longer has
    finally:
        library.close()


def test_undo_puts_back_what_another_program_stored_just_before(library_location, tmp_path):
    library, source_id, edit = _meanwhile(
        library_location,
        tmp_path,
        SourceMeta(title="Their title", date="2024-11-08"),
        lambda lib, sid: edits.update_source_meta(lib, sid, SourceMeta(title="My title")),
    )
    try:
        assert library.source(source_id).meta.title == "My title"
        edit.revert(library)
        assert library.source(source_id).meta == SourceMeta(title="Their title", date="2024-11-08")
        assert "[November 5, 2024]" in _facts(library, source_id)[SENTENCE][1]
    finally:
        library.close()


def test_a_fact_clipped_by_hand_stays_when_the_date_changes(any_library, tmp_path):
    """A clip is the user's (as re-extraction keeps it): a new date finds
    the facts again around it but never takes it away."""
    source_id = _import(any_library, tmp_path)
    start = ARTICLE.index("Dana")
    clip = (start, ARTICLE.index("debate.") + len("debate."))
    clip_id = any_library.add_item(source_id, NewItem("fact", *clip, speaker_locked=True))
    other = tmp_path / "other.txt"
    other.write_text("Ferry fares rose to 4 crowns on Monday after a 5-2 vote.\n", encoding="utf-8")
    assert import_file(any_library, other).ok  # the library's top id is not the clip's

    edit = edits.update_source_meta(any_library, source_id, SourceMeta(date="2024-11-08"))

    assert edit.changes.items
    assert _facts(any_library, source_id)[clip] == (clip_id, None)
    edit.revert(any_library)
    assert _facts(any_library, source_id)[clip] == (clip_id, None)


def test_a_new_day_regroups_even_when_no_fact_changes(any_library):
    """Which of two near copies copies the other follows their dates, and
    a claim's times are read from its source's date: a new day regroups the
    library though no fact's cited form moves (bundled article 003 is a
    rewrite of 000; dated earlier, it is the original)."""
    from app.core import corroborate
    from app.core.importer import add_bundled_sources

    add_bundled_sources(any_library)
    corroborate.update(any_library)
    files = {sid: name[:3] for sid, name, _, _ in any_library.sources()}
    ids = {name: sid for sid, name in files.items()}

    def copies():
        return {files[s]: files[o] for s, o, _, _ in any_library.derived_marks() if o}

    assert copies() == {"003": "000"}  # undated: the later added copies
    # Dated first as added (a month without its year gets it in brackets
    # then), then the other way round, in the same month: no fact moves.
    for name, day in (("003", "2024-01-09"), ("000", "2024-01-02")):
        meta = any_library.source(ids[name]).meta
        meta.date = day
        edits.update_source_meta(any_library, ids[name], meta)
    assert copies() == {"003": "000"}
    for name, day in (("003", "2024-01-01"), ("000", "2024-01-08")):
        before = _facts(any_library, ids[name])
        meta = any_library.source(ids[name]).meta
        meta.date = day
        edit = edits.update_source_meta(any_library, ids[name], meta)
        assert _facts(any_library, ids[name]) == before and edit.changes.groups

    assert copies() == {"000": "003"}
    assert not corroborate.update(any_library).rebuilt


def test_a_reference_file_fills_only_what_is_empty_after_another_programs_edit(
    library_location, tmp_path
):
    """B gives the source an outlet while A, importing a reference file,
    waits for the write lock: A fills the date and leaves B's outlet."""
    refs = tmp_path / "refs.json"
    entry = {"title": "Board approves road budget", "issued": {"date-parts": [[2024, 11, 8]]}}
    refs.write_text(json.dumps([entry]), encoding="utf-8")
    library, source_id, outcome = _meanwhile(
        library_location,
        tmp_path,
        SourceMeta(title="Board approves road budget", outlet="Harbor Weekly"),
        lambda lib, sid: import_file(lib, refs),
    )
    try:
        assert outcome.ok, outcome.line()
        meta = library.source(source_id).meta
        assert (meta.outlet, meta.date) == ("Harbor Weekly", "2024-11-08")
        assert "[November 5, 2024]" in _facts(library, source_id)[SENTENCE][1]
    finally:
        library.close()
