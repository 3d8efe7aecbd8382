"""Corroboration: which sources agree, which copy, and where they disagree.

The package, from text to the library:

- `text`, `quantities`, `names`, `claims`: what a quote or claim says, as
  comparable parts (words, typed and bounded values, what each is said about);
- `matching`: the index that finds which quotes and claims to compare
  across sources; `judging` (with `rules`): the rules that decide whether
  two are the same quote or claim, or disagree;
- `conflicts`, `derived`: conflicts from the matches, rewrites of other sources;
- `state`, `index_store`, `grouping`: the grouping state of an open library,
  the index kept in it between sessions, and the runs (`update`, `regroup`);
- `report`: groups and conflicts as plain data, each with why it was made.

What the store keeps is read and written through the library's methods
(app/core/store_groups.py); nothing here runs SQL of its own.
"""

from app.core.corroborate.grouping import Summary, ensure_current, forget, regroup, update
from app.core.corroborate.names import kind_label
from app.core.corroborate.report import (
    describe_clusters,
    describe_conflict,
    describe_conflicts,
    describe_group,
    value_labels,
    why_text,
)

__all__ = [
    "Summary",
    "describe_clusters",
    "describe_conflict",
    "describe_conflicts",
    "describe_group",
    "ensure_current",
    "forget",
    "kind_label",
    "regroup",
    "update",
    "value_labels",
    "why_text",
]
