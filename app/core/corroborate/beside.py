"""The regroup of a library opened out of step, built beside its writer.

The writer (app/core/writer.py) runs a user's edits one at a time: a regroup
run on it made every edit queued meanwhile wait for all of it (104 s at
300,000 items, bench/bench_stale_waits.py). Here its heavy part, reading
every item, signing, indexing and comparing (`grouping.build`, 93% of the
run), is done on the caller's thread through a connection of its own that
only reads, and the writer runs three short steps, with the user's edits
between them:

- `begin`: nothing to do when the groups are in step; else the writer's
  grouping runs stand aside (`Library.regroup_beside`: an edit's or an
  import's run leaves the groups marked stale, `grouping.left_stale`), and
  a `Ticket` keeps the library's count of commits that changed what
  grouping reads (`Library.grouping_generation`, kept by the library's own
  triggers: items added, deleted, given another text, kind, source, span or
  speaker entry; sources deleted, given another date or text), by any
  connection: this writer's, another program's, a colleague's on a team
  library. A tag, a memo mark, a note, a conflict decision, a new outlet
  moves it not;
- the signatures built meanwhile are stored by the writer, a batch at a
  time, as a regroup on it stores them (they hold whatever the groups);
- `store`: in one grouping transaction, when the count has not moved since
  `begin`, what was built is written as `grouping.regroup` writes it (the
  derived marks and conflicts judged there, on the library as it is, so
  an edit of what only they read is taken in); else nothing is written and
  the build starts again from the library as it is now (`regroup`).

So the stored groups, conflicts, derived marks and index are always a
regroup's of the items as they are when stored. An edit is never held up
for more than a step, nor lost, nor reordered: the writer runs each in turn,
as ever. A restart is needed only when an edit, ours or another program's,
changed what was read (a delete, a new date, a speaker given, an import); the build asks the writer
about once a second (`asker`), so it starts again soon after the edit,
not at its end. After `TRIES` builds found outdated as they were stored, or
`EARLY_TRIES` midway, the regroup runs on the writer as before, so it
always ends.
No commit is missed: the ticket is read on the writer before the build's
reader takes its snapshot, so a commit the snapshot does not hold was made
after the ticket was read, and moved the count past it; `store` reads the
count under the write lock (a commit of another connection is either seen
then, or waits until the result is stored and regroups its own change as
any edit does). A commit the snapshot holds, made after the ticket, starts
the build again needlessly but rightly.
A Delete Source made on this writer during the build is folded in rather
than started again for, where that is exact: the writer keeps each delete's
count before and after (`deleted`); when the deletes are all that moved the
count, the build leaves their sources' items out of what it reads
(`LeftOut`), as a regroup of the library without them, if it has read none
of them yet (a snapshot taken after the delete never held them); else it
starts again, as for any edit (a regroup reads in id order, and an item
indexed changes the weights of those compared after it: taking it out
later is not what a regroup gives, nor is Delete Source's in-place update).
A build stopped (`stop()`: the window closes) or failed leaves the groups
marked stale, as they were: the next opening regroups.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from app.core.cancel import check
from app.core.collector_hold import collector_held
from app.core.corroborate import derived, grouping, index_format, index_store, sig_cache, wide
from app.core.corroborate.grouping import Built, Summary
from app.core.store import Library, open_store

T = TypeVar("T")
Call = Callable[[Callable[[Library], T]], T]  # runs a function on the writer, gives its result

TRIES = 3  # builds found outdated as stored before the regroup runs on the writer
EARLY_TRIES = 30  # builds given up midway (an edit outdated them) before it does
ASK_EVERY = 1.0  # seconds between a build's asks whether an edit outdated it


class OutdatedError(Exception):
    """A build learnt midway that an edit changed what it read (`asker`)."""


@dataclass(frozen=True)
class Ticket:
    """What the library's writes to grouping's inputs were when a build began."""

    generation: int  # commits that changed grouping's inputs (`Library.grouping_generation`)


def in_step(library: Library) -> bool:
    """Whether the groups were made over the items there are, by this
    version's rules (`grouping.ensure_current` has nothing to do)."""
    return library.groups_in_step() and index_format.stored_in_format(library)


def begin(library: Library) -> Ticket | None:
    """On the writer: None when the groups are in step, else a build's ticket."""
    if in_step(library):
        end(library)
        return None
    library.regroup_beside = True
    library.grouping_state = None
    library.deleted_beside = ()
    return Ticket(library.grouping_generation())


def end(library: Library) -> None:
    """On the writer: its grouping runs no longer stand aside."""
    library.regroup_beside = False
    library.deleted_beside = ()


def deleted(library: Library, before: int, after: int, source_ids: list[int]) -> None:
    """On the writer, once a Delete Source made while a regroup is built
    beside it is committed: the count of writes to what grouping reads
    `before` it and `after` it, both read in its transaction (under the
    write lock: no other commit between them)."""
    step = (before, after, frozenset(source_ids))
    library.deleted_beside = (*library.deleted_beside, step)


def deleted_since(library: Library, ticket: Ticket) -> frozenset[int] | None:
    """On the writer: the sources deleted here since `ticket` when those
    deletes are all that changed what grouping reads since (none: empty),
    else None. A delete kept whose source is there again (an outer
    transaction rolled back) is no step."""
    now = library.grouping_generation()
    steps = {
        before: (after, ids)
        for before, after, ids in library.deleted_beside
        if after != before and not library.source_dates(ids)
    }
    at, gone = ticket.generation, frozenset()
    while at != now:
        if at not in steps:
            return None
        at, ids = steps[at]
        gone |= ids
    return gone


