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
from typing import Any

from app.core.corroborate.matching import Edge, GroupIndex
from app.core.corroborate.unionfind import UnionFind


@dataclass
class GroupingState:
    """The index, the groups and the conflict edges of the grouped items."""

    index: GroupIndex = field(default_factory=GroupIndex)
    same: UnionFind = field(default_factory=UnionFind)
    conflict_edges: list[Edge] = field(default_factory=list)
    loose_edges: list[Edge] = field(default_factory=list)  # see Edge.loose
    item_source: dict[int, int] = field(default_factory=dict)
    item_kind: dict[int, str] = field(default_factory=dict)
    carried: Counter = field(default_factory=Counter)  # items per source
    n_conflicts: int = 0
    data_version: int | None = None  # the library's, when this state was last in step
    # Word pairs of each source's own text, for derived-source judgments.
    word_pairs: dict[int, set] = field(default_factory=dict)
    # While a regroup indexes: the claims' edges its comparisons find, and
    # those an earlier regroup's found it takes (wide_store.EdgeLog).
    edge_log: Any = None

    def sources_linked(self, a: int, b: int) -> bool:
        """Whether sources `a` and `b` cover one story: some group holds an
        item of each."""
        for item in self._items_of(a):
            group = self.same.group(item)
            if len(group) > 1 and any(self.item_source.get(i) == b for i in group):
                return True
        return False

    def take_apart(self, items: set[int]) -> None:
        """Take `items` (whole groups) out: each leaves its group, its source
        and the count of its source's items (see in_place.take_out)."""
        for item_id in items:
            source_id = self.item_source.pop(item_id)
            del self.item_kind[item_id]
            self.carried[source_id] -= 1
            self.same.parent.pop(item_id, None)
            self.same.members.pop(item_id, None)
        self._by_source = None  # items of each source, cached by the count of items

    def _items_of(self, source_id: int) -> list[int]:
        if self._by_source is None or self._by_source_size != len(self.item_source):
            by_source: dict[int, list[int]] = {}
            for item, source in self.item_source.items():
                by_source.setdefault(source, []).append(item)
            self._by_source, self._by_source_size = by_source, len(self.item_source)
        return self._by_source.get(source_id, [])

    _by_source: dict[int, list[int]] | None = None
    _by_source_size: int = 0
