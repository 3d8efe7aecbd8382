"""A library opened with its groups stale is regrouped beside its writer
(corroborate/beside.py): edits of each kind made at several points of the
build, on both backends, and a seeded random run of them, leave what a
fresh regroup stores (groups, conflicts, derived marks, index parts) and
every edit made, in order (invented names and sentences)."""

from __future__ import annotations

import dataclasses
import marshal
import random
from pathlib import Path

import pytest

from app.core import library_edits as edits
from app.core.corroborate import beside, grouping, sig_cache, signing
from app.core.importer import import_file, open_library
from app.core.store import open_store
from app.core.writer import LibraryWriter
from tests.core.test_redate_grouping import grouping as stored_grouping

_QUOTE = '"We will build it in stages, and the harbor stays open,"'
TEXTS = {
    "a.txt": "Port board backs quay plan\n\nThe Dunmere port board voted 6-1 on Monday to"
    " expand the Kessel Quay terminal.\n\n"
    f"{_QUOTE} said Ilsa Varga, the board's chair.\n\n"
    "The Kessel Quay terminal opened in 1962 and handles 40 ships a week.\n",
    "b.txt": "Quay terminal to grow\n\nThe Dunmere port board voted 6-1 on Monday to"
    " expand the Kessel Quay terminal.\n\n"
    f"{_QUOTE} Ilsa Varga said.\n\n"
    "The Kessel Quay terminal opened in 1966 and handles 40 ships a week.\n",
    "c.txt": "Fishers fear quay works\n\n"
    '"Nobody asked the boats what they need," said Tomas Brell, who fishes out of Dunmere.\n\n'
    f"{_QUOTE} Varga told the board.\n\n"
    "The Kessel Quay terminal opened in 1962.\n",
    "d.txt": "Library hours cut\n\nThe Orlen county library will close on Sundays from"
    " April, its director Pell Ashby said.\n\n"
    '"Fewer people come on Sundays than on any other day," Ashby said.\n',
}
POINTS = ("begun", "reading", "built")
# Edits that change what grouping reads: the build they outdate starts again.
RELEVANT = {"delete a source", "redate a source", "give a quote a speaker"}


def stale_library(location, folder: Path) -> None:
    """TEXTS imported into the library at `location`, grouped, then marked stale."""
    library = open_library(location)
    try:
        for name, text in TEXTS.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            assert import_file(library, path).ok
        with library.transaction():
            grouping.mark_stale(library)
        assert not beside.in_step(library)
    finally:
        library.close()


def _quote(library, source_id: int) -> tuple[int, tuple]:
    item_id, start, end = library.db.execute(
        "SELECT id, start, \"end\" FROM items WHERE source_id = ? AND kind = 'quote'"
        " ORDER BY id DESC LIMIT 1",
        (source_id,),
    ).fetchone()
    return item_id, (source_id, "quote", start, end)


def _speaker(library, name: str) -> int:
    return library.db.execute(
        "SELECT id FROM speakers WHERE name LIKE ?", (name + "%",)
    ).fetchone()[0]


def _gone(library, source_id: int) -> bool:
    return library.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None


def make_edit(kind: str, n: int):
    """The edit `kind` (the `n`th of a run: each of another source), as the
    window queues it, and a check that it is in the library after."""
    source_id = 1 + n % 4

    def tag(library):
        return edits.set_tags(library, _quote(library, source_id)[0], [f"checked {n}"])

    def rename(library):
        return edits.rename_speaker(library, _speaker(library, "Pell Ashby"), f"Pell Ashby {n}")

    def memo(library):
        return library.mark_in_memo([_quote(library, source_id)[1]])

    def delete(library):
        return edits.delete_source(library, source_id)

    def redate(library):
        meta = dataclasses.replace(library.source(source_id).meta, date=f"2023-0{1 + n % 9}-02")
        return edits.update_source_meta(library, source_id, meta)

    def respeak(library):
        return edits.set_item_speaker(library, _quote(library, source_id)[0], f"Nell Ostrow {n}")

    runs = {
        "tag a quote": tag,
        "rename a speaker": rename,
        "memo cites a quote": memo,
        "delete a source": delete,
        "redate a source": redate,
        "give a quote a speaker": respeak,
    }

    def run(library):
        # A source a random run deleted before: nothing to edit in it.
        return None if _gone(library, source_id) else runs[kind](library)

    return run


