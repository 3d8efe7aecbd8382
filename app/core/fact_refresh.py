"""A source's facts found again when its date changes (and then its groups).

A fact's "Tuesday" is dated from its source's date ("on Tuesday [Nov. 5,
2024]"), and some sentences are offered as facts only when their day can be
read. So a date typed in later, or corrected, must reach the facts' cited
forms, or a memo would cite a day the source never meant. The quotes are
kept as stored (their speakers may be the user's).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.core.extract import find_facts
from app.core.extract.fact_dates import parse_date
from app.core.model import NewItem, SourceMeta
from app.core.speaker_refresh import regroup_later
from app.core.store import Library

if TYPE_CHECKING:
    from app.core.corroborate.redating import Before
    from app.core.undo_records import Rows


def store_source_meta(
    library: Library,
    source_id: int,
    meta: SourceMeta,
    cited: Iterable[int] = (),
    put_back: Rows | None = None,
) -> tuple[SourceMeta, Before | None, Rows | None]:
    """Store `meta` as the source's details; when the day its date gives
    changed, find its facts again with the new day, in the same transaction.
    A fact no longer found goes unless it is the user's (`refresh_facts`):
    one a memo cites is marked so in the library (`in_memo`), and one whose
    id is in `cited` (the open memo's) is the user's too.
    `put_back`: facts an earlier date change took away (the third value it
    returned), put back first under their own ids: an undo, or its redo.

    Returns the details it had (read under the write lock: what an undo puts
    back); when the day changed, what the source was before (see
    `regroup_redated`): then the caller brings the groups up to date (which
    of two near copies copies the other follows their dates, and a claim's
    times are read from its source's date), whether or not a fact changed;
    and the rows of the facts it took away (None when the day is the same)."""
    day = parse_date(meta.date)
    with library.transaction():
        # Read under the write lock: a date another program stored since is
        # the one to compare with, or its facts would keep a day it replaced.
        source = library.source(source_id)
        if parse_date(source.meta.date) == day:
            library.update_source_meta(source_id, meta)
            return source.meta, None, None
        # Imported here: the grouping code is not loaded before the first frame.
        from app.core.corroborate import grouping, redating

        was = redating.before(library, source_id, source.meta.date)
        # Cleared by `regroup_redated`: stale if the process dies before it.
        grouping.mark_stale(library)
        library.update_source_meta(source_id, meta)
        if put_back is not None:
            library.put_back_items(source_id, put_back)
        had = library.fact_rows(source_id)
        quotes = [(i.start, i.end) for i in library.items_of_source(source_id, kind="quote")]
        facts = [
            NewItem("fact", f.start, f.end, cited=f.cited)
            for f in find_facts(source.text, quotes, day)
        ]
        library.refresh_facts(source_id, facts, keep=cited)
        left = {i.id for i in library.items_of_source(source_id, kind="fact")}
        had.rows = [r for r in had.rows if r[had.columns.index("id")] not in left]
        return source.meta, was, had


def regroup_redated(library: Library, changed: list[Before]) -> None:
    """Bring groups, derived marks and conflicts up to date after the
    sources of `changed` (from `store_source_meta`) were given other dates:
    only what their facts reach is compared again (a fraction of a second
    at 200,000 items, where a regroup takes half a minute). A run that
    fails raises, having marked the groups stale (the next run regroups)."""
    if changed:
        from app.core.corroborate import redating

        redating.update_redated(library, changed)


def regroup_redated_or_later(library: Library, changed: list[Before]) -> str:
    """`regroup_redated` after dates were stored and committed: "" when
    done; when the run fails, the dates and facts stay stored, the groups
    are marked stale (the next grouping run regroups), and what is returned
    is a sentence saying so, with why, for the user."""
    try:
        regroup_redated(library, changed)
    except Exception as exc:  # noqa: BLE001 - what is stored stays; the user is told
        return regroup_later(exc)
    return ""
