"""The grouping state of one open library: what `grouping.update` keeps in
memory between imports, so each import costs about its own items.

It is held by the library object (`Library.grouping_state`), never by this
package, and is valid only while no other connection has written the file:
it remembers the library's `data_version` at its last run, and a run that
finds another value starts from what is stored instead.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.core.corroborate.matching import Edge, GroupIndex, UnionFind


@dataclass
class GroupingState:
    """The index, the groups and the conflict edges of the grouped items."""

    index: GroupIndex = field(default_factory=GroupIndex)
    same: UnionFind = field(default_factory=UnionFind)
    conflict_edges: list[Edge] = field(default_factory=list)
    item_source: dict[int, int] = field(default_factory=dict)
    item_kind: dict[int, str] = field(default_factory=dict)
    carried: Counter = field(default_factory=Counter)  # items per source
    n_conflicts: int = 0
    data_version: int | None = None  # the library's, when this state was last in step
    # Word pairs of each source's own text, for derived-source judgments.
    word_pairs: dict[int, set] = field(default_factory=dict)
