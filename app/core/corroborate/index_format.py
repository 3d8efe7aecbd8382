"""The format of the grouping index a library keeps (index_store.py).

In a module of its own, so that the window can ask, as it opens a library,
whether the groups stored there were made by the rules this version groups
by (app/ui/stale_groups.py) without loading the grouping code: a library
whose index another format wrote is regrouped, as its next import would.
"""

from __future__ import annotations

import marshal
import sqlite3

from app.core.store import Library

# v3: values of any unit, their contexts within a clause, lemmas for stems:
# the stored feature counts and claim keys of v2 no longer match. v4: other
# conflict rules (pinned figures, subjects): groups stored by v3 are regrouped.
# v6: how many sources state each figure ("#kind=value" counts). v7: a short
# wording's exact key names its speaker (GroupIndex.exact_key). v8: a short
# wording held in two different statements joins them no more
# (GroupIndex._one_statement), nor a figure labelling a thing, or said of
# one person with nothing else alike, two claims (same_claim.py): groups
# stored by v7 are regrouped. v9: a short wording held in two different
# statements joins neither, whatever the order (short_wordings.py). v10: more
# typographic variants read alike (text.plain: an apostrophe written "´" or
# "′", a non-breaking hyphen, a soft hyphen inside a word), so stored words and
# keys of quotes holding them no longer match: groups stored by v9 are regrouped.
FORMAT = f"marshal{marshal.version}-b14-v10"


def stored_meta(library: Library) -> dict | None:
    """The stored index's description (its format, mark and loose edges: see
    index_store.save), or None when there is none this Python can read."""
    try:
        data = library.group_index_part("meta", [0]).get(0)
    except sqlite3.OperationalError:  # an older library without the table
        return None
    if data is None:
        return None
    try:
        meta = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None  # written by another Python
    return meta if isinstance(meta, dict) else None


def stored_in_format(library: Library) -> bool:
    """Whether the library keeps an index written in this version's format."""
    meta = stored_meta(library)
    return meta is not None and meta.get("format") == FORMAT