def made(library, kind: str, n: int) -> bool:
    """Whether the `n`th edit, of `kind`, is in the library."""
    source_id = 1 + n % 4
    if kind == "delete a source":
        return _gone(library, source_id)
    if _gone(library, source_id):
        return True  # deleted before or after (another edit of the run)
    item_id, _ = _quote(library, source_id)
    if kind == "tag a quote":
        return f"checked {n}" in library.item_tags(item_id)
    if kind == "rename a speaker":
        name = f"Pell Ashby {n}"
        return (
            library.db.execute("SELECT 1 FROM speakers WHERE name = ?", (name,)).fetchone()
            is not None
        )
    if kind == "memo cites a quote":
        return (
            library.db.execute("SELECT in_memo FROM items WHERE id = ?", (item_id,)).fetchone()[0]
            == 1
        )
    if kind == "redate a source":
        return library.source(source_id).meta.date == f"2023-0{1 + n % 9}-02"
    return (
        library.db.execute(
            "SELECT sp.name FROM items i JOIN speakers sp ON sp.id = i.speaker_id WHERE i.id = ?",
            (item_id,),
        ).fetchone()[0]
        == f"Nell Ostrow {n}"
    )


class Interleaved:
    """Runs `beside.regroup` with edits made on the writer at points of its
    builds: `plan` maps (build number, point) to the edits made there."""

    def __init__(self, monkeypatch, writer: LibraryWriter, plan: dict[tuple[int, str], list]):
        self.writer, self.plan, self.builds = writer, plan, 0
        real_build, real_signed = beside.build, signing.signed

        def build(location, submit, stop=None, left_out=None):
            self.builds += 1
            self._fire("begun")
            out = real_build(location, submit, stop, left_out)
            self._fire("built")
            return out

        def signed(*args, **kwargs):
            for n, row in enumerate(real_signed(*args, **kwargs)):
                if n == 3 and self.builds and not self.writer_thread():
                    self._fire("reading")
                yield row

        monkeypatch.setattr(beside, "build", build)
        monkeypatch.setattr(signing, "signed", signed)

    def writer_thread(self) -> bool:
        import threading

        return threading.current_thread() is self.writer._thread

    def _fire(self, point: str) -> None:
        for edit in self.plan.pop((self.builds, point), []):
            self.writer.call(edit)

    def run(self, location):
        return beside.regroup(location, self.writer.call, self.writer.submit)


def regroups_alike(location) -> None:
    """What is stored is what a fresh regroup stores: groups, conflicts,
    derived marks, and every part of the index but the kept signatures."""
    library = open_store(location)
    try:
        assert beside.in_step(library)

        def stored():
            return stored_grouping(library), index_parts(library)

        ours = stored()
        with library.transaction():
            library.db.execute(
                "DELETE FROM group_index WHERE part NOT IN (?, ?)", sig_cache.KEPT_PARTS
            )
            grouping.mark_stale(library)
        grouping.forget(library)
        grouping.regroup(library)
        assert stored() == ours
    finally:
        library.close()


def index_parts(library) -> list[tuple]:
    """Every part of the stored index but the kept signatures (the items'
    and the figure claims'), as read back. (Their bytes may differ: marshal
    marks an object referenced more than once, which follows the writing
    process's reference counts; the meta row keeps a digest of those bytes.)"""
    out = []
    for part, bucket, data in library.db.execute(
        "SELECT part, bucket, data FROM group_index WHERE part NOT IN (?, ?) ORDER BY part, bucket",
        sig_cache.KEPT_PARTS,
    ):
        value = marshal.loads(bytes(data))
        if part == "meta":
            value = {k: v for k, v in value.items() if k != "rows"}
        elif part == "wide_meta":  # what a whole build was read from: a regroup's alone
            value = {k: v for k, v in value.items() if k != "inputs"}
        out.append((part, bucket, value))
    return out


KINDS = ["tag a quote", "rename a speaker", "memo cites a quote", *sorted(RELEVANT)]
CASES = [(kind, point) for kind in KINDS for point in POINTS]


# Short ids: a team library's test database is named by the test's first 40 characters.
@pytest.mark.parametrize(
    ("kind", "point"), CASES, ids=[f"{k.split()[0]}-{k.split()[-1]}-{p}" for k, p in CASES]
)
def test_edit_at(library_location, tmp_path, monkeypatch, kind, point):
    """An edit of each kind at each point of the build is made, and the
    groups are a regroup's."""
    stale_library(library_location, tmp_path)
    on_writer = []  # whole regroups the writer ran: none, the edits' runs stand aside
    real = grouping.regroup_inside
    monkeypatch.setattr(grouping, "regroup_inside", lambda lib: on_writer.append(1) or real(lib))
    writer = LibraryWriter(library_location)
    try:
        run = Interleaved(monkeypatch, writer, {(1, point): [make_edit(kind, 1)]})
        summary = run.run(library_location)
        assert not run.plan  # the edit was made at its point
        assert summary is not None and summary.rebuilt
        # An edit of what grouping reads, made after the build's ticket,
        # outdates it; the others never do, nor a delete before the build
        # read any item (beside.LeftOut: here, before its snapshot).
        folded = (kind, point) == ("delete a source", "begun")
        assert run.builds == (2 if kind in RELEVANT and not folded else 1)
        assert writer.call(lambda library: library.regroup_beside) is False
        assert not on_writer
    finally:
        writer.close()
    regroups_alike(library_location)
    library = open_store(library_location)
    try:
        assert made(library, kind, 1)
    finally:
        library.close()