class LeftOut:
    """The sources a build leaves out of what it reads (`rows`): deleted on
    the writer since its ticket, before it read any of their items."""

    def __init__(self) -> None:
        self.sources: frozenset[int] = frozenset()
        self.read: set[int] = set()  # the sources of the items read so far

    def rows(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        for row in rows:
            if row[1] not in self.sources:
                self.read.add(row[1])
                yield row

    def leave_out(self, source_ids: frozenset[int]) -> None:
        """Leave these out from now on; `OutdatedError` when an item of one
        was read already (the build is no longer a regroup's)."""
        if not source_ids.isdisjoint(self.read):
            raise OutdatedError
        self.sources |= source_ids


def moved(library: Library, ticket: Ticket, built: Built) -> bool:
    """Whether what grouping reads changed since `ticket` otherwise than by
    deletes of sources `built` read no item of."""
    gone = deleted_since(library, ticket)
    return gone is None or any(built.state.carried[source_id] for source_id in gone)


def store(library: Library, ticket: Ticket, built: Built) -> Summary | None:
    """On the writer: write what was built, in one grouping transaction,
    unless the library moved since `ticket` (None: build again)."""
    with library.grouping_transaction(), collector_held():
        if moved(library, ticket, built):
            return None
        library.prune_group_cache(sig_cache.PART, sig_cache.SPAN)  # rows of deleted items
        summary = grouping.store_built(library, built, keep_index=True)
    end(library)
    return summary


def write_signatures(rows: list[tuple[str, int, bytes]]) -> Callable[[Library], None]:
    """A writer's step storing kept signatures' rows (sig_cache.py)."""

    def run(library: Library) -> None:
        with library.transaction():
            library.write_group_cache(rows)

    return run


def build(
    location,
    submit: Callable,
    stop: Callable[[], bool] | None = None,
    left_out: LeftOut | None = None,
) -> Built:
    """On the caller's thread: every item of the library at `location`
    read through a connection of its own, as it was at one moment
    (`Library.read_snapshot`: the writer's commits meanwhile are not seen,
    and `store` tells whether they touched what was read), but those of
    the sources `left_out`, signed, indexed and compared; the signatures
    built are stored through `submit` (the writer's)."""
    reader = open_store(location, readonly=True)
    rows_read = left_out.rows if left_out is not None else None
    try:

        def write(rows: list[tuple[str, int, bytes]]) -> None:
            submit(write_signatures(rows))

        cache = sig_cache.SigCache(reader, write=write)
        with reader.read_snapshot(), collector_held():
            built = grouping.build(reader, cache, stop, rows_read)
            # The derived marks are judged as the result is stored, on the
            # library as it is then: the word pairs of the sources' texts
            # they compare (most of that time) are read here, into the state.
            derived.judge(reader, built.state, set(built.state.item_source.values()))
            # The figure claims' conflicts against these groups (seconds: off
            # the writer, whose store step only writes them).
            checks = built.edges.checks() if built.edges is not None else None
            built.wide_built = wide.build_beside(reader, built.state, built.groups, write, checks)
            # The index's rows as stored (seconds), unless the stored index
            # was built from the same items (then only its mark is written).
            if not index_store.same_stored(reader, built.built_from):
                built.rows = index_store.all_rows(built.state.index)
            return built
    finally:
        reader.close()


def asker(
    call: Call, ticket: Ticket, stop: Callable[[], bool] | None, left_out: LeftOut
) -> Callable[[], bool]:
    """The `stop` a build asks now and then: the caller's, and about once a
    second the writer is asked what changed since `ticket`: sources deleted
    are `left_out` from then on, anything else raises `OutdatedError` (the
    rest of the build would be thrown away)."""
    asked = time.monotonic()

    def ask() -> bool:
        nonlocal asked
        if stop is not None and stop():
            return True
        if time.monotonic() - asked >= ASK_EVERY:
            gone = call(lambda library: deleted_since(library, ticket))
            if gone is None:
                raise OutdatedError
            left_out.leave_out(gone)
            asked = time.monotonic()
        return False

    return ask


def regroup(
    location, call: Call, submit: Callable, stop: Callable[[], bool] | None = None
) -> Summary | None:
    """Bring the groups of the library at `location`, whose writer runs
    `call` (waits for the result) and `submit` (queues), up to date beside
    the writer; None when they were in step. Raises `grouping.StoppedError`
    when `stop()` said so, leaving them marked stale."""
    try:
        stored, early = 0, 0
        while stored < TRIES and early <= EARLY_TRIES:
            ticket = call(begin)
            if ticket is None:
                return None
            left_out = LeftOut()
            try:
                built = build(location, submit, asker(call, ticket, stop, left_out), left_out)
            except OutdatedError:
                early += 1
                continue
            check(stop)  # asked after its last batch: grouping.StoppedError
            summary = call(lambda library, t=ticket, b=built: store(library, t, b))
            with collector_held():
                for index in built.index_gone:  # here, not on the writer
                    index_store.let_go(index)
            if summary is not None:
                return summary
            stored += 1
            del built  # the next one is built from scratch: let this one go first
        call(end)
        return call(grouping.ensure_current)
    except BaseException:
        # A closed writer (the app quits) runs nothing more: its library is closed.
        with contextlib.suppress(RuntimeError):
            call(end)
        raise
