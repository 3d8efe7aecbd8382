"""The library's one writer, and undoable edits: each edit taken back leaves
the library as it was, and done again as after the edit."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.importer import add_bundled_sources, import_paths
from app.core.model import NewItem, SourceMeta
from app.core.store import Library, SearchFilter
from app.core.writer import LibraryWriter
from tests.conftest import DATA


def test_operations_run_in_order_on_one_thread(tmp_path):
    writer = LibraryWriter(tmp_path / "lib.sqlite")
    threads, order = set(), []

    def op(n):
        def run(library):
            threads.add(threading.current_thread().name)
            order.append(n)
            return library.count_sources() + n

        return run

    futures = [writer.submit(op(n)) for n in range(5)]
    assert [f.result(10) for f in futures] == [0, 1, 2, 3, 4]
    assert order == [0, 1, 2, 3, 4] and threads == {"library-writer"}
    failing = writer.submit(lambda library: library.source(999))
    with pytest.raises(KeyError):
        failing.result(10)
    assert writer.call(lambda library: library.count_sources()) == 0  # still running
    assert writer.close(10)


def test_a_long_import_lets_other_writes_through_between_files(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    writer = LibraryWriter(path)
    files = sorted((DATA / "dev").glob("dev_0*.txt"))[:4]
    events: list[str] = []
    first_file = threading.Event()
    queued = threading.Event()

    def on_step(outcome):
        events.append(f"file {outcome.file}")
        if not first_file.is_set():
            first_file.set()
            # Hold the writer (on its own thread) until the other write is queued:
            # on a loaded machine this thread may otherwise not run again before
            # the import has ended, and the test would prove nothing either way.
            queued.wait(30)

    job = writer.submit_steps(lambda library: import_paths(library, files), on_step)
    first_file.wait(30)
    tagged = writer.submit(lambda library: events.append("tags"))
    queued.set()
    assert job.future.result(60) is True
    tagged.result(10)
    assert events.index("tags") < len(events) - 1  # not after the whole import
    assert writer.call(lambda library: library.count_sources()) == 4
    writer.close(10)


def test_a_cancelled_import_keeps_what_it_stored(tmp_path):
    writer = LibraryWriter(tmp_path / "lib.sqlite")
    files = sorted((DATA / "dev").glob("dev_*.txt"))[:6]
    stored: list = []
    job = writer.submit_steps(
        lambda library: import_paths(library, files),
        lambda outcome: (stored.append(outcome), len(stored) == 2 and job.cancel()),
    )
    assert job.future.result(60) is False
    assert writer.call(lambda library: library.count_sources()) == len(stored) == 2
    writer.close(10)


def test_the_writer_waits_for_another_process_and_says_so(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    notices: list[bool] = []
    writer = LibraryWriter(path, on_busy=notices.append)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    added = writer.submit(lambda library: library.add_source("Words of a source.", SourceMeta()))
    time.sleep(0.8)
    assert not added.done() and notices == [True]
    other.execute("COMMIT")
    assert added.result(10) == 1
    assert notices == [True, False]
    other.close()
    writer.close(10)


# -- undoable edits -----------------------------------------------------------------


def _state(library: Library) -> dict:
    """Everything an edit could touch, by stable keys (spans, not group ids)."""
    items = library.search(SearchFilter(), order="position")
    spans = {i.id: (i.source_id, i.start, i.end) for i in items}
    return {
        "sources": library.sources(),
        "items": [(i.id, i.text, i.speaker_name, i.speaker_locked) for i in items],
        "tags": library.tags_of(spans),
        # By name: a speaker made again by a redo may get a new id (a team
        # library never gives an id out twice); quotes name their speaker above.
        "speakers": sorted((s.name, s.role, tuple(s.aliases)) for s, _ in library.speakers()),
        "groups": sorted(
            sorted(spans[i] for i in c.item_ids) for c in library.clusters(min_sources=1)
        ),
        "conflicts": sorted(
            (
                c.kind,
                sorted(zip((spans[i] for i in c.item_ids), c.values, strict=True)),
                c.resolution,
            )
            for c in library.conflicts()
        ),
        "deleted": library.deleted_source_ids(),
    }


@pytest.fixture
def library(any_library):
    """The seeds, in a library file and in a team library."""
    add_bundled_sources(any_library)
    return any_library


def _round_trip(library: Library, make_edit) -> edits.Edit:
    before = _state(library)
    edit = make_edit(library)
    after = _state(library)
    assert after != before, edit.label
    redo = edit.revert(library)
    assert _state(library) == before, edit.label
    again = redo.revert(library)
    assert _state(library) == after, edit.label
    assert again.label == edit.label
    return edit


def test_every_edit_undoes_and_redoes_exactly(library):
    quote = library.search(SearchFilter(kind="quote"), order="position")[0]
    speakers = [s for s, _ in library.speakers()]
    _round_trip(library, lambda lib: edits.set_tags(lib, quote.id, ["vote", "key"]))
    _round_trip(library, lambda lib: edits.set_item_speaker(lib, quote.id, "Oriel Vantage"))
    _round_trip(library, lambda lib: edits.rename_speaker(lib, speakers[0].id, "Renamed Person"))
    merge = _round_trip(
        library, lambda lib: edits.merge_speakers(lib, speakers[0].id, speakers[1].id)
    )
    assert merge.label == "Merge Speakers"
    # Read now: a speaker edit that regroups a short wording may rebuild a
    # conflict its group linked, under another id in a team library.
    conflict = library.conflicts()[0]
    _round_trip(
        library, lambda lib: edits.resolve_conflict(lib, conflict.id, conflict.values[0], "checked")
    )
    source_id = library.sources()[1][0]
    meta = SourceMeta(title="Better title", outlet="The Outlet", date="2024-11-20")
    _round_trip(library, lambda lib: edits.update_source_meta(lib, source_id, meta))
    delete = _round_trip(library, lambda lib: edits.delete_source(lib, source_id))
    assert delete.label.startswith("Delete Source \u201c")


def test_a_date_that_takes_facts_away_undoes_and_redoes_exactly(library, tmp_path):
    """Undone, the facts a new date took away come back under their own ids
    (memo blocks cite them by id), with their groups; redone, those the
    date brought come back under theirs."""
    path = tmp_path / "rates.txt"
    path.write_text(
        "Rates set this week\n\nThe Vesk council meets on Tuesday to set rates.\n\n"
        "The Quillon port board has 40 employees.\n",
        encoding="utf-8",
    )
    (outcome,) = import_paths(library, [path])
    corroborate.update(library)
    source_id = outcome.source_id
    meta = SourceMeta(title="Rates", date="2024-11-08")  # the Tuesday is past
    edit = _round_trip(library, lambda lib: edits.update_source_meta(lib, source_id, meta))
    assert edit.gone == 1


def test_undoing_a_resolution_survives_a_regroup(library):
    conflict = library.conflicts()[0]
    edit = edits.resolve_conflict(library, conflict.id, conflict.values[-1], "seen")
    corroborate.regroup(library)  # conflicts get new ids
    redo = edit.revert(library)
    assert not any(c.resolution for c in library.conflicts())
    corroborate.regroup(library)
    redo.revert(library)
    assert [c.resolution for c in library.conflicts() if c.resolution] == [conflict.values[-1]]


def test_the_undo_label_of_a_deletion_cuts_a_long_title_between_words(library):
    title = "Levy vote delayed as council member Ada Vellum Brask objects"
    source_id = library.add_source("Brask said the levy vote was delayed.", SourceMeta(title=title))
    edit = edits.delete_source(library, source_id)
    # Not "... council member Ada…": a name cut short names someone else.
    assert edit.label == "Delete Source \u201cLevy vote delayed as council member\u2026\u201d"
    assert edit.revert(library).label == edit.label


def test_a_clip_undoes_and_redoes_exactly_under_its_own_id(library):
    """A passage clipped by hand is taken out by the undo, with the speaker it
    made; the redo puts it back under the same id (a memo block cites it)."""
    source_id = library.sources()[0][0]
    end = library.source(source_id).text.index(" ", 12)  # a few words no item holds
    quote = NewItem(kind="quote", start=0, end=end, speaker="Oriel Vantage", speaker_locked=True)
    edit = _round_trip(library, lambda lib: edits.clip_item(lib, source_id, quote))
    assert edit.label == "Clip Quote"
    clipped = library.item(edit.made)
    assert (clipped.start, clipped.end, clipped.speaker_name) == (0, end, "Oriel Vantage")
    fact = NewItem(kind="fact", start=0, end=end, speaker_locked=True)
    edit = _round_trip(library, lambda lib: edits.clip_item(lib, source_id, fact))
    assert edit.label == "Clip Fact" and library.item(edit.made).kind == "fact"


def test_added_sources_are_taken_out_by_undo_and_put_back_by_redo(library, tmp_path):
    """Undone, sources added by hand (a paste, an import) go as deleted ones
    do (their ids are never given out again, the speakers they named stay,
    with no quote); redone, they are back under their ids."""
    for name, line in (
        ("pier.txt", 'Ivo Brask opened the ferry pier. "We waited years," said Mira Tolk.'),
        ("levy.txt", 'The Vesk council passed the levy. "It is fair," said Oda Lind.'),
    ):
        (tmp_path / name).write_text(f"{name}\n\n{line}\n", encoding="utf-8")
    before = _state(library)
    added = [o.source_id for o in import_paths(library, [tmp_path])]
    edit = edits.sources_added(added, ["Ferry pier opens", "Levy passes"])
    after = _state(library)
    assert edit.label == "Add 2 Sources"
    redo = edit.revert(library)
    undone = _state(library)
    assert set(before["speakers"]) < set(undone["speakers"])
    # Kept for the redo, but not listed (Speakers tab, speaker filter) with no quote.
    listed = {speaker.name for speaker, _, _ in library.speaker_rows()}
    assert "Mira Tolk" not in listed and "Oda Lind" not in listed
    assert {**undone, "deleted": (), "speakers": ()} == {**before, "deleted": (), "speakers": ()}
    assert set(added) <= library.deleted_source_ids()
    redo.revert(library)
    assert _state(library) == after
    assert {"Mira Tolk", "Oda Lind"} <= {s.name for s, _, _ in library.speaker_rows()}
    one = edits.sources_added(added[:1], ["Ferry pier opens at Vellow Harbour"])
    assert one.label == "Add Source \u201cFerry pier opens at Vellow Harbour\u201d"