def test_a_seeded_run_of_edits_ends_as_a_regroup(tmp_path, monkeypatch):
    kinds = KINDS
    for seed in range(8):
        folder = tmp_path / f"run{seed}"
        folder.mkdir()
        location = folder / "library.sqlite"
        stale_library(location, folder)
        rng = random.Random(seed)
        plan: dict[tuple[int, str], list] = {}
        order = []
        for n in range(rng.randint(3, 9)):
            kind = rng.choice(kinds)
            at = (rng.randint(1, 3), rng.choice(POINTS))
            order.append((at, kind, n))
        order.sort(key=lambda o: (o[0][0], POINTS.index(o[0][1]), o[2]))
        for at, kind, n in order:
            plan.setdefault(at, []).append(make_edit(kind, n))
        writer = LibraryWriter(location)
        with monkeypatch.context() as patch:
            try:
                run = Interleaved(patch, writer, plan)
                run.run(location)
            finally:
                writer.close()
        regroups_alike(location)
        library = open_store(location)
        try:
            # Each edit the run reached is in the library, in the order
            # planned: of two of a kind on one source (one speaker for the
            # renames), the later one's tag, name, date or speaker is stored.
            last: dict[tuple, int] = {}
            for at, kind, n in order:
                if at[0] <= run.builds:
                    last[(kind, "" if kind == "rename a speaker" else n % 4)] = n
            assert all(made(library, kind, n) for (kind, _), n in last.items()), (seed, order)
        finally:
            library.close()


@pytest.mark.parametrize("when", ["stopped", "writer closed"])
def test_a_quit_during_the_build_leaves_the_library_stale_and_whole(tmp_path, monkeypatch, when):
    location = tmp_path / "library.sqlite"
    stale_library(location, tmp_path)
    library = open_store(location)
    before = stored_grouping(library), index_parts(library)
    library.close()
    writer = LibraryWriter(location)
    real_build = grouping.build

    def build(reader, cache, stop=None, rows_read=None):
        if when == "writer closed":
            writer.close()  # the app quits: the window's close ends its writer
            return real_build(reader, cache, stop, rows_read)
        return real_build(reader, cache, lambda: True, rows_read)  # asked at the 1,024th item

    monkeypatch.setattr(grouping, "build", build)
    monkeypatch.setattr(grouping, "_index_items", _stop_early(grouping._index_items))
    with pytest.raises((grouping.StoppedError, RuntimeError)):
        beside.regroup(location, writer.call, writer.submit)
    writer.close()
    monkeypatch.undo()
    library = open_store(location)
    try:
        assert not beside.in_step(library)  # the next opening regroups
        assert (stored_grouping(library), index_parts(library)) == before
        assert grouping.ensure_current(library).rebuilt
        assert beside.in_step(library)
    finally:
        library.close()


def _stop_early(index_items):
    """`_index_items` asking `stop` at its first item (the library is small)."""

    def run(library, state, after=0, cache=None, stop=None, rows_read=None):
        if stop is not None and stop():
            raise grouping.StoppedError
        return index_items(library, state, after, cache, stop, rows_read)

    return run


def test_a_build_an_edit_outdated_starts_again_before_its_end(tmp_path, monkeypatch):
    """The build asks the writer (`beside.asker`, here at each ask) whether
    an edit changed what it read, and starts again at once: the outdated
    build is never stored, nor finished."""
    location = tmp_path / "library.sqlite"
    stale_library(location, tmp_path)
    monkeypatch.setattr(beside, "ASK_EVERY", 0.0)
    monkeypatch.setattr(grouping, "_index_items", _stop_early(grouping._index_items))
    stores = []
    real_store = beside.store
    monkeypatch.setattr(beside, "store", lambda *a: stores.append(1) or real_store(*a))
    writer = LibraryWriter(location)
    try:
        run = Interleaved(
            monkeypatch, writer, {(1, "begun"): [make_edit("give a quote a speaker", 1)]}
        )
        assert run.run(location).rebuilt
        assert run.builds == 2 and len(stores) == 1  # the first never came to its store
    finally:
        writer.close()
    regroups_alike(location)
