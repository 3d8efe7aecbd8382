"""A change of who said quotes, and then their groups.

A short wording joins quotes across sources only when they are given to one
speaker entry (corroborate/matching.py), so each edit that gives quotes
another entry (Change Speaker, a merge and its undo, Check Speakers' repair
and its undo) brings the quote groups it touches up to date
(corroborate/respeaking.py), as a new date does for a source's facts
(fact_refresh.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from app.core.store import Library

T = TypeVar("T")


def respeak(library: Library, change: Callable[[], T]) -> tuple[T, bool, str]:
    """Make `change` (a speaker edit) under the write lock, marking the
    groups stale in its transaction (`grouping.mark_stale`: were the process
    to die before the regroup, the next grouping run regroups), then bring
    the quote groups it touches up to date, which stores the mark again.
    Returns what `change` returned, whether any group was written again,
    and "" or, when the regroup failed, a sentence for the user saying the
    groups follow later: the edit stays made, and the groups stay marked
    stale."""
    # Imported here: the grouping code is not loaded before the first frame.
    from app.core.corroborate import grouping, respeaking

    with library.transaction():
        # Under the lock, before the change: the state its groups were made with.
        respeaking.before(library)
        result = change()
        # Cleared by the regroup below: stale if the process dies before it.
        grouping.mark_stale(library)
    try:
        summary = respeaking.update_respoken(library)
    except Exception as exc:  # noqa: BLE001 - the edit stays made; the user is told
        return result, False, regroup_later(exc)
    return result, bool(summary.items_indexed or summary.rebuilt), ""


def regroup_later(exc: Exception) -> str:
    """What the user is told when an edit is made but the regroup after it
    failed (`exc`): the groups were marked stale, and the next grouping run
    regroups (an import's, an edit's, or the window's as it opens the
    library: app/ui/stale_groups.py)."""
    return (
        "The agreement between sources will be brought up to date by the next import,"
        f" speaker or date change, or when the library is next opened ({exc})."
    )
